/* The query and explain tools: arguments checked, then the statement pipeline
 * (core/exec/stmt.c: the SQL guard, the pool, masks by result-column lineage, the cell and row
 * caps) with a sink that writes the result's JSON in one pass as the rows arrive, under the
 * result byte cap. Every cap, mask and denial is stated in the result. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/limits.h"
#include "db/values.h"
#include "exec/stmt.h"
#include "mcp/tools_impl.h"

struct query_state {
	struct stmt *stmt;
	char *sql;                        /* the statement to judge (explain: with its prefix) */
	size_t sql_len;
	int cursor_shift;                 /* bytes of the explain prefix, for error positions */
	int explain_tool, analyze;
	long max_rows;
	int max_rows_capped;
	char **params;
	int nparams;
	/* the result: structuredContent written as the rows arrive (one pass, no document) */
	struct values_out out;
	int ncols;
	const struct stmt_col *cols;      /* the pipeline's, valid while it runs */
	const char **masked_names;        /* "table.column" of masked columns */
	int nmasked;
	yyjson_mut_val *plan;             /* explain */
	struct tools_call *call;
	long rows;                        /* rows written */
	size_t result_cap;                /* MCPDB_RESULT_BYTES */
	size_t bytes;
	int truncated_bytes, nomem, bad_text;
};

static void
query_state_free(void *p)
{
	struct query_state *st = p;

	if (st == NULL)
		return;
	stmt_free(st->stmt);
	free(st->sql);
	for (int i = 0; i < st->nparams; i++)
		free(st->params[i]);
	free(st->params);
	values_out_free(&st->out);
	free(st->masked_names);
	free(st);
}

/* ---- rows ---- */

static void
add_key(struct values_out *o, const char *key_json)
{
	values_out_add(o, key_json, strlen(key_json));
}

/* Writes {"columns":[{"name","type"[,"masked"]}...],"rows":[ (cols NULL: no result set). */
static int
write_columns(struct query_state *st, const struct stmt_col *cols, int ncols)
{
	struct values_out *o = &st->out;

	st->ncols = ncols;
	st->cols = cols;
	if ((st->masked_names = calloc((size_t)ncols + 1, sizeof(*st->masked_names))) == NULL)
		return E_NOMEM;
	add_key(o, "{\"columns\":[");
	for (int c = 0; c < ncols; c++) {
		char with_mod[96];
		const char *tn = values_type_with_mod(cols[c].type, cols[c].typmod, cols[c].type_name, with_mod, sizeof(with_mod));

		add_key(o, c == 0 ? "{\"name\":" : ",{\"name\":");
		values_write_str(o, cols[c].name, strlen(cols[c].name));
		add_key(o, ",\"type\":");
		values_write_str(o, tn, strlen(tn));
		if (cols[c].masked != NULL) {
			st->masked_names[st->nmasked++] = cols[c].masked;
			add_key(o, ",\"masked\":true");
		}
		add_key(o, "}");
	}
	add_key(o, "],\"rows\":[");
	return o->err;
}

static int
sink_begin(void *arg, const struct stmt_col *cols, int ncols)
{
	struct query_state *st = arg;

	if (st->explain_tool)
		return 0;
	if (write_columns(st, cols, ncols) != 0) {
		st->nomem = 1;
		return E_NOMEM;
	}
	return 0;
}

/* After a failed append: the writer's ceiling cuts the result like the byte cap; memory and
 * text that is not UTF-8 fail the call. */
static int
row_failed(struct query_state *st, size_t mark, size_t bytes_before)
{
	struct values_out *o = &st->out;

	if (o->err == E_TOOBIG) {
		st->truncated_bytes = 1;
		o->err = 0;
		o->len = mark;
		st->bytes = bytes_before;
		return 1;
	}
	if (o->err == E_INVAL)
		st->bad_text = 1;
	else
		st->nomem = 1;
	return o->err;
}

