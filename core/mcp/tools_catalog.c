/* The catalog tools: list_schemas, list_tables, describe_table and find_relationships. Each is
 * fixed SQL over pg_catalog with $n parameters (never concatenated), run through the pool like
 * any statement; what the model may see is then filtered here by SCHEMAS and the policy
 * (invisible tables omitted, denied columns hidden, masked columns flagged). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "gov/mask.h"
#include "mcp/tools_impl.h"
#include "db/values.h"

#define NAME_BUF 64

struct catalog_state {
	yyjson_mut_val *items;       /* the array being filled */
	long count;
	int truncated, nomem;
	char schema[NAME_BUF], table[NAME_BUF];
	int have_schema;
	yyjson_mut_val *described;   /* describe_table's document */
	char found_schema[NAME_BUF], found_table[NAME_BUF];
	int found;
	struct fk_edge *edges;       /* find_relationships */
	size_t nedges;
};

struct fk_edge {
	char from[2 * NAME_BUF + 1], to[2 * NAME_BUF + 1];
	char from_table[NAME_BUF], to_table[NAME_BUF];
	char name[NAME_BUF];
	yyjson_mut_val *from_cols, *to_cols;
};

static void
state_free(void *p)
{
	struct catalog_state *st = p;

	if (st != NULL)
		free(st->edges);
	free(st);
}

static struct catalog_state *
state_new(struct tools_call *call)
{
	struct catalog_state *st = calloc(1, sizeof(*st));

	if (st == NULL)
		return NULL;
	call->state = st;
	call->state_free = state_free;
	if ((st->items = yyjson_mut_arr(call->doc)) == NULL)
		return NULL;
	return st;
}

static const char *
cell(const PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? NULL : PQgetvalue(res, row, col);
}

static const char *
kind_name(const char *relkind)
{
	switch (relkind != NULL ? relkind[0] : 0) {
	case 'r': return "table";
	case 'p': return "partitioned table";
	case 'v': return "view";
	case 'm': return "materialized view";
	case 'f': return "foreign table";
	default: return "other";
	}
}

/* The common end of the list tools: {key: items, truncated} or the error. */
static void
finish_list(struct tools_call *call, int rc, const char *msg, const PGresult *err, const char *key)
{
	struct catalog_state *st = call->state;
	yyjson_mut_val *o;

	if (rc != 0) {
		tools_fail_db(call, rc, msg, err);
		return;
	}
	if (st->nomem || (o = yyjson_mut_obj(call->doc)) == NULL || !yyjson_mut_obj_add_val(call->doc, o, key, st->items) ||
	    !yyjson_mut_obj_add_bool(call->doc, o, "truncated", st->truncated)) {
		tools_fail(call, "internal", NULL, "out of memory while building the answer");
		return;
	}
	if (st->truncated) {
		char note[120];
		snprintf(note, sizeof(note), "more entries exist than the %d listed%s", LIMIT_CATALOG_ROWS,
		    st->have_schema ? "" : "; pass a schema to narrow the list");
		yyjson_mut_obj_add_strcpy(call->doc, o, "note", note);
	}
	tools_ok(call, o);
}

/* The next entry of a list answer: a new object in st->items, or NULL when the list is full
 * (st->truncated) or memory ran out (st->nomem); the row callback then stops. */
static yyjson_mut_val *
list_next(struct catalog_state *st, yyjson_mut_doc *d)
{
	yyjson_mut_val *o;

	if (st->count >= LIMIT_CATALOG_ROWS) {
		st->truncated = 1;
		return NULL;
	}
	if ((o = yyjson_mut_arr_add_obj(d, st->items)) == NULL)
		st->nomem = 1;
	else
		st->count++;
	return o;
}

/* ---- list_schemas ---- */

static const char SQL_LIST_SCHEMAS[] =
    "SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace') FROM pg_catalog.pg_namespace n "
    "WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1 LIMIT 10001";

