/* The guard's rewrite, on the protobuf tree (never on the SQL text): row filters replace each
 * reference to a filtered table by `(SELECT * FROM t WHERE (filter) OFFSET 0) AS t`, and the row limit
 * becomes LIMIT max_rows+1 on the top-level statement (a smaller LIMIT the user wrote stays;
 * LIMIT ALL, huge, WITH TIES and computed limits are handled). Also owns the load-time check of
 * row-filter expressions. New nodes come from the check's arena, like the unpacked tree, so
 * nothing here is freed one by one: replaced nodes are simply dropped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pg_query.h>

#include "base/limits.h"
#include "guard/sqlguard_int.h"

#define FILTER_TABLE "mcpdb_row_filter"
#define FILTER_MAX_BYTES 4096

static void *
new_msg(struct sqlg_ctx *c, const void *init, size_t size)
{
	void *p = sqlg_alloc(c, size);

	if (p != NULL)
		memcpy(p, init, size);
	return p;
}

#define NEW(c, type, INIT) ((type *)new_msg((c), &(type)INIT, sizeof(type)))

static PgQuery__Node *
int_const(struct sqlg_ctx *c, int v)
{
	PgQuery__Node *n = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	PgQuery__AConst *a = NEW(c, PgQuery__AConst, PG_QUERY__A__CONST__INIT);
	PgQuery__Integer *i = NEW(c, PgQuery__Integer, PG_QUERY__INTEGER__INIT);

	if (n == NULL || a == NULL || i == NULL)
		return NULL;
	i->ival = v;
	a->val_case = PG_QUERY__A__CONST__VAL_IVAL;
	a->ival = i;
	a->location = -1;
	n->node_case = PG_QUERY__NODE__NODE_A_CONST;
	n->a_const = a;
	return n;
}

/* Parses the policy's filter in a fixed template; the tree's Node holding the SelectStmt is
 * handed out (NULL on error, with *why set). The tree is unpacked with al: the check's arena,
 * or NULL (malloc) when called outside a check, and then the caller frees the Node. */