/* One row into the output; st->bytes counts the cells against the result cap. */
static int
sink_row(void *arg, const struct stmt_cell *cells)
{
	struct query_state *st = arg;
	struct values_out *o = &st->out;
	size_t before = st->bytes, mark = o->len;

	if (st->explain_tool) {
		if (st->plan == NULL && !cells[0].is_null &&
		    values_to_json(st->call->doc, VALUES_JSONOID, cells[0].data, cells[0].len, &st->plan) != 0) {
			st->nomem = 1;
			return E_NOMEM;
		}
		return 0;
	}
	values_out_add(o, st->rows > 0 ? ",[" : "[", st->rows > 0 ? 2 : 1);
	for (int c = 0; c < st->ncols; c++) {
		const struct stmt_cell *cell = &cells[c];

		if (c > 0)
			values_out_add(o, ",", 1);
		if (cell->is_null)
			values_out_add(o, "null", 4);
		else if (cell->as_text)
			values_write_str(o, cell->data, cell->len);
		else
			values_write(o, st->cols[c].type, cell->data, cell->len);
		st->bytes += cell->len + 4; /* separators, quotes */
	}
	values_out_add(o, "]", 1);
	if (o->err != 0)
		return row_failed(st, mark, before);
	if (st->bytes > st->result_cap) {
		/* This row would pass the byte cap: it is not returned. */
		st->bytes = before;
		o->len = mark;
		st->truncated_bytes = 1;
		return 1;
	}
	st->rows++;
	return 0;
}

/* "2 MiB" (as the default cap was always named), or "1500000 bytes". */
static const char *
size_text(size_t n, char *buf, size_t len)
{
	if (n % (1u << 20) == 0)
		snprintf(buf, len, "%zu MiB", n >> 20);
	else
		snprintf(buf, len, "%zu bytes", n);
	return buf;
}

static void
add_note(struct values_out *o, int *n, const char *text)
{
	add_key(o, *n == 0 ? ",\"notes\":[" : ",");
	values_write_str(o, text, strlen(text));
	(*n)++;
}

static void
explain_finish(struct tools_call *call, long elapsed)
{
	struct query_state *st = call->state;
	yyjson_mut_doc *d = call->doc;
	yyjson_mut_val *o;

	if (st->plan == NULL) {
		tools_fail(call, "internal", NULL, "the database returned no plan");
		return;
	}
	if ((o = yyjson_mut_obj(d)) == NULL || !yyjson_mut_obj_add_val(d, o, "plan", st->plan) ||
	    !yyjson_mut_obj_add_bool(d, o, "analyze", st->analyze) || !yyjson_mut_obj_add_int(d, o, "elapsed_ms", elapsed)) {
		tools_fail(call, "result_too_large", NULL, "the result could not be built within memory limits; select fewer rows or columns");
		return;
	}
	tools_ok(call, o);
}