static int
schemas_rows(struct tools_call *call, int stmt, const PGresult *res)
{
	struct catalog_state *st = call->state;
	yyjson_mut_doc *d = call->doc;

	for (int i = 0; i < PQntuples(res); i++) {
		yyjson_mut_val *o;

		if (!tools_schema_visible(call, cell(res, i, 0)))
			continue;
		if ((o = list_next(st, d)) == NULL)
			return 1;
		if (!yyjson_mut_obj_add_strcpy(d, o, "name", cell(res, i, 0)) ||
		    !yyjson_mut_obj_add_val(d, o, "comment", cell(res, i, 1) ? yyjson_mut_strcpy(d, cell(res, i, 1)) : yyjson_mut_null(d))) {
			st->nomem = 1;
			return 1;
		}
	}
	return 0;
}

static void
schemas_finish(struct tools_call *call, int rc, const char *msg, const PGresult *err)
{
	finish_list(call, rc, msg, err, "schemas");
}

static void
start_list_schemas(struct tools_call *call, yyjson_val *args)
{
	static const char *const allowed[] = {NULL};
	struct pgx_query q = {.nstmts = 1, .catalog_sql = 1};
	char msg[300];

	if (tools_args_check(args, allowed, msg, sizeof(msg)) != 0) {
		tools_fail(call, "invalid_arguments", NULL, "%s", msg);
		return;
	}
	if (state_new(call) == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return;
	}
	call->rows = schemas_rows;
	call->finish = schemas_finish;
	q.stmts[0].sql = SQL_LIST_SCHEMAS;
	tools_run(call, &q);
}

/* ---- list_tables ---- */

static const char SQL_LIST_TABLES[] =
    "SELECT n.nspname, c.relname, c.relkind::text, "
    "CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END, "
    "pg_catalog.obj_description(c.oid, 'pg_class') "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname !~ '^pg_' "
    "AND n.nspname <> 'information_schema' AND ($1::text IS NULL OR n.nspname = $1::text) "
    "ORDER BY 1, 2 LIMIT 20001";

static int
tables_rows(struct tools_call *call, int stmt, const PGresult *res)
{
	struct catalog_state *st = call->state;
	yyjson_mut_doc *d = call->doc;

	for (int i = 0; i < PQntuples(res); i++) {
		yyjson_mut_val *o, *est = NULL;

		if (!tools_table_visible(call, cell(res, i, 0), cell(res, i, 1)))
			continue;
		if ((o = list_next(st, d)) == NULL)
			return 1;
		if (values_to_json(d, VALUES_INT8OID, cell(res, i, 3), cell(res, i, 3) ? (size_t)PQgetlength(res, i, 3) : 0, &est) != 0 ||
		    !yyjson_mut_obj_add_strcpy(d, o, "schema", cell(res, i, 0)) ||
		    !yyjson_mut_obj_add_strcpy(d, o, "name", cell(res, i, 1)) ||
		    !yyjson_mut_obj_add_str(d, o, "kind", kind_name(cell(res, i, 2))) ||
		    !yyjson_mut_obj_add_val(d, o, "estimated_rows", est) ||
		    !yyjson_mut_obj_add_val(d, o, "comment", cell(res, i, 4) ? yyjson_mut_strcpy(d, cell(res, i, 4)) : yyjson_mut_null(d))) {
			st->nomem = 1;
			return 1;
		}
	}
	return 0;
}

static void
tables_finish(struct tools_call *call, int rc, const char *msg, const PGresult *err)
{
	finish_list(call, rc, msg, err, "tables");
}

static void
start_list_tables(struct tools_call *call, yyjson_val *args)
{
	static const char *const allowed[] = {"schema", NULL};
	struct pgx_query q = {.nstmts = 1, .catalog_sql = 1};
	struct catalog_state *st;
	const char *schema = NULL;
	const char *params[1];
	char msg[300];

	if (tools_args_check(args, allowed, msg, sizeof(msg)) != 0 ||
	    tools_arg_str(args, "schema", &schema, msg, sizeof(msg)) != 0) {
		tools_fail(call, "invalid_arguments", NULL, "%s", msg);
		return;
	}
	if ((st = state_new(call)) == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return;
	}
	if (schema != NULL && !tools_schema_visible(call, schema)) {
		tools_fail(call, "schema_not_visible", NULL, "schema '%.64s' is not visible (SCHEMAS or the policy); call list_schemas for the visible ones", schema);
		return;
	}
	st->have_schema = schema != NULL;
	call->rows = tables_rows;
	call->finish = tables_finish;
	params[0] = schema;
	q.stmts[0].sql = SQL_LIST_TABLES;
	q.stmts[0].nparams = 1;
	q.stmts[0].params = params;
	tools_run(call, &q);
}

