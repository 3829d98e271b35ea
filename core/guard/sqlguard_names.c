/* The guard's names pass: resolves every relation and column reference of a SELECT through
 * scopes (CTEs, FROM items, joins, LATERAL, correlated subqueries, search_path) and applies
 * the policy on them: schema/table allow and deny lists, the catalog denylist, denied columns
 * (any reference rejects) and masked columns (only a plain projection whose lineage the
 * output masking can follow; every other use rejects). Records the sites for row filters.
 * Unqualified names are judged against every object they could resolve to. */
#include <stdio.h>
#include <string.h>

#include "guard/sqlguard_int.h"

#define COL_MASKED 1
#define COL_DENIED 2
#define COL_WHOLE 4   /* a whole-row reference of a table with masked/denied columns */

enum mode {
	M_TOP,        /* the statement's own select list: masked projections allowed */
	M_DERIVED,    /* FROM subquery or CTE: outputs keep lineage, flags propagate */
	M_NOLINEAGE,  /* set-op branch, scalar/array subquery: no masked or denied output */
	M_EXISTS,     /* EXISTS (...): outputs are never seen */
};

struct outcol {
	const char *name;   /* NULL when unnamed */
	int flags;
	const char *src;    /* "table.column" of a masked column */
};

struct cols {
	struct outcol *v;
	size_t n, cap;
	int star_unknown;   /* a * expanded a relation whose full column list is unknown */
};

enum rkind { R_TABLE, R_DERIVED, R_OTHER, R_JOIN };

struct rentry {
	enum rkind kind;
	const char *alias;          /* the name columns are qualified with (may be NULL) */
	const char *schema, *relname;
	const struct policy_table *pt[4];
	size_t npt;
	struct cols out;            /* R_DERIVED */
	size_t first, count;        /* R_JOIN: the entries it covers */
};

struct cte {
	const char *name;
	struct cols out;
};

struct scope {
	struct scope *parent;
	struct rentry *e;
	size_t n, cap;
	struct cte *ctes;
	size_t nctes, capctes;
};

static int analyze_select(struct sqlg_ctx *c, PgQuery__SelectStmt *s, struct scope *parent,
    enum mode mode, struct cols *out);
static int check_expr(struct sqlg_ctx *c, ProtobufCMessage *m, struct scope *sc, const char *where);

/* Grows an arena-backed array by one element; returns the new element or NULL. */
static void *
grow(struct sqlg_ctx *c, void **v, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		void *nv = sqlg_alloc(c, ncap * size);
		if (nv == NULL)
			return NULL;
		if (*n)
			memcpy(nv, *v, *n * size);
		*v = nv;
		*cap = ncap;
	}
	memset((char *)*v + *n * size, 0, size);
	return (char *)*v + (*n)++ * size;
}

static int
add_col(struct sqlg_ctx *c, struct cols *o, const char *name, int flags, const char *src)
{
	struct outcol *x = grow(c, (void **)&o->v, &o->n, &o->cap, sizeof(*x));

	if (x == NULL)
		return -1;
	x->name = name;
	x->flags = flags;
	x->src = src;
	return 0;
}

static struct rentry *
add_entry(struct sqlg_ctx *c, struct scope *sc)
{
	return grow(c, (void **)&sc->e, &sc->n, &sc->cap, sizeof(struct rentry));
}

static const char *
table_label(struct sqlg_ctx *c, const struct policy_table *pt, const char *col)
{
	char buf[300];

	snprintf(buf, sizeof(buf), "%s%s%s.%s", pt->schema ? pt->schema : "", pt->schema ? "." : "",
	    pt->name, col);
	return sqlg_strdup(c, buf);
}

static int
table_sensitive(const struct rentry *e)
{
	for (size_t i = 0; i < e->npt; i++)
		for (size_t j = 0; j < e->pt[i]->ncolumns; j++)
			if (e->pt[i]->columns[j].deny || e->pt[i]->columns[j].mask != MASK_NONE)
				return 1;
	return 0;
}

static int
entry_sensitive(const struct scope *sc, const struct rentry *e)
{
	switch (e->kind) {
	case R_TABLE:
		return table_sensitive(e);
	case R_DERIVED:
		for (size_t i = 0; i < e->out.n; i++)
			if (e->out.v[i].flags)
				return 1;
		return 0;
	case R_JOIN:
		for (size_t i = e->first; i < e->first + e->count && i < sc->n; i++)
			if (&sc->e[i] != e && sc->e[i].kind != R_JOIN && entry_sensitive(sc, &sc->e[i]))
				return 1;
		return 0;
	default:
		return 0;
	}
}