/* The end of the result: counts, caps, masks and notes, after the rows. */
static void
query_finish(struct tools_call *call, const struct stmt_outcome *so, long elapsed)
{
	struct query_state *st = call->state;
	struct values_out *o = &st->out;
	int truncated = so->truncated || st->truncated_bytes;
	char note[300], size[32];
	int notes = 0;
	char *json;
	size_t len;

	if (!so->began && write_columns(st, NULL, 0) != 0)
		goto nomem;
	call->audit_rows = so->rows;
	call->audit_truncated = truncated;
	snprintf(note, sizeof(note), "],\"row_count\":%ld,\"truncated\":%s,\"elapsed_ms\":%ld", so->rows,
	    truncated ? "true" : "false", elapsed);
	add_key(o, note);
	if (st->nmasked > 0) {
		add_key(o, ",\"masked_columns\":[");
		for (int i = 0; i < st->nmasked; i++) {
			if (i > 0)
				add_key(o, ",");
			values_write_str(o, st->masked_names[i], strlen(st->masked_names[i]));
		}
		add_key(o, "]");
	}
	if (truncated || so->cells_cut > 0) {
		snprintf(note, sizeof(note), ",\"limits\":{\"max_rows\":%ld,\"max_result_bytes\":%u,\"max_cell_bytes\":%u,\"cut_by\":\"%s\"}",
		    st->max_rows, (unsigned)st->result_cap, LIMIT_CELL_BYTES,
		    st->truncated_bytes ? "bytes" : so->truncated ? "rows" : "cells");
		add_key(o, note);
	}
	if (so->truncated) {
		snprintf(note, sizeof(note), "more rows exist: only the first %ld are returned (max_rows); aggregate, filter or page with ORDER BY ... LIMIT/OFFSET",
		    st->max_rows);
		add_note(o, &notes, note);
	}
	if (st->truncated_bytes) {
		snprintf(note, sizeof(note), "result cut at %ld rows: it reached the %s result size cap; select fewer or narrower columns",
		    so->rows, size_text(st->result_cap, size, sizeof(size)));
		add_note(o, &notes, note);
	}
	if (so->cells_cut > 0) {
		snprintf(note, sizeof(note), "%ld values longer than %u KiB were cut to that length (returned as text); use substr() or length() to inspect them",
		    so->cells_cut, LIMIT_CELL_BYTES >> 10);
		add_note(o, &notes, note);
	}
	if (st->max_rows_capped) {
		snprintf(note, sizeof(note), "max_rows was lowered to %ld, the configured ceiling", st->max_rows);
		add_note(o, &notes, note);
	}
	if (st->nmasked > 0)
		add_note(o, &notes, "some columns are masked by the policy (marked masked in columns); their values are not the stored ones");
	if (so->mask_failed)
		add_note(o, &notes, "some masked values could not be computed and are shown as null");
	add_key(o, notes > 0 ? "]}" : "}");
	if (o->err != 0)
		goto nomem;
	json = o->data;
	len = o->len;
	o->data = NULL;
	o->len = o->cap = 0;
	tools_ok_json(call, json, len);
	return;
nomem:
	tools_fail(call, "result_too_large", NULL, "the result could not be built within memory limits; select fewer rows or columns");
}

/* The guard said no: the reason, with the position in the SQL as the caller wrote it. */
static void
fail_rejected(struct tools_call *call, const struct sqlg_result *g)
{
	struct query_state *st = call->state;
	yyjson_mut_val *extra = yyjson_mut_obj(call->doc);

	if (extra != NULL) {
		yyjson_mut_obj_add_bool(call->doc, extra, "denied", true);
		if (g->cursor > st->cursor_shift)
			yyjson_mut_obj_add_int(call->doc, extra, "position", g->cursor - st->cursor_shift);
	}
	tools_fail(call, g->code != NULL ? g->code : "denied", extra, "%s",
	    g->reason != NULL ? g->reason : "the statement was rejected by the SQL guard");
}

static void
on_stmt_done(void *arg, const struct stmt_outcome *so)
{
	struct tools_call *call = arg;
	struct query_state *st = call->state;
	const struct sqlg_result *g = stmt_guard_result(st->stmt);
	long elapsed = (long)(loop_now_ms() - call->started_ms);

	call->audit_fingerprint = g->fingerprint;
	if (g->allowed) {
		call->audit_masked = (const char *const *)g->masked.items;
		call->audit_nmasked = g->masked.n;
		call->executed_sql = g->rewritten;
	}
	switch (so->stage) {
	case STMT_UNREACHABLE:
		tools_fail(call, "database_unavailable", NULL, "%s", so->message);
		return;
	case STMT_REJECTED:
		fail_rejected(call, g);
		return;
	case STMT_GUARD_ERROR:
		tools_fail(call, "guard_error", NULL, "the statement could not be checked (%s); it was not run", err_str(so->rc));
		return;
	case STMT_DB_ERROR:
		tools_fail_db(call, so->rc, so->message, so->err);
		return;
	case STMT_SINK_ERROR:
		if (st->bad_text)
			tools_fail(call, "invalid_text", NULL, "the database returned text that is not valid UTF-8 (a SQL_ASCII database?), which JSON cannot carry; convert it in the query (convert_to, encode) or select other columns");
		else if (so->rc == E_TOOBIG && !st->nomem)
			tools_fail(call, "busy", NULL, "too many calls are waiting for a database connection; retry in a moment");
		else
			tools_fail(call, "result_too_large", NULL, "the result could not be built within memory limits; select fewer rows or columns");
		return;
	case STMT_DONE:
		break;
	}
	if (st->explain_tool)
		explain_finish(call, elapsed);
	else
		query_finish(call, so, elapsed);
}