static PgQuery__Node *
parse_filter(const char *filter, ProtobufCAllocator *al, const char **why)
{
	PgQueryProtobufParseResult pr;
	PgQuery__ParseResult *t = NULL;
	PgQuery__Node *out = NULL;
	PgQuery__SelectStmt *s;
	size_t n = strlen(filter);
	char *sql;

	*why = "the filter does not parse as one boolean expression";
	if (n > FILTER_MAX_BYTES) {
		*why = "the filter is longer than 4096 bytes";
		return NULL;
	}
	if ((sql = malloc(n + 64)) == NULL) {
		*why = "out of memory";
		return NULL;
	}
	snprintf(sql, n + 64, "SELECT * FROM " FILTER_TABLE " WHERE (%s)", filter);
	pr = pg_query_parse_protobuf(sql);
	free(sql);
	if (pr.error == NULL)
		t = pg_query__parse_result__unpack(al, pr.parse_tree.len, (const uint8_t *)pr.parse_tree.data);
	pg_query_free_protobuf_parse_result(pr);
	if (t == NULL)
		return NULL;
	/* the template must still be exactly SELECT * FROM mcpdb_row_filter WHERE <expr> */
	if (t->n_stmts == 1 && t->stmts[0]->stmt != NULL &&
	    t->stmts[0]->stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
		s = t->stmts[0]->stmt->select_stmt;
		if (s->op == PG_QUERY__SET_OPERATION__SETOP_NONE && s->n_from_clause == 1 &&
		    s->from_clause[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR &&
		    strcmp(s->from_clause[0]->range_var->relname, FILTER_TABLE) == 0 &&
		    s->where_clause != NULL && s->n_target_list == 1 && s->n_group_clause == 0 &&
		    s->having_clause == NULL && s->n_sort_clause == 0 && s->limit_count == NULL &&
		    s->limit_offset == NULL && s->with_clause == NULL && s->n_distinct_clause == 0 &&
		    s->n_window_clause == 0 && s->n_locking_clause == 0 && s->into_clause == NULL) {
			out = t->stmts[0]->stmt;
			t->stmts[0]->stmt = NULL;
		}
	}
	pg_query__parse_result__free_unpacked(t, al);  /* a no-op in the arena */
	return out;
}

int
sqlg_check_row_filter(const char *expr, char *err, size_t errlen)
{
	struct sqlg_options opt = {0};
	struct sqlg_result r;
	const char *why;
	PgQuery__Node *n;
	char *sql;
	size_t len;
	int rc;

	if (err != NULL && errlen > 0)
		err[0] = '\0';
	if ((n = parse_filter(expr, NULL, &why)) == NULL) {
		snprintf(err, errlen, "row filter rejected: %s", why);
		return E_INVAL;
	}
	protobuf_c_message_free_unpacked(&n->base, NULL);
	len = strlen(expr) + 64;
	if ((sql = malloc(len)) == NULL)
		return E_NOMEM;
	snprintf(sql, len, "SELECT 1 FROM " FILTER_TABLE " WHERE (%s)", expr);
	opt.max_rows = 1;
	rc = sqlg_check(sql, strlen(sql), &opt, &r);
	free(sql);
	if (rc != 0) {
		snprintf(err, errlen, "row filter could not be checked: %s", err_str(rc));
		return rc;
	}
	if (!r.allowed) {
		snprintf(err, errlen, "row filter rejected (%s): %s", r.code, r.reason ? r.reason : "");
		sqlg_result_free(&r);
		return E_DENIED;
	}
	sqlg_result_free(&r);
	return 0;
}

static int
inject_filter(struct sqlg_ctx *c, struct sqlg_filter_site *site)
{
	PgQuery__Node *old = *site->slot, *sub, *node;
	PgQuery__RangeVar *rv = old->range_var, *inner;
	PgQuery__RangeSubselect *rs;
	const char *why;

	if ((sub = parse_filter(site->table->row_filter, &c->pba, &why)) == NULL) {
		if (c->failed)
			return -1;
		return sqlg_reject(c, "internal", "The row filter of %.100s is invalid (%s); the policy must be fixed.", site->table->name, why);
	}
	inner = sub->select_stmt->from_clause[0]->range_var;
	node = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	rs = NEW(c, PgQuery__RangeSubselect, PG_QUERY__RANGE_SUBSELECT__INIT);
	if (node == NULL || rs == NULL)
		return sqlg_nomem(c);
	/* all in the arena: the user's strings are shared, not copied */
	inner->relname = rv->relname;
	if (sqlg_s(rv->schemaname) != NULL)
		inner->schemaname = rv->schemaname;
	inner->inh = rv->inh;
	/* OFFSET 0 makes the filtered subquery an optimization fence: without it PostgreSQL pulls
	 * the subquery up and orders all quals by cost, so a user predicate cheaper than the filter
	 * (has_table_privilege(status, 'SELECT')) ran first on filtered-out rows and leaked their
	 * values in its error message. With it, outer quals only ever see filtered rows. */
	if ((sub->select_stmt->limit_offset = int_const(c, 0)) == NULL)
		return sqlg_nomem(c);
	sub->select_stmt->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_COUNT;
	rs->subquery = sub;
	if (rv->alias != NULL) {
		rs->alias = rv->alias;  /* keeps the user's alias and column aliases */
		rv->alias = NULL;
	} else {
		PgQuery__Alias *a = NEW(c, PgQuery__Alias, PG_QUERY__ALIAS__INIT);
		if (a == NULL)
			return sqlg_nomem(c);
		a->aliasname = rv->relname;
		rs->alias = a;
	}
	node->node_case = PG_QUERY__NODE__NODE_RANGE_SUBSELECT;
	node->range_subselect = rs;
	*site->slot = node;  /* the old RangeVar node stays in the arena, unreferenced */
	return 0;
}

/* SELECT * FROM (<stmt>) AS mcpdb_limited LIMIT n: for limits that cannot be judged. */
static int
wrap_limit(struct sqlg_ctx *c, PgQuery__Node *root, int limit)
{
	PgQuery__Node *inner = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	PgQuery__Node *star = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	PgQuery__Node *cref = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	PgQuery__Node *target = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	PgQuery__Node *from = NEW(c, PgQuery__Node, PG_QUERY__NODE__INIT);
	PgQuery__AStar *as = NEW(c, PgQuery__AStar, PG_QUERY__A__STAR__INIT);
	PgQuery__ColumnRef *cr = NEW(c, PgQuery__ColumnRef, PG_QUERY__COLUMN_REF__INIT);
	PgQuery__ResTarget *rt = NEW(c, PgQuery__ResTarget, PG_QUERY__RES_TARGET__INIT);
	PgQuery__RangeSubselect *rs = NEW(c, PgQuery__RangeSubselect, PG_QUERY__RANGE_SUBSELECT__INIT);
	PgQuery__Alias *al = NEW(c, PgQuery__Alias, PG_QUERY__ALIAS__INIT);
	PgQuery__SelectStmt *outer = NEW(c, PgQuery__SelectStmt, PG_QUERY__SELECT_STMT__INIT);
	PgQuery__Node **fields = sqlg_alloc(c, sizeof(*fields)), **targets = sqlg_alloc(c, sizeof(*targets));
	PgQuery__Node **froms = sqlg_alloc(c, sizeof(*froms));
	char *name = sqlg_strdup(c, "mcpdb_limited");
	PgQuery__Node *lim = int_const(c, limit);

	if (!inner || !star || !cref || !target || !from || !as || !cr || !rt || !rs || !al ||
	    !outer || !fields || !targets || !froms || !name || !lim)
		return sqlg_nomem(c);  /* what was allocated stays in the arena */
	/* the user's statement moves into the subquery */
	inner->node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
	inner->select_stmt = root->select_stmt;
	star->node_case = PG_QUERY__NODE__NODE_A_STAR;
	star->a_star = as;
	fields[0] = star;
	cr->n_fields = 1;
	cr->fields = fields;
	cr->location = -1;
	cref->node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
	cref->column_ref = cr;
	rt->val = cref;
	rt->location = -1;
	target->node_case = PG_QUERY__NODE__NODE_RES_TARGET;
	target->res_target = rt;
	targets[0] = target;
	al->aliasname = name;
	rs->subquery = inner;
	rs->alias = al;
	from->node_case = PG_QUERY__NODE__NODE_RANGE_SUBSELECT;
	from->range_subselect = rs;
	froms[0] = from;
	outer->n_target_list = 1;
	outer->target_list = targets;
	outer->n_from_clause = 1;
	outer->from_clause = froms;
	outer->limit_count = lim;
	outer->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_COUNT;
	outer->op = PG_QUERY__SET_OPERATION__SETOP_NONE;
	root->select_stmt = outer;
	c->res->limit_applied = 1;
	return 0;
}

static int
apply_limit(struct sqlg_ctx *c, PgQuery__Node *root, long max_rows)
{
	PgQuery__SelectStmt *s = root->select_stmt;
	PgQuery__Node *lc = s->limit_count;
	int limit = (int)(max_rows + 1);   /* max_rows <= LIMIT_MAX_ROWS_CEILING: fits 32 bits */

	if (s->limit_option == PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_WITH_TIES)
		return wrap_limit(c, root, limit);
	if (lc == NULL) {
		if ((s->limit_count = int_const(c, limit)) == NULL)
			return sqlg_nomem(c);
		s->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_COUNT;
		c->res->limit_applied = 1;
		return 0;
	}
	if (lc->node_case == PG_QUERY__NODE__NODE_A_CONST) {
		PgQuery__AConst *a = lc->a_const;
		if (a->val_case == PG_QUERY__A__CONST__VAL_IVAL && !a->isnull) {
			if (a->ival == NULL || a->ival->ival > limit) {
				if (a->ival == NULL && (a->ival = NEW(c, PgQuery__Integer, PG_QUERY__INTEGER__INIT)) == NULL)
					return sqlg_nomem(c);
				a->ival->ival = limit;
				c->res->limit_applied = 1;
			}
			return 0;
		}
		/* LIMIT ALL / NULL, or a number beyond 32 bits (parsed as a Float): replace */
		if (a->isnull || a->val_case == PG_QUERY__A__CONST__VAL_FVAL) {
			PgQuery__Node *n = int_const(c, limit);
			if (n == NULL)
				return sqlg_nomem(c);
			s->limit_count = n;  /* the old constant stays in the arena */
			if (s->limit_option != PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_COUNT)
				s->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_COUNT;
			c->res->limit_applied = 1;
			return 0;
		}
	}
	/* a computed limit ($1, a subquery, an expression): bound it from outside */
	return wrap_limit(c, root, limit);
}

int
sqlg_rewrite(struct sqlg_ctx *c, PgQuery__Node *root, long max_rows)
{
	for (size_t i = 0; i < c->nfilters; i++)
		if (inject_filter(c, &c->filters[i]) != 0)
			return -1;
	if (root != NULL && apply_limit(c, root, max_rows) != 0)
		return -1;
	return c->rejected || c->failed ? -1 : 0;
}