/* ---- describe_table ---- */

/* The table: an exact name match, the one on the search path first. */
#define SQL_FIND_TABLE \
    "SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples " \
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " \
    "WHERE c.relname = $2::text AND ($1::text IS NULL OR n.nspname = $1::text) " \
    "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname !~ '^pg_' " \
    "AND n.nspname <> 'information_schema' " \
    "ORDER BY pg_catalog.pg_table_is_visible(c.oid) DESC, n.nspname LIMIT 1"

/* Column names of a key (conkey/confkey/indkey) in key order. */
#define KEY_COLS(keys, rel) \
    "(SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(" keys ") WITH ORDINALITY k(attnum, ord) " \
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = " rel " AND a.attnum = k.attnum)"

static const char SQL_DESCRIBE[] =
    "WITH t AS (" SQL_FIND_TABLE ") "
    "SELECT json_build_object('schema', t.nspname, 'name', t.relname, 'kind', t.relkind, "
    "'estimated_rows', CASE WHEN t.reltuples < 0 THEN NULL ELSE t.reltuples::bigint END, "
    "'comment', pg_catalog.obj_description(t.oid, 'pg_class'), "
    "'columns', (SELECT coalesce(json_agg(json_build_object('name', a.attname, "
    "'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'nullable', NOT a.attnotnull, "
    "'default', pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
    "'comment', pg_catalog.col_description(t.oid, a.attnum)) ORDER BY a.attnum), '[]') "
    "FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
    "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped), "
    "'primary_key', (SELECT " KEY_COLS("con.conkey", "con.conrelid") " FROM pg_catalog.pg_constraint con "
    "WHERE con.conrelid = t.oid AND con.contype = 'p'), "
    "'foreign_keys', (SELECT coalesce(json_agg(json_build_object('name', con.conname, "
    "'columns', " KEY_COLS("con.conkey", "con.conrelid") ", 'references_schema', fn.nspname, "
    "'references_table', fc.relname, 'references_columns', " KEY_COLS("con.confkey", "con.confrelid") ") "
    "ORDER BY con.conname), '[]') FROM pg_catalog.pg_constraint con "
    "JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid "
    "JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
    "WHERE con.conrelid = t.oid AND con.contype = 'f'), "
    "'referenced_by', (SELECT coalesce(json_agg(json_build_object('name', con.conname, "
    "'schema', rn.nspname, 'table', rc.relname, 'columns', " KEY_COLS("con.conkey", "con.conrelid") ", "
    "'references_columns', " KEY_COLS("con.confkey", "con.confrelid") ") ORDER BY rn.nspname, rc.relname, con.conname), '[]') "
    "FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class rc ON rc.oid = con.conrelid "
    "JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "
    "WHERE con.confrelid = t.oid AND con.contype = 'f'), "
    "'indexes', (SELECT coalesce(json_agg(json_build_object('name', ic.relname, 'unique', i.indisunique, "
    "'primary', i.indisprimary, 'columns', " KEY_COLS("i.indkey::int2[]", "i.indrelid") ", "
    "'definition', pg_catalog.pg_get_indexdef(i.indexrelid)) ORDER BY ic.relname), '[]') "
    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
    "WHERE i.indrelid = t.oid)) FROM t";

static int
describe_rows(struct tools_call *call, int stmt, const PGresult *res)
{
	struct catalog_state *st = call->state;

	if (PQntuples(res) > 0 && st->described == NULL) {
		st->described = tools_json_field(call, res, 0);
		if (st->described == NULL)
			st->nomem = 1;
	}
	return 0;
}

static int
column_denied(const struct policy *p, const char *schema, const char *table, const char *column)
{
	const struct policy_column *c = policy_find_column(policy_find_table(p, schema, table), column);

	return c != NULL && c->deny;
}