/* ---- arguments ---- */

/* params: scalars as text (strings as they are, numbers and booleans as JSON writes them),
 * null as SQL NULL, arrays and objects as JSON text. */
static int
read_params(yyjson_val *arr, struct query_state *st, char *msg, size_t len)
{
	size_t n = yyjson_arr_size(arr), i, max;
	yyjson_val *v;

	if (!yyjson_is_arr(arr)) {
		snprintf(msg, len, "'params' must be an array of values for $1, $2, ...");
		return E_INVAL;
	}
	if (n > LIMIT_QUERY_PARAMS) {
		snprintf(msg, len, "'params' has %zu values; at most %d are accepted", n, LIMIT_QUERY_PARAMS);
		return E_INVAL;
	}
	if (n == 0)
		return 0;
	if ((st->params = calloc(n, sizeof(char *))) == NULL)
		return E_NOMEM;
	st->nparams = (int)n;
	yyjson_arr_foreach(arr, i, max, v) {
		if (yyjson_is_null(v))
			continue;
		if (yyjson_is_str(v)) {
			if (memchr(yyjson_get_str(v), '\0', yyjson_get_len(v)) != NULL) {
				snprintf(msg, len, "params[%zu] contains a NUL character, which PostgreSQL text cannot hold", i);
				return E_INVAL;
			}
			st->params[i] = strndup(yyjson_get_str(v), yyjson_get_len(v));
		} else if (yyjson_is_bool(v)) {
			st->params[i] = strdup(yyjson_get_bool(v) ? "true" : "false");
		} else {
			st->params[i] = yyjson_val_write(v, 0, NULL);
		}
		if (st->params[i] == NULL)
			return E_NOMEM;
	}
	return 0;
}

static long
effective_max_rows(const struct tools_call *call, long asked, int *capped)
{
	long ceiling = call->t->cfg->max_rows > 0 ? call->t->cfg->max_rows : LIMIT_DEFAULT_MAX_ROWS;

	if (call->policy != NULL && call->policy->max_rows_per_query > 0 && call->policy->max_rows_per_query < ceiling)
		ceiling = call->policy->max_rows_per_query;
	*capped = 0;
	if (asked <= 0)
		return ceiling;
	if (asked > ceiling) {
		*capped = 1;
		return ceiling;
	}
	return asked;
}

/* Starts the pipeline; the call completes in on_stmt_done (maybe before this returns). */
static void
run_statement(struct tools_call *call, struct query_state *st)
{
	struct stmt_options o = {
		.pgx = call->t->pgx,
		.policy = call->policy,
		.max_rows = st->max_rows,
		.allow_explain_analyze = st->analyze,
		.want_fingerprint = call->t->audit != NULL,  /* only the audit line uses it */
		.whole_cells = st->explain_tool,             /* the plan is never cut */
		.nparams = st->nparams,
		.params = (const char *const *)st->params,
	};
	struct stmt_sink sink = {sink_begin, sink_row, st};

	st->call = call;
	tools_progress_start(call);
	if (stmt_start(st->sql, st->sql_len, &o, &sink, on_stmt_done, call, &st->stmt) != 0)
		tools_fail(call, "internal", NULL, "out of memory");
}