/* Flags of column col of entry e; *src gets the masked column's label. */
static int
entry_col(struct sqlg_ctx *c, const struct scope *sc, const struct rentry *e, const char *col,
    const char **src)
{
	int f = 0;

	switch (e->kind) {
	case R_TABLE:
		for (size_t i = 0; i < e->npt; i++) {
			const struct policy_column *pc = policy_find_column(e->pt[i], col);
			if (pc == NULL)
				continue;
			if (pc->deny)
				f |= COL_DENIED;
			if (pc->mask != MASK_NONE) {
				f |= COL_MASKED;
				*src = table_label(c, e->pt[i], col);
			}
		}
		break;
	case R_DERIVED:
		for (size_t i = 0; i < e->out.n; i++)
			if (e->out.v[i].name != NULL && strcmp(e->out.v[i].name, col) == 0) {
				f |= e->out.v[i].flags;
				if (e->out.v[i].src)
					*src = e->out.v[i].src;
			}
		break;
	case R_JOIN:
		for (size_t i = e->first; i < e->first + e->count && i < sc->n; i++)
			if (sc->e[i].kind != R_JOIN)
				f |= entry_col(c, sc, &sc->e[i], col, src);
		break;
	default:
		break;
	}
	return f;
}

/* Names that, written as t.name on a table without such a column, PostgreSQL runs as the
 * whole-row call name(t): casts to string/json types and row-to-json functions. */
static int
wholerow_callable(struct sqlg_ctx *c, const struct rentry *e, const char *col)
{
	static const char *const names[] = {"text", "varchar", "bpchar", "char", "name", "json",
	    "jsonb", "row_to_json", "to_json", "to_jsonb", "hstore", "xml", "citext", NULL};
	int hit = 0;

	for (size_t i = 0; names[i] != NULL; i++)
		hit |= strcmp(names[i], col) == 0;
	if (!hit || e->kind != R_TABLE)
		return hit;
	if (c->opt->column_exists != NULL)
		return c->opt->column_exists(c->opt->resolve_ctx, e->schema, e->relname, col) != 1;
	/* Offline: `name` is a common column; other names are judged as the call. */
	return strcmp(col, "name") != 0;
}

static struct rentry *
find_alias(struct scope *sc, const char *alias, struct scope **where)
{
	for (; sc != NULL; sc = sc->parent)
		for (size_t i = 0; i < sc->n; i++)
			if (sc->e[i].alias != NULL && strcmp(sc->e[i].alias, alias) == 0) {
				*where = sc;
				return &sc->e[i];
			}
	return NULL;
}

/* Resolves a non-star ColumnRef to the union of flags of everything it could name. */
static int
resolve_ref(struct sqlg_ctx *c, struct scope *sc, PgQuery__ColumnRef *r, const char **src,
    int *outer)
{
	const char *f[4] = {0};
	struct scope *where;
	struct rentry *e;
	int flags = 0, dummy;

	*src = NULL;
	if (outer == NULL)
		outer = &dummy;
	*outer = 0;
	for (size_t i = 0; i < r->n_fields && i < 4; i++)
		f[i] = sqlg_node_str(r->fields[i]);
	if (r->n_fields == 1 && f[0] != NULL) {
		for (struct scope *s = sc; s != NULL; s = s->parent)
			for (size_t i = 0; i < s->n; i++) {
				int x = 0;
				if (s->e[i].kind != R_JOIN)
					flags |= x = entry_col(c, s, &s->e[i], f[0], src);
				if (x && s != sc)
					*outer = 1;
				if (s->e[i].alias != NULL && strcmp(s->e[i].alias, f[0]) == 0 &&
				    entry_sensitive(s, &s->e[i]))
					flags |= COL_WHOLE;
			}
		return flags;
	}
	if (r->n_fields == 2 && f[0] != NULL && f[1] != NULL) {
		if ((e = find_alias(sc, f[0], &where)) == NULL)
			return 0;
		flags = entry_col(c, where, e, f[1], src);
		*outer = where != sc;
		if (flags == 0 && entry_sensitive(where, e) && wholerow_callable(c, e, f[1]))
			flags |= COL_WHOLE;
		return flags;
	}
	if (r->n_fields >= 3 && f[r->n_fields - 2] != NULL && f[r->n_fields - 1] != NULL) {
		const char *tbl = f[r->n_fields - 2], *col = f[r->n_fields - 1];
		for (struct scope *s = sc; s != NULL; s = s->parent)
			for (size_t i = 0; i < s->n; i++)
				if (s->e[i].kind == R_TABLE && s->e[i].relname != NULL &&
				    strcmp(s->e[i].relname, tbl) == 0) {
					int x = entry_col(c, s, &s->e[i], col, src);
					flags |= x;
					if (x && s != sc)
						*outer = 1;
					if (entry_sensitive(s, &s->e[i]) && wholerow_callable(c, &s->e[i], col) &&
					    !(flags & (COL_MASKED | COL_DENIED)))
						flags |= COL_WHOLE;
				}
		return flags;
	}
	return 0;
}