/* Does any of the names in arr name a denied column of schema.table? */
static int
any_denied(const struct policy *p, const char *schema, const char *table, yyjson_mut_val *arr)
{
	yyjson_mut_arr_iter it = yyjson_mut_arr_iter_with(arr);
	yyjson_mut_val *v;

	while ((v = yyjson_mut_arr_iter_next(&it)) != NULL)
		if (yyjson_mut_is_str(v) && column_denied(p, schema, table, yyjson_mut_get_str(v)))
			return 1;
	return 0;
}

/* Applies the policy to the description: denied columns (and indexes and keys over them)
 * are removed, masked columns flagged, references to invisible tables dropped. */
static int
filter_description(struct tools_call *call, yyjson_mut_val *o)
{
	yyjson_mut_doc *d = call->doc;
	const struct policy *p = call->policy;
	const char *schema = yyjson_mut_get_str(yyjson_mut_obj_get(o, "schema"));
	const char *table = yyjson_mut_get_str(yyjson_mut_obj_get(o, "name"));
	yyjson_mut_val *cols = yyjson_mut_obj_get(o, "columns"), *list, *kind;
	long hidden = 0;

	if (schema == NULL || table == NULL || !yyjson_mut_is_arr(cols))
		return E_INTERNAL;
	kind = yyjson_mut_obj_get(o, "kind");
	if (kind != NULL && yyjson_mut_is_str(kind))
		yyjson_mut_set_str(kind, kind_name(yyjson_mut_get_str(kind)));
	for (size_t i = yyjson_mut_arr_size(cols); i-- > 0;) {
		yyjson_mut_val *c = yyjson_mut_arr_get(cols, i);
		const char *name = yyjson_mut_get_str(yyjson_mut_obj_get(c, "name"));
		const struct policy_column *m;

		if (name == NULL)
			continue;
		if (column_denied(p, schema, table, name)) {
			yyjson_mut_arr_remove(cols, i);
			hidden++;
			continue;
		}
		m = mask_lookup(p, schema, table, name);
		if (!yyjson_mut_obj_add_bool(d, c, "masked", m != NULL))
			return E_NOMEM;
		if (m != NULL && !yyjson_mut_obj_add_str(d, c, "mask", mask_kind_name(m->mask)))
			return E_NOMEM;
	}
	if ((list = yyjson_mut_obj_get(o, "foreign_keys")) != NULL && yyjson_mut_is_arr(list)) {
		for (size_t i = yyjson_mut_arr_size(list); i-- > 0;) {
			yyjson_mut_val *fk = yyjson_mut_arr_get(list, i);
			if (!tools_table_visible(call, yyjson_mut_get_str(yyjson_mut_obj_get(fk, "references_schema")),
			        yyjson_mut_get_str(yyjson_mut_obj_get(fk, "references_table"))) ||
			    any_denied(p, schema, table, yyjson_mut_obj_get(fk, "columns")))
				yyjson_mut_arr_remove(list, i);
		}
	}
	if ((list = yyjson_mut_obj_get(o, "referenced_by")) != NULL && yyjson_mut_is_arr(list)) {
		for (size_t i = yyjson_mut_arr_size(list); i-- > 0;) {
			yyjson_mut_val *fk = yyjson_mut_arr_get(list, i);
			const char *rs = yyjson_mut_get_str(yyjson_mut_obj_get(fk, "schema"));
			const char *rt = yyjson_mut_get_str(yyjson_mut_obj_get(fk, "table"));
			if (!tools_table_visible(call, rs, rt) || any_denied(p, rs, rt, yyjson_mut_obj_get(fk, "columns")))
				yyjson_mut_arr_remove(list, i);
		}
	}
	if ((list = yyjson_mut_obj_get(o, "indexes")) != NULL && yyjson_mut_is_arr(list)) {
		for (size_t i = yyjson_mut_arr_size(list); i-- > 0;) {
			yyjson_mut_val *ix = yyjson_mut_arr_get(list, i);
			if (any_denied(p, schema, table, yyjson_mut_obj_get(ix, "columns")))
				yyjson_mut_arr_remove(list, i);
		}
	}
	if ((list = yyjson_mut_obj_get(o, "primary_key")) != NULL && yyjson_mut_is_arr(list) &&
	    any_denied(p, schema, table, list))
		yyjson_mut_obj_put(o, yyjson_mut_str(d, "primary_key"), yyjson_mut_null(d));
	if (!yyjson_mut_obj_add_int(d, o, "hidden_columns", hidden))
		return E_NOMEM;
	return 0;
}