static struct query_state *
query_state_new(struct tools_call *call)
{
	struct query_state *st = calloc(1, sizeof(*st));

	if (st != NULL) {
		st->result_cap = call->t->cfg->result_bytes > 0 ? call->t->cfg->result_bytes : LIMIT_RESULT_BYTES;
		values_out_init(&st->out, LIMIT_RESULT_JSON_BYTES(st->result_cap));
		call->state = st;
		call->state_free = query_state_free;
	}
	return st;
}

/* The common start of query and explain: the call's state, the allowed arguments, and `sql`
 * (recorded for the audit, capped at LIMIT_SQL_BYTES). Returns the state, or NULL after
 * failing the call with what to fix. */
static struct query_state *
begin_statement_tool(struct tools_call *call, yyjson_val *args, const char *const *allowed,
    const char **sql, size_t *len)
{
	struct query_state *st = query_state_new(call);
	yyjson_val *v = args != NULL ? yyjson_obj_get(args, "sql") : NULL;
	char msg[300];

	if (st == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return NULL;
	}
	if (tools_args_check(args, allowed, msg, sizeof(msg)) != 0) {
		tools_fail(call, "invalid_arguments", NULL, "%s", msg);
		return NULL;
	}
	if (v == NULL || !yyjson_is_str(v) || yyjson_get_len(v) == 0) {
		tools_fail(call, "invalid_arguments", NULL, "'sql' is required: one SQL statement as a string");
		return NULL;
	}
	*sql = yyjson_get_str(v);
	*len = yyjson_get_len(v);
	/* The audit line records the SQL as received (up to the cap). */
	call->audit_sql_len = *len < LIMIT_SQL_BYTES ? *len : LIMIT_SQL_BYTES;
	if ((call->audit_sql = malloc(call->audit_sql_len + 1)) != NULL) {
		memcpy(call->audit_sql, *sql, call->audit_sql_len);
		call->audit_sql[call->audit_sql_len] = '\0';
	}
	if (*len > LIMIT_SQL_BYTES) {
		tools_fail(call, "too_large", NULL, "'sql' is %zu bytes; at most %u are accepted", *len, LIMIT_SQL_BYTES);
		return NULL;
	}
	return st;
}

static void
start_query(struct tools_call *call, yyjson_val *args)
{
	static const char *const allowed[] = {"sql", "params", "max_rows", NULL};
	struct query_state *st;
	yyjson_val *v;
	const char *sql;
	size_t len;
	long asked = 0;
	char msg[300];

	if ((st = begin_statement_tool(call, args, allowed, &sql, &len)) == NULL)
		return;
	if ((v = yyjson_obj_get(args, "max_rows")) != NULL) {
		if (!yyjson_is_int(v) || yyjson_get_sint(v) < 1 || yyjson_get_sint(v) > LIMIT_MAX_ROWS_CEILING) {
			tools_fail(call, "invalid_arguments", NULL, "'max_rows' must be a whole number from 1 to %d", LIMIT_MAX_ROWS_CEILING);
			return;
		}
		asked = (long)yyjson_get_sint(v);
	}
	if ((v = yyjson_obj_get(args, "params")) != NULL && !yyjson_is_null(v)) {
		int r = read_params(v, st, msg, sizeof(msg));
		if (r != 0) {
			tools_fail(call, r == E_NOMEM ? "internal" : "invalid_arguments", NULL, "%s", r == E_NOMEM ? "out of memory" : msg);
			return;
		}
	}
	st->max_rows = effective_max_rows(call, asked, &st->max_rows_capped);
	if ((st->sql = strndup(sql, len)) == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return;
	}
	st->sql_len = len;
	run_statement(call, st);
}

