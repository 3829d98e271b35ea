/* Names as the server sees them (issue 13). The agent and `mcpdb query` run every statement
 * with search_path pinned to pg_catalog, pg_temp, so an unqualified function, operator or type
 * can only be a built-in - which the offline pg_proc table describes exactly - and nothing a
 * user creates in public can shadow one. For that, the rewrite qualifies what must stay
 * user-visible: every relation with the schema the role's real search path gives it, and every
 * user function the policy allows with its schema. Types outside the system schemas are
 * denied, since a cast to one runs code the tree does not show (a domain's CHECK, a CREATE
 * CAST function). */
#include <string.h>

#include "guard/sqlguard_int.h"

static PgQuery__Node *
string_node(struct sqlg_ctx *c, const char *s)
{
	PgQuery__Node *n = sqlg_alloc(c, sizeof(*n));
	PgQuery__String *str = sqlg_alloc(c, sizeof(*str));
	char *copy = sqlg_strdup(c, s);

	if (n == NULL || str == NULL || copy == NULL)
		return NULL;
	pg_query__node__init(n);
	pg_query__string__init(str);
	str->sval = copy;
	n->node_case = PG_QUERY__NODE__NODE_STRING;
	n->string = str;
	return n;
}

int
sqlg_qualify_names(struct sqlg_ctx *c, PgQuery__Node ***names, size_t *n, const char *schema)
{
	PgQuery__Node **v, *s;

	if (*n != 1)
		return 0;
	v = sqlg_alloc(c, 2 * sizeof(*v));
	s = string_node(c, schema);
	if (v == NULL || s == NULL)
		return sqlg_nomem(c);
	v[0] = s;
	v[1] = (*names)[0];
	*names = v;   /* the old array stays in the arena */
	*n = 2;
	return 0;
}

int
sqlg_qualify_relation(struct sqlg_ctx *c, PgQuery__RangeVar *v, const char **schema)
{
	const char *where;

	if (!c->opt->pinned_search_path || c->opt->resolve_relation == NULL || sqlg_s(v->schemaname) != NULL)
		return 0;
	where = c->opt->resolve_relation(c->opt->resolve_ctx, v->relname);
	if (where == NULL)
		return 0;
	if ((v->schemaname = sqlg_strdup(c, where)) == NULL)
		return sqlg_nomem(c);
	*schema = v->schemaname;
	return 0;
}

int
sqlg_check_type(struct sqlg_ctx *c, const PgQuery__TypeName *t)
{
	const char *schema, *name;

	if (t->n_names < 2)
		return 0;   /* unqualified: with the path pinned, a pg_catalog type or none */
	schema = sqlg_node_str(t->names[0]);
	name = sqlg_node_str(t->names[t->n_names - 1]);
	if (t->n_names == 2 && schema != NULL &&
	    (strcmp(schema, "pg_catalog") == 0 || strcmp(schema, "information_schema") == 0))
		return 0;
	return sqlg_reject(c, "function_denied", "The type %.64s%s%.64s is user-defined: a cast to it can run user code the guard cannot see (a domain's CHECK, a CREATE CAST function), so it is not allowed. Compare with a plain literal instead ('value' rather than 'value'::%.64s).",
	    schema ? schema : "?", ".", name ? name : "?", name ? name : "type");
}