static void
describe_finish(struct tools_call *call, int rc, const char *msg, const PGresult *err)
{
	struct catalog_state *st = call->state;
	yyjson_mut_val *o = st->described;
	const char *schema, *table;

	if (rc != 0) {
		tools_fail_db(call, rc, msg, err);
		return;
	}
	if (st->nomem) {
		tools_fail(call, "internal", NULL, "out of memory while building the answer");
		return;
	}
	schema = o != NULL ? yyjson_mut_get_str(yyjson_mut_obj_get(o, "schema")) : NULL;
	table = o != NULL ? yyjson_mut_get_str(yyjson_mut_obj_get(o, "name")) : NULL;
	if (o == NULL || !tools_table_visible(call, schema, table)) {
		tools_fail(call, "table_not_found", NULL, "no visible table or view named '%s%s%s'; names are case-sensitive as stored; call list_tables to see them",
		    st->schema, st->schema[0] ? "." : "", st->table);
		return;
	}
	if (filter_description(call, o) != 0) {
		tools_fail(call, "internal", NULL, "out of memory while building the answer");
		return;
	}
	tools_ok(call, o);
}

/* describe_table and find_relationships take the same arguments. */
static int
table_args(struct tools_call *call, yyjson_val *args, struct catalog_state *st)
{
	static const char *const allowed[] = {"table", "schema", NULL};
	const char *table = NULL, *schema = NULL;
	char msg[300];

	if (tools_args_check(args, allowed, msg, sizeof(msg)) != 0 ||
	    tools_arg_str(args, "table", &table, msg, sizeof(msg)) != 0 ||
	    tools_arg_str(args, "schema", &schema, msg, sizeof(msg)) != 0 ||
	    tools_split_name(table, schema, st->schema, sizeof(st->schema), st->table, sizeof(st->table), msg, sizeof(msg)) != 0) {
		tools_fail(call, "invalid_arguments", NULL, "%s", msg);
		return E_INVAL;
	}
	if (st->schema[0] != '\0' && !tools_schema_visible(call, st->schema)) {
		tools_fail(call, "schema_not_visible", NULL, "schema '%s' is not visible (SCHEMAS or the policy); call list_schemas for the visible ones", st->schema);
		return E_INVAL;
	}
	return 0;
}

/* Starts a tool about one table (describe_table, find_relationships): validates `table` and
 * `schema`, then runs sql0 with ($1 schema or NULL, $2 table) and, if given, sql1 without
 * parameters. */
static void
start_table_tool(struct tools_call *call, yyjson_val *args, const char *sql0, const char *sql1,
    int (*rows)(struct tools_call *, int, const PGresult *),
    void (*finish)(struct tools_call *, int, const char *, const PGresult *))
{
	struct pgx_query q = {.nstmts = sql1 != NULL ? 2 : 1, .catalog_sql = 1};
	struct catalog_state *st = state_new(call);
	const char *params[2];

	if (st == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return;
	}
	if (table_args(call, args, st) != 0)
		return;
	call->rows = rows;
	call->finish = finish;
	params[0] = st->schema[0] ? st->schema : NULL;
	params[1] = st->table;
	q.stmts[0].sql = sql0;
	q.stmts[0].nparams = 2;
	q.stmts[0].params = params;
	q.stmts[1].sql = sql1;
	tools_run(call, &q);
}

static void
start_describe_table(struct tools_call *call, yyjson_val *args)
{
	start_table_tool(call, args, SQL_DESCRIBE, NULL, describe_rows, describe_finish);
}

/* ---- find_relationships ---- */

static const char SQL_FIND_ONE[] = SQL_FIND_TABLE;

static const char SQL_FK_EDGES[] =
    "SELECT n.nspname, c.relname, fn.nspname, fc.relname, con.conname, "
    KEY_COLS("con.conkey", "con.conrelid") ", " KEY_COLS("con.confkey", "con.confrelid") " "
    "FROM pg_catalog.pg_constraint con "
    "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
    "WHERE con.contype = 'f' AND n.nspname !~ '^pg_' AND fn.nspname !~ '^pg_' "
    "ORDER BY 1, 2, 5 LIMIT 10001";