static int
is_star(const PgQuery__ColumnRef *r)
{
	return r->n_fields > 0 && r->fields[r->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR;
}

static void
colref_text(const PgQuery__ColumnRef *r, char *buf, size_t len)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < r->n_fields && o < len; i++) {
		const char *s = sqlg_node_str(r->fields[i]);
		o += (size_t)snprintf(buf + o, len - o, "%s%s", i ? "." : "", s ? s : "*");
	}
}

static int
reject_ref(struct sqlg_ctx *c, const char *ref, int flags, const char *where)
{
	if (flags & COL_DENIED)
		return sqlg_reject(c, "column_denied", "Column %.100s is denied by policy; remove it from the query (describe_table lists the allowed columns).", ref);
	if (flags & COL_WHOLE)
		return sqlg_reject(c, "column_masked", "%.100s is a whole-row reference of a table with masked or denied columns (as a value, in row_to_json/to_jsonb, casts or x.f notation); select the individual columns you need.", ref);
	return sqlg_reject(c, "column_masked", "Column %.100s is masked by policy and may only be selected as a plain output column; it cannot be used %s, because that would reveal its value by inference.", ref, where);
}

/* A ColumnRef outside a plain projection: any masked, denied or whole-row use rejects. */
static int
check_colref(struct sqlg_ctx *c, PgQuery__ColumnRef *r, struct scope *sc, const char *where)
{
	char text[256];
	const char *src;
	int flags = 0;

	c->column_refs_named++;
	colref_text(r, text, sizeof(text));
	if (sqlg_list_add(c, &c->res->columns, text) != 0)
		return -1;
	if (is_star(r)) {
		struct scope *w;
		struct rentry *e;
		if (r->n_fields == 1) {
			for (size_t i = 0; i < sc->n; i++)
				if (sc->e[i].kind != R_JOIN && entry_sensitive(sc, &sc->e[i]))
					flags |= COL_WHOLE;
		} else if (r->n_fields == 2 && sqlg_node_str(r->fields[0]) != NULL &&
		    (e = find_alias(sc, sqlg_node_str(r->fields[0]), &w)) != NULL && entry_sensitive(w, e)) {
			flags |= COL_WHOLE;
		} else if (r->n_fields > 2) {
			flags |= COL_WHOLE;  /* schema.table.*: judged conservatively */
		}
	} else {
		flags = resolve_ref(c, sc, r, &src, NULL);
	}
	return flags ? reject_ref(c, text, flags, where) : 0;
}

struct expr_walk {
	struct sqlg_ctx *c;
	struct scope *sc;
	const char *where;
};

static int
expr_child(ProtobufCMessage *m, void *arg)
{
	struct expr_walk *w = arg;
	return check_expr(w->c, m, w->sc, w->where);
}

/* Any expression: column references must not touch masked/denied/whole-row values;
 * subqueries are analyzed as such. Visits every message below m. */