static void
start_explain(struct tools_call *call, yyjson_val *args)
{
	static const char *const allowed[] = {"sql", "analyze", NULL};
	static const char prefix_plain[] = "EXPLAIN (FORMAT JSON) ";
	static const char prefix_analyze[] = "EXPLAIN (FORMAT JSON, ANALYZE) ";
	struct query_state *st;
	yyjson_val *v;
	const char *sql, *prefix, *p;
	size_t len, plen;
	char *full;
	int capped;

	if ((st = begin_statement_tool(call, args, allowed, &sql, &len)) == NULL)
		return;
	if ((v = yyjson_obj_get(args, "analyze")) != NULL && !yyjson_is_null(v)) {
		if (!yyjson_is_bool(v)) {
			tools_fail(call, "invalid_arguments", NULL, "'analyze' must be true or false");
			return;
		}
		st->analyze = yyjson_get_bool(v);
	}
	for (p = sql; p < sql + len && isspace((unsigned char)*p); p++)
		;
	if ((size_t)(sql + len - p) >= 7 && strncasecmp(p, "explain", 7) == 0) {
		tools_fail(call, "invalid_arguments", NULL, "pass the statement without EXPLAIN; set analyze to true for EXPLAIN ANALYZE");
		return;
	}
	if (st->analyze && (call->policy == NULL || !call->policy->allow_explain_analyze)) {
		tools_fail(call, "explain_analyze_denied", NULL, "EXPLAIN ANALYZE executes the statement and is not allowed by the policy (allow_explain_analyze); call explain without analyze");
		return;
	}
	st->explain_tool = 1;
	st->max_rows = effective_max_rows(call, 0, &capped);
	prefix = st->analyze ? prefix_analyze : prefix_plain;
	plen = strlen(prefix);
	if ((full = malloc(plen + len + 1)) == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return;
	}
	memcpy(full, prefix, plen);
	memcpy(full + plen, sql, len);
	full[plen + len] = '\0';
	st->sql = full;
	st->sql_len = plen + len;
	st->cursor_shift = (int)plen;
	run_statement(call, st);
}

#define SQL_ARG "{\"type\":\"string\",\"minLength\":1,\"maxLength\":65536}"

const struct tools_def tools_def_query = {
	"query", "Run a read-only query",
	"Run one read-only SQL statement (SELECT, WITH, VALUES, SHOW) in a read-only transaction. "
	"Use $1, $2... with params. Returns columns, rows as arrays, row_count, truncated; rows are "
	"capped at max_rows (default and ceiling MAX_ROWS).",
	"{\"type\":\"object\",\"properties\":{\"sql\":" SQL_ARG ",\"params\":{\"type\":\"array\","
	"\"items\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\"]},\"maxItems\":256},"
	"\"max_rows\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"sql\"],\"additionalProperties\":false}",
	"{\"type\":\"object\",\"properties\":{\"columns\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
	"\"properties\":{\"name\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"},\"masked\":{\"type\":\"boolean\"}},"
	"\"required\":[\"name\",\"type\"]}},\"rows\":{\"type\":\"array\",\"items\":{\"type\":\"array\"}},"
	"\"row_count\":{\"type\":\"integer\"},\"truncated\":{\"type\":\"boolean\"},\"elapsed_ms\":{\"type\":\"integer\"},"
	"\"notes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"limits\":{\"type\":\"object\"},"
	"\"masked_columns\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
	"\"required\":[\"columns\",\"rows\",\"row_count\",\"truncated\",\"elapsed_ms\"]}",
	start_query,
};

const struct tools_def tools_def_explain = {
	"explain", "Explain a query",
	"The PostgreSQL plan (EXPLAIN FORMAT JSON) of one read-only statement, given without EXPLAIN. "
	"analyze runs it for real timings, only if the policy allows.",
	"{\"type\":\"object\",\"properties\":{\"sql\":" SQL_ARG ",\"analyze\":{\"type\":\"boolean\",\"default\":false}},"
	"\"required\":[\"sql\"],\"additionalProperties\":false}",
	"{\"type\":\"object\",\"properties\":{\"plan\":{},\"analyze\":{\"type\":\"boolean\"},"
	"\"elapsed_ms\":{\"type\":\"integer\"}},\"required\":[\"plan\",\"analyze\",\"elapsed_ms\"]}",
	start_explain,
};