static int
relationships_rows(struct tools_call *call, int stmt, const PGresult *res)
{
	struct catalog_state *st = call->state;
	yyjson_mut_doc *d = call->doc;

	if (stmt == 0) {
		if (PQntuples(res) > 0) {
			snprintf(st->found_schema, sizeof(st->found_schema), "%s", PQgetvalue(res, 0, 1));
			snprintf(st->found_table, sizeof(st->found_table), "%s", PQgetvalue(res, 0, 2));
			st->found = 1;
		}
		return 0;
	}
	if (st->edges == NULL && (st->edges = calloc(LIMIT_FK_EDGES, sizeof(*st->edges))) == NULL) {
		st->nomem = 1;
		return 1;
	}
	for (int i = 0; i < PQntuples(res); i++) {
		struct fk_edge *e;

		if (!tools_table_visible(call, cell(res, i, 0), cell(res, i, 1)) ||
		    !tools_table_visible(call, cell(res, i, 2), cell(res, i, 3)))
			continue;
		if (st->nedges >= LIMIT_FK_EDGES) {
			st->truncated = 1;
			return 1;
		}
		e = &st->edges[st->nedges];
		snprintf(e->from, sizeof(e->from), "%s.%s", cell(res, i, 0), cell(res, i, 1));
		snprintf(e->to, sizeof(e->to), "%s.%s", cell(res, i, 2), cell(res, i, 3));
		snprintf(e->from_table, sizeof(e->from_table), "%s", cell(res, i, 1));
		snprintf(e->to_table, sizeof(e->to_table), "%s", cell(res, i, 3));
		snprintf(e->name, sizeof(e->name), "%s", cell(res, i, 4));
		if (values_to_json(d, VALUES_JSONOID, cell(res, i, 5), (size_t)PQgetlength(res, i, 5), &e->from_cols) != 0 ||
		    values_to_json(d, VALUES_JSONOID, cell(res, i, 6), (size_t)PQgetlength(res, i, 6), &e->to_cols) != 0) {
			st->nomem = 1;
			return 1;
		}
		st->nedges++;
	}
	return 0;
}

/* "orders.customer_id = customers.id" for each column pair of e. */
static yyjson_mut_val *
join_condition(yyjson_mut_doc *d, const struct fk_edge *e)
{
	char buf[1024];
	size_t used = 0, n = yyjson_mut_arr_size(e->from_cols);

	buf[0] = '\0';
	for (size_t i = 0; i < n && i < yyjson_mut_arr_size(e->to_cols); i++) {
		int w = snprintf(buf + used, sizeof(buf) - used, "%s%s.%s = %s.%s", i ? " AND " : "", e->from_table,
		    yyjson_mut_get_str(yyjson_mut_arr_get(e->from_cols, i)), e->to_table,
		    yyjson_mut_get_str(yyjson_mut_arr_get(e->to_cols, i)));
		if (w < 0 || (size_t)w >= sizeof(buf) - used)
			break;
		used += (size_t)w;
	}
	return yyjson_mut_strcpy(d, buf);
}

struct bfs_node {
	const char *name;
	int parent;     /* index into nodes, -1 for the start */
	int edge;       /* edge that reached it */
	int hops;
};

static int
find_node(const struct bfs_node *nodes, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(nodes[i].name, name) == 0)
			return i;
	return -1;
}

/* Breadth-first over the foreign keys (either direction): the shortest join path to every
 * table within LIMIT_JOIN_HOPS, at most LIMIT_JOIN_PATHS of them. */