static int
check_expr(struct sqlg_ctx *c, ProtobufCMessage *m, struct scope *sc, const char *where)
{
	struct expr_walk w = {c, sc, where};
	const ProtobufCMessageDescriptor *d;

	if (m == NULL)
		return 0;
	if (m->descriptor == &pg_query__node__descriptor)
		m = sqlg_node_inner((PgQuery__Node *)m);
	if (m == NULL)
		return 0;
	d = m->descriptor;
	if (d == &pg_query__column_ref__descriptor)
		return check_colref(c, (PgQuery__ColumnRef *)m, sc, where);
	if (d == &pg_query__sub_link__descriptor) {
		PgQuery__SubLink *s = (PgQuery__SubLink *)m;
		struct cols out = {0};
		if (check_expr(c, (ProtobufCMessage *)s->testexpr, sc, where) != 0)
			return -1;
		if (s->subselect == NULL || s->subselect->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
			return sqlg_reject(c, "unsupported", "Unsupported subquery form.");
		return analyze_select(c, s->subselect->select_stmt, sc,
		    s->sub_link_type == PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK ? M_EXISTS : M_NOLINEAGE, &out);
	}
	if (d == &pg_query__select_stmt__descriptor) {
		struct cols out = {0};
		return analyze_select(c, (PgQuery__SelectStmt *)m, sc, M_NOLINEAGE, &out);
	}
	if (d == &pg_query__range_var__descriptor)
		return sqlg_reject(c, "unsupported", "A relation appears where an expression was expected.");
	return sqlg_each_child(m, expr_child, &w) != 0 ? -1 : 0;
}

static int
is_catalog_schema(const char *s)
{
	return strcmp(s, "pg_catalog") == 0 || strcmp(s, "information_schema") == 0;
}

/* Table-level rules for a relation reference that is not a CTE. */
static int
check_table(struct sqlg_ctx *c, const char *schema, const char *name)
{
	const struct policy *p = c->policy;
	char label[260];

	snprintf(label, sizeof(label), "%s%s%s", schema ? schema : "", schema ? "." : "", name);
	if (sqlg_list_add(c, &c->res->relations, label) != 0)
		return -1;
	if (sqlg_catalog_denied(schema, name))
		return sqlg_reject(c, "table_denied", "%.200s holds credentials, server files or raw data and is never readable; use pg_roles, pg_settings or pg_stats instead.", label);
	if (p == NULL)
		return 0;
	if ((schema != NULL && is_catalog_schema(schema)) ||
	    (schema == NULL && strncmp(name, "pg_", 3) == 0)) {
		/* the catalogs are readable by default: only the explicit deny list applies */
		struct policy deny = {0};
		deny.deny_tables = p->deny_tables;
		deny.ndeny_tables = p->ndeny_tables;
		if (policy_table_visible(&deny, schema ? schema : "pg_catalog", name) != 0)
			return sqlg_reject(c, "table_denied", "%.200s is denied by policy; use list_tables to see what is available.", label);
		return 0;
	}
	if (schema != NULL) {
		if (policy_table_visible(p, schema, name) != 0)
			return sqlg_reject(c, "table_denied", "Table %.200s is not allowed by policy; use list_tables to see the tables you may query.", label);
		return 0;
	}
	for (size_t i = 0; c->search_path[i] != NULL; i++)
		if (policy_table_visible(p, c->search_path[i], name) != 0)
			return sqlg_reject(c, "table_denied", "Table %.200s is not allowed by policy (it could resolve to %.64s.%.100s); use list_tables to see the tables you may query.",
			    label, c->search_path[i], name);
	return 0;
}

static const struct cte *
find_cte(struct scope *sc, const char *name)
{
	for (; sc != NULL; sc = sc->parent)
		for (size_t i = sc->nctes; i-- > 0;)
			if (strcmp(sc->ctes[i].name, name) == 0)
				return &sc->ctes[i];
	return NULL;
}

/* Renames outputs by an alias column list (positional). */
static int
rename_cols(struct sqlg_ctx *c, struct cols *o, PgQuery__Node **names, size_t n)
{
	if (n == 0)
		return 0;
	if (o->star_unknown) {
		for (size_t i = 0; i < o->n; i++)
			if (o->v[i].flags)
				return sqlg_reject(c, "column_masked", "Column aliases over * of a table with masked or denied columns cannot be tracked; list the columns explicitly.");
		/* positions unknown: nothing flagged, names do not matter */
		return 0;
	}
	for (size_t i = 0; i < n && i < o->n; i++)
		o->v[i].name = sqlg_node_str(names[i]);
	return 0;
}

static int
add_filter_site(struct sqlg_ctx *c, PgQuery__Node **slot, const struct policy_table *pt)
{
	struct sqlg_filter_site *s = grow(c, (void **)&c->filters, &c->nfilters, &c->capfilters, sizeof(*s));

	if (s == NULL)
		return -1;
	s->slot = slot;
	s->table = pt;
	return 0;
}

static int add_from(struct sqlg_ctx *c, PgQuery__Node **slot, struct scope *cur, int sample);

static int
add_range_var(struct sqlg_ctx *c, PgQuery__Node **slot, struct scope *cur, int sample)
{
	PgQuery__RangeVar *v = (*slot)->range_var;
	const char *schema = sqlg_s(v->schemaname), *alias = v->alias ? sqlg_s(v->alias->aliasname) : NULL;
	const struct cte *cte = schema == NULL ? find_cte(cur, v->relname) : NULL;
	struct rentry *e;

	c->range_vars_named++;
	if ((e = add_entry(c, cur)) == NULL)
		return -1;
	e->alias = alias ? alias : v->relname;
	if (cte != NULL) {
		e->kind = R_DERIVED;
		e->out = cte->out;
		e->out.v = NULL;
		e->out.n = e->out.cap = 0;
		for (size_t i = 0; i < cte->out.n; i++)
			if (add_col(c, &e->out, cte->out.v[i].name, cte->out.v[i].flags, cte->out.v[i].src) != 0)
				return -1;
		return v->alias ? rename_cols(c, &e->out, v->alias->colnames, v->alias->n_colnames) : 0;
	}
	if (schema == NULL && sqlg_qualify_relation(c, v, &schema) != 0)
		return -1;
	if (check_table(c, schema, v->relname) != 0)
		return -1;
	e->kind = R_TABLE;
	e->schema = schema;
	e->relname = v->relname;
	if (c->policy != NULL) {
		const struct policy_table *filtered = NULL;
		if (schema != NULL) {
			const struct policy_table *pt = policy_find_table(c->policy, schema, v->relname);
			if (pt)
				e->pt[e->npt++] = pt;
		} else {
			const struct policy_table *pt = policy_find_table(c->policy, NULL, v->relname);
			if (pt)
				e->pt[e->npt++] = pt;
			for (size_t i = 0; c->search_path[i] != NULL && e->npt < 4; i++) {
				pt = policy_find_table(c->policy, c->search_path[i], v->relname);
				if (pt != NULL && pt != e->pt[0])
					e->pt[e->npt++] = pt;
			}
		}
		for (size_t i = 0; i < e->npt && filtered == NULL; i++)
			if (e->pt[i]->row_filter != NULL)
				filtered = e->pt[i];
		if (filtered != NULL) {
			if (sample)
				return sqlg_reject(c, "table_denied", "TABLESAMPLE is not available on %.100s, which has a row filter; sample with WHERE random() < x instead.", v->relname);
			if (add_filter_site(c, slot, filtered) != 0)
				return -1;
		}
	}
	if (v->alias && v->alias->n_colnames > 0 && table_sensitive(e))
		return sqlg_reject(c, "column_masked", "Column aliases on table %.100s (which has masked or denied columns) are not supported; alias the columns in the select list instead.", v->relname);
	return 0;
}

static int
add_join(struct sqlg_ctx *c, PgQuery__JoinExpr *j, struct scope *cur)
{
	size_t first = cur->n;
	struct rentry *e;

	if (add_from(c, &j->larg, cur, 0) != 0 || add_from(c, &j->rarg, cur, 0) != 0)
		return -1;
	for (size_t i = first; i < cur->n; i++) {
		if (!j->is_natural || cur->e[i].kind == R_JOIN || !entry_sensitive(cur, &cur->e[i]))
			continue;
		return sqlg_reject(c, "column_masked", "NATURAL JOIN with a table that has masked or denied columns could join on them; use JOIN ... ON with explicit columns.");
	}
	for (size_t k = 0; k < j->n_using_clause; k++) {
		const char *name = sqlg_node_str(j->using_clause[k]), *src;
		int flags = 0;
		if (name == NULL)
			continue;
		for (size_t i = first; i < cur->n; i++)
			if (cur->e[i].kind != R_JOIN)
				flags |= entry_col(c, cur, &cur->e[i], name, &src);
		if (flags)
			return reject_ref(c, name, flags, "in JOIN USING");
	}
	if (j->quals != NULL && check_expr(c, (ProtobufCMessage *)j->quals, cur, "in a JOIN condition") != 0)
		return -1;
	if (j->alias != NULL || j->join_using_alias != NULL) {
		size_t count = cur->n - first;
		if ((e = add_entry(c, cur)) == NULL)
			return -1;
		e->kind = R_JOIN;
		e->alias = j->alias ? j->alias->aliasname : j->join_using_alias->aliasname;
		e->first = first;
		e->count = count;
		if (j->alias != NULL && j->alias->n_colnames > 0 && entry_sensitive(cur, e))
			return sqlg_reject(c, "column_masked", "Column aliases on a join with masked or denied columns are not supported; alias the columns in the select list instead.");
	}
	return 0;
}

static int
add_from(struct sqlg_ctx *c, PgQuery__Node **slot, struct scope *cur, int sample)
{
	PgQuery__Node *n = *slot;
	struct rentry *e;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_RANGE_VAR:
		return add_range_var(c, slot, cur, sample);
	case PG_QUERY__NODE__NODE_JOIN_EXPR:
		return add_join(c, n->join_expr, cur);
	case PG_QUERY__NODE__NODE_RANGE_SUBSELECT: {
		PgQuery__RangeSubselect *r = n->range_subselect;
		struct cols out = {0};
		if (r->subquery == NULL || r->subquery->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
			return sqlg_reject(c, "unsupported", "Unsupported subquery in FROM.");
		if (analyze_select(c, r->subquery->select_stmt, r->lateral ? cur : cur->parent, M_DERIVED, &out) != 0)
			return -1;
		if ((e = add_entry(c, cur)) == NULL)
			return -1;
		e->kind = R_DERIVED;
		e->alias = r->alias ? r->alias->aliasname : NULL;
		e->out = out;
		return r->alias ? rename_cols(c, &e->out, r->alias->colnames, r->alias->n_colnames) : 0;
	}
	case PG_QUERY__NODE__NODE_RANGE_TABLE_SAMPLE: {
		PgQuery__RangeTableSample *t = n->range_table_sample;
		for (size_t i = 0; i < t->n_args; i++)
			if (check_expr(c, (ProtobufCMessage *)t->args[i], cur, "in TABLESAMPLE") != 0)
				return -1;
		if (t->repeatable && check_expr(c, (ProtobufCMessage *)t->repeatable, cur, "in TABLESAMPLE") != 0)
			return -1;
		if (t->relation == NULL || t->relation->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
			return sqlg_reject(c, "unsupported", "TABLESAMPLE applies to a table only.");
		return add_from(c, &t->relation, cur, 1);
	}
	case PG_QUERY__NODE__NODE_RANGE_FUNCTION: {
		PgQuery__RangeFunction *f = n->range_function;
		/* function arguments may refer to earlier FROM items (implicitly LATERAL) */
		if (check_expr(c, (ProtobufCMessage *)n, cur, "as a function argument in FROM") != 0)
			return -1;
		if ((e = add_entry(c, cur)) == NULL)
			return -1;
		e->kind = R_OTHER;
		e->alias = f->alias ? f->alias->aliasname : NULL;
		if (e->alias == NULL && f->n_functions == 1 && f->functions[0]->node_case == PG_QUERY__NODE__NODE_LIST &&
		    f->functions[0]->list->n_items > 0 && f->functions[0]->list->items[0]->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
			PgQuery__FuncCall *fc = f->functions[0]->list->items[0]->func_call;
			e->alias = fc->n_funcname ? sqlg_node_str(fc->funcname[fc->n_funcname - 1]) : NULL;
		}
		return 0;
	}
	case PG_QUERY__NODE__NODE_RANGE_TABLE_FUNC:
	case PG_QUERY__NODE__NODE_JSON_TABLE: {
		PgQuery__Alias *a = n->node_case == PG_QUERY__NODE__NODE_JSON_TABLE ? n->json_table->alias
		    : n->range_table_func->alias;
		if (check_expr(c, (ProtobufCMessage *)n, cur, "in XMLTABLE/JSON_TABLE") != 0)
			return -1;
		if ((e = add_entry(c, cur)) == NULL)
			return -1;
		e->kind = R_OTHER;
		e->alias = a ? a->aliasname : NULL;
		return 0;
	}
	default:
		return sqlg_reject(c, "unsupported", "Unsupported FROM item.");
	}
}

/* Positional (ORDER BY 1) and output-name references to flagged outputs. */
static int
check_output_ref(struct sqlg_ctx *c, PgQuery__Node *n, const struct cols *out, const char *where)
{
	if (n == NULL)
		return 0;
	if (n->node_case == PG_QUERY__NODE__NODE_SORT_BY)
		n = n->sort_by->node;
	if (n == NULL)
		return 0;
	if (n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
		long k = n->a_const->ival ? n->a_const->ival->ival : 0;
		if (k >= 1 && (size_t)k <= out->n && out->v[k - 1].flags)
			return reject_ref(c, out->v[k - 1].src ? out->v[k - 1].src : "(output column)", out->v[k - 1].flags, where);
		if (out->star_unknown && k >= 1) {
			for (size_t i = 0; i < out->n; i++)
				if (out->v[i].flags)
					return sqlg_reject(c, "column_masked", "Positional references %s over * of a table with masked columns cannot be tracked; name the column instead.", where);
		}
	}
	if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields == 1) {
		const char *name = sqlg_node_str(n->column_ref->fields[0]);
		for (size_t i = 0; name != NULL && i < out->n; i++)
			if (out->v[i].flags && out->v[i].name != NULL && strcmp(out->v[i].name, name) == 0)
				return reject_ref(c, out->v[i].src ? out->v[i].src : name, out->v[i].flags, where);
	}
	return 0;
}

static int
check_list(struct sqlg_ctx *c, PgQuery__Node **v, size_t n, struct scope *sc, const struct cols *out,
    const char *where)
{
	for (size_t i = 0; i < n; i++) {
		if (out != NULL && check_output_ref(c, v[i], out, where) != 0)
			return -1;
		if (check_expr(c, (ProtobufCMessage *)v[i], sc, where) != 0)
			return -1;
	}
	return 0;
}

/* Star expansion in a select list. */
static int
project_star(struct sqlg_ctx *c, PgQuery__ColumnRef *r, struct scope *cur, enum mode mode,
    struct cols *out)
{
	struct rentry *only = NULL;
	struct scope *w = cur;

	if (r->n_fields == 2) {
		const char *a = sqlg_node_str(r->fields[0]);
		if (a == NULL || (only = find_alias(cur, a, &w)) == NULL)
			return 0;  /* PostgreSQL reports the missing FROM entry */
	} else if (r->n_fields > 2) {
		return sqlg_reject(c, "unsupported", "schema.table.* is not supported; alias the table and use alias.*.");
	}
	for (size_t i = 0; i < w->n; i++) {
		struct rentry *e = &w->e[i];
		if (only != NULL && e != only && !(only->kind == R_JOIN && i >= only->first && i < only->first + only->count))
			continue;
		if (e->kind == R_JOIN)
			continue;
		if (e->kind != R_DERIVED || e->out.star_unknown)
			out->star_unknown = 1;
		if (e->kind == R_TABLE) {
			for (size_t k = 0; k < e->npt; k++)
				for (size_t j = 0; j < e->pt[k]->ncolumns; j++) {
					const struct policy_column *pc = &e->pt[k]->columns[j];
					int flags = (pc->deny ? COL_DENIED : 0) | (pc->mask != MASK_NONE ? COL_MASKED : 0);
					if (flags && add_col(c, out, pc->name, flags, table_label(c, e->pt[k], pc->name)) != 0)
						return -1;
				}
		} else if (e->kind == R_DERIVED) {
			for (size_t j = 0; j < e->out.n; j++)
				if (add_col(c, out, e->out.v[j].name, e->out.v[j].flags, e->out.v[j].src) != 0)
					return -1;
		}
	}
	return 0;
}

/* Flags of the new outputs [from, out->n) of one select-list item, judged by mode. */
static int
judge_outputs(struct sqlg_ctx *c, struct cols *out, size_t from, enum mode mode, int distinct,
    int star)
{
	for (size_t i = from; i < out->n; i++) {
		struct outcol *o = &out->v[i];
		const char *label = o->src ? o->src : (o->name ? o->name : "?");
		if (mode == M_EXISTS || o->flags == 0)
			continue;
		if (o->flags & (COL_DENIED | COL_WHOLE)) {
			if (star && (o->flags & COL_DENIED) && mode == M_DERIVED)
				continue;  /* propagates: any outer use rejects */
			if (star && (o->flags & COL_DENIED))
				return sqlg_reject(c, "column_denied", "SELECT * would include the denied column %.100s; list the columns you need explicitly (describe_table shows the allowed ones).", label);
			return reject_ref(c, label, o->flags, "here");
		}
		if (mode == M_NOLINEAGE)
			return sqlg_reject(c, "column_masked", "Masked column %.100s cannot be output through a set operation (UNION/INTERSECT/EXCEPT), a scalar or array subquery, or a recursive CTE, where masking could not follow it; select it directly from its table.", label);
		if (distinct)
			return sqlg_reject(c, "column_masked", "Masked column %.100s cannot be used with DISTINCT, which compares its values; remove DISTINCT or the column.", label);
		if (mode == M_TOP && sqlg_list_add(c, &c->res->masked, label) != 0)
			return -1;
	}
	return 0;
}

static int
project(struct sqlg_ctx *c, PgQuery__SelectStmt *s, struct scope *cur, enum mode mode, struct cols *out)
{
	int distinct = s->n_distinct_clause > 0;

	for (size_t i = 0; i < s->n_target_list; i++) {
		PgQuery__Node *t = s->target_list[i];
		PgQuery__ResTarget *rt;
		size_t from = out->n;

		if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
			return sqlg_reject(c, "unsupported", "Unsupported select-list item.");
		rt = t->res_target;
		if (rt->val != NULL && rt->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && rt->n_indirection == 0) {
			PgQuery__ColumnRef *r = rt->val->column_ref;
			char text[256];
			c->column_refs_named++;
			colref_text(r, text, sizeof(text));
			if (sqlg_list_add(c, &c->res->columns, text) != 0)
				return -1;
			if (is_star(r)) {
				if (project_star(c, r, cur, mode, out) != 0 ||
				    judge_outputs(c, out, from, mode, distinct, 1) != 0)
					return -1;
				continue;
			}
			const char *src;
			int outer;
			int flags = resolve_ref(c, cur, r, &src, &outer);
			if ((flags & COL_MASKED) && outer && mode != M_EXISTS)
				return sqlg_reject(c, "column_masked", "Masked column %.100s cannot be output from a subquery that refers to it in an outer query (LATERAL or correlated); select it directly from its table.", src ? src : text);
			const char *name = sqlg_s(rt->name) ? rt->name : sqlg_node_str(r->fields[r->n_fields - 1]);
			if (add_col(c, out, name, flags, src ? src : text) != 0)
				return -1;
			if (judge_outputs(c, out, from, mode, distinct, 0) != 0)
				return -1;
			continue;
		}
		if (check_expr(c, (ProtobufCMessage *)rt->val, cur, "inside an expression, function, cast or aggregate") != 0)
			return -1;
		if (add_col(c, out, sqlg_s(rt->name), 0, NULL) != 0)
			return -1;
	}
	return 0;
}

static int
analyze_with(struct sqlg_ctx *c, PgQuery__WithClause *w, struct scope *ws)
{
	for (size_t i = 0; i < w->n_ctes; i++) {
		PgQuery__CommonTableExpr *e;
		struct cte *slot;
		struct cols out = {0};
		size_t idx = 0;

		if (w->ctes[i]->node_case != PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR)
			return sqlg_reject(c, "unsupported", "Unsupported WITH item.");
		e = w->ctes[i]->common_table_expr;
		/* a recursive WITH sees its own name while being defined (outputs start empty);
		 * no masked column may pass through it (M_NOLINEAGE) */
		if (w->recursive) {
			if ((slot = grow(c, (void **)&ws->ctes, &ws->nctes, &ws->capctes, sizeof(*slot))) == NULL)
				return -1;
			slot->name = e->ctename;
			idx = ws->nctes - 1;
		}
		if (analyze_select(c, e->ctequery->select_stmt, ws, w->recursive ? M_NOLINEAGE : M_DERIVED, &out) != 0)
			return -1;
		if (!w->recursive) {
			if ((slot = grow(c, (void **)&ws->ctes, &ws->nctes, &ws->capctes, sizeof(*slot))) == NULL)
				return -1;
			slot->name = e->ctename;
			idx = ws->nctes - 1;
		}
		ws->ctes[idx].out = out;
		if (rename_cols(c, &ws->ctes[idx].out, e->aliascolnames, e->n_aliascolnames) != 0)
			return -1;
		if (e->search_clause != NULL || e->cycle_clause != NULL) {
			struct scope tmp = {0};
			if (check_expr(c, (ProtobufCMessage *)e->search_clause, &tmp, "in SEARCH") != 0 ||
			    check_expr(c, (ProtobufCMessage *)e->cycle_clause, &tmp, "in CYCLE") != 0)
				return -1;
		}
	}
	return 0;
}

static int
analyze_select(struct sqlg_ctx *c, PgQuery__SelectStmt *s, struct scope *parent, enum mode mode,
    struct cols *out)
{
	struct scope *ws = parent, *cur;

	memset(out, 0, sizeof(*out));
	if (s->with_clause != NULL) {
		if ((ws = sqlg_alloc(c, sizeof(*ws))) == NULL)
			return -1;
		ws->parent = parent;
		if (analyze_with(c, s->with_clause, ws) != 0)
			return -1;
	}
	if ((cur = sqlg_alloc(c, sizeof(*cur))) == NULL)
		return -1;
	cur->parent = ws;

	if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE && s->op != PG_QUERY__SET_OPERATION__SET_OPERATION_UNDEFINED) {
		struct cols r = {0};
		enum mode m = mode == M_EXISTS ? M_EXISTS : M_NOLINEAGE;
		if (s->larg == NULL || s->rarg == NULL)
			return sqlg_reject(c, "unsupported", "Malformed set operation.");
		if (analyze_select(c, s->larg, ws, m, out) != 0 || analyze_select(c, s->rarg, ws, m, &r) != 0)
			return -1;
		if (check_list(c, s->sort_clause, s->n_sort_clause, cur, NULL, "in ORDER BY") != 0)
			return -1;
		goto limits;
	}
	for (size_t i = 0; i < s->n_from_clause; i++)
		if (add_from(c, &s->from_clause[i], cur, 0) != 0)
			return -1;
	for (size_t i = 0; i < s->n_values_lists; i++)
		if (check_expr(c, (ProtobufCMessage *)s->values_lists[i], cur, "in VALUES") != 0)
			return -1;
	if (project(c, s, cur, mode, out) != 0)
		return -1;
	if (s->where_clause && check_expr(c, (ProtobufCMessage *)s->where_clause, cur, "in WHERE") != 0)
		return -1;
	if (check_list(c, s->group_clause, s->n_group_clause, cur, out, "in GROUP BY") != 0 ||
	    check_list(c, s->distinct_clause, s->n_distinct_clause, cur, out, "in DISTINCT ON") != 0 ||
	    check_list(c, s->window_clause, s->n_window_clause, cur, NULL, "in a window definition") != 0 ||
	    check_list(c, s->sort_clause, s->n_sort_clause, cur, out, "in ORDER BY") != 0)
		return -1;
	if (s->having_clause && check_expr(c, (ProtobufCMessage *)s->having_clause, cur, "in HAVING") != 0)
		return -1;
limits:
	if (s->limit_count && check_expr(c, (ProtobufCMessage *)s->limit_count, cur, "in LIMIT") != 0)
		return -1;
	if (s->limit_offset && check_expr(c, (ProtobufCMessage *)s->limit_offset, cur, "in OFFSET") != 0)
		return -1;
	return c->rejected || c->failed ? -1 : 0;
}

int
sqlg_names(struct sqlg_ctx *c, PgQuery__SelectStmt *sel)
{
	struct cols out = {0};

	if (analyze_select(c, sel, NULL, M_TOP, &out) != 0 || c->rejected || c->failed)
		return -1;
	return 0;
}