static yyjson_mut_val *
join_paths(struct tools_call *call, const char *start, int *truncated)
{
	struct catalog_state *st = call->state;
	yyjson_mut_doc *d = call->doc;
	struct bfs_node nodes[LIMIT_JOIN_PATHS + 1];
	int n = 1;
	yyjson_mut_val *paths = yyjson_mut_arr(d);

	if (paths == NULL)
		return NULL;
	nodes[0] = (struct bfs_node){start, -1, -1, 0};
	for (int q = 0; q < n; q++) {
		if (nodes[q].hops >= LIMIT_JOIN_HOPS)
			continue;
		for (size_t i = 0; i < st->nedges; i++) {
			const struct fk_edge *e = &st->edges[i];
			const char *other = strcmp(e->from, nodes[q].name) == 0 ? e->to
			    : strcmp(e->to, nodes[q].name) == 0 ? e->from : NULL;

			if (other == NULL || find_node(nodes, n, other) >= 0)
				continue;
			if (n > LIMIT_JOIN_PATHS) {
				*truncated = 1;
				break;
			}
			nodes[n++] = (struct bfs_node){other, q, (int)i, nodes[q].hops + 1};
		}
	}
	for (int k = 1; k < n; k++) {
		yyjson_mut_val *o = yyjson_mut_arr_add_obj(d, paths), *path, *on;
		int chain[LIMIT_JOIN_HOPS + 1], len = 0;

		if (o == NULL || (path = yyjson_mut_arr(d)) == NULL || (on = yyjson_mut_arr(d)) == NULL)
			return NULL;
		for (int j = k; j >= 0 && len <= LIMIT_JOIN_HOPS; j = nodes[j].parent)
			chain[len++] = j;
		for (int j = len - 1; j >= 0; j--) {
			if (!yyjson_mut_arr_add_strcpy(d, path, nodes[chain[j]].name))
				return NULL;
			if (nodes[chain[j]].edge >= 0 && !yyjson_mut_arr_append(on, join_condition(d, &st->edges[nodes[chain[j]].edge])))
				return NULL;
		}
		if (!yyjson_mut_obj_add_strcpy(d, o, "to", nodes[k].name) || !yyjson_mut_obj_add_int(d, o, "hops", nodes[k].hops) ||
		    !yyjson_mut_obj_add_val(d, o, "path", path) || !yyjson_mut_obj_add_val(d, o, "on", on))
			return NULL;
	}
	return paths;
}

static void
relationships_finish(struct tools_call *call, int rc, const char *msg, const PGresult *err)
{
	struct catalog_state *st = call->state;
	yyjson_mut_doc *d = call->doc;
	char start[2 * NAME_BUF + 1];
	yyjson_mut_val *o, *fks, *paths;
	int truncated = st->truncated;

	if (rc != 0) {
		tools_fail_db(call, rc, msg, err);
		return;
	}
	if (!st->found || !tools_table_visible(call, st->found_schema, st->found_table)) {
		tools_fail(call, "table_not_found", NULL, "no visible table or view named '%s%s%s'; names are case-sensitive as stored; call list_tables to see them",
		    st->schema, st->schema[0] ? "." : "", st->table);
		return;
	}
	snprintf(start, sizeof(start), "%s.%s", st->found_schema, st->found_table);
	if (st->nomem || (o = yyjson_mut_obj(d)) == NULL || (fks = yyjson_mut_arr(d)) == NULL)
		goto nomem;
	for (size_t i = 0; i < st->nedges; i++) {
		const struct fk_edge *e = &st->edges[i];
		yyjson_mut_val *f;

		if (strcmp(e->from, start) != 0 && strcmp(e->to, start) != 0)
			continue;
		if ((f = yyjson_mut_arr_add_obj(d, fks)) == NULL || !yyjson_mut_obj_add_strcpy(d, f, "constraint", e->name) ||
		    !yyjson_mut_obj_add_strcpy(d, f, "from", e->from) ||
		    !yyjson_mut_obj_add_val(d, f, "from_columns", yyjson_mut_val_mut_copy(d, e->from_cols)) ||
		    !yyjson_mut_obj_add_strcpy(d, f, "to", e->to) ||
		    !yyjson_mut_obj_add_val(d, f, "to_columns", yyjson_mut_val_mut_copy(d, e->to_cols)))
			goto nomem;
	}
	if ((paths = join_paths(call, start, &truncated)) == NULL)
		goto nomem;
	if (!yyjson_mut_obj_add_strcpy(d, o, "table", start) || !yyjson_mut_obj_add_val(d, o, "foreign_keys", fks) ||
	    !yyjson_mut_obj_add_val(d, o, "join_paths", paths) || !yyjson_mut_obj_add_bool(d, o, "truncated", truncated))
		goto nomem;
	tools_ok(call, o);
	return;
nomem:
	tools_fail(call, "internal", NULL, "out of memory while building the answer");
}

static void
start_find_relationships(struct tools_call *call, yyjson_val *args)
{
	start_table_tool(call, args, SQL_FIND_ONE, SQL_FK_EDGES, relationships_rows, relationships_finish);
}

/* ---- definitions ---- */

#define NAME_SCHEMA "{\"type\":\"string\",\"minLength\":1,\"maxLength\":63}"
#define NULLABLE_STR "{\"type\":[\"string\",\"null\"]}"

const struct tools_def tools_def_list_schemas = {
	"list_schemas", "List schemas",
	"List the database schemas you may query.",
	"{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
	"{\"type\":\"object\",\"properties\":{\"schemas\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
	"\"properties\":{\"name\":{\"type\":\"string\"},\"comment\":" NULLABLE_STR "},\"required\":[\"name\"]}},"
	"\"truncated\":{\"type\":\"boolean\"},\"note\":{\"type\":\"string\"}},\"required\":[\"schemas\",\"truncated\"]}",
	start_list_schemas,
};

const struct tools_def tools_def_list_tables = {
	"list_tables", "List tables",
	"List tables and views with kind, estimated row count and comment. Optional schema filter.",
	"{\"type\":\"object\",\"properties\":{\"schema\":" NAME_SCHEMA "},\"additionalProperties\":false}",
	"{\"type\":\"object\",\"properties\":{\"tables\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
	"\"properties\":{\"schema\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"kind\":{\"type\":\"string\"},"
	"\"estimated_rows\":{\"type\":[\"integer\",\"string\",\"null\"]},\"comment\":" NULLABLE_STR "},"
	"\"required\":[\"schema\",\"name\",\"kind\"]}},\"truncated\":{\"type\":\"boolean\"},\"note\":{\"type\":\"string\"}},"
	"\"required\":[\"tables\",\"truncated\"]}",
	start_list_tables,
};

const struct tools_def tools_def_describe_table = {
	"describe_table", "Describe a table",
	"Columns (type, nullable, default, comment, masked), primary key, foreign keys both ways and "
	"indexes of a table or view. table may be 'schema.table'.",
	"{\"type\":\"object\",\"properties\":{\"table\":{\"type\":\"string\",\"minLength\":1},\"schema\":" NAME_SCHEMA "},"
	"\"required\":[\"table\"],\"additionalProperties\":false}",
	"{\"type\":\"object\",\"properties\":{\"schema\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},"
	"\"kind\":{\"type\":\"string\"},\"columns\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":"
	"{\"name\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"},\"nullable\":{\"type\":\"boolean\"},"
	"\"default\":" NULLABLE_STR ",\"comment\":" NULLABLE_STR ",\"masked\":{\"type\":\"boolean\"}},"
	"\"required\":[\"name\",\"type\",\"nullable\"]}},\"primary_key\":{\"type\":[\"array\",\"null\"]},"
	"\"foreign_keys\":{\"type\":\"array\"},\"referenced_by\":{\"type\":\"array\"},\"indexes\":{\"type\":\"array\"},"
	"\"hidden_columns\":{\"type\":\"integer\"}},\"required\":[\"schema\",\"name\",\"columns\"]}",
	start_describe_table,
};

const struct tools_def tools_def_find_relationships = {
	"find_relationships", "Find join paths",
	"Foreign keys of a table and the shortest join paths from it to other tables (up to 3 hops), "
	"with join conditions.",
	"{\"type\":\"object\",\"properties\":{\"table\":{\"type\":\"string\",\"minLength\":1},\"schema\":" NAME_SCHEMA "},"
	"\"required\":[\"table\"],\"additionalProperties\":false}",
	"{\"type\":\"object\",\"properties\":{\"table\":{\"type\":\"string\"},\"foreign_keys\":{\"type\":\"array\"},"
	"\"join_paths\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"to\":{\"type\":\"string\"},"
	"\"hops\":{\"type\":\"integer\"},\"path\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
	"\"on\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}},\"truncated\":{\"type\":\"boolean\"}},"
	"\"required\":[\"table\",\"foreign_keys\",\"join_paths\"]}",
	start_find_relationships,
};
