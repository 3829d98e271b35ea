/* The query and explain tools: arguments checked, the statement judged and rewritten by the
 * SQL guard (nothing reaches the database otherwise), run through the pool, and the result
 * streamed into typed JSON under the row, byte and cell caps, with masked columns replaced
 * by the policy's maskers (found by result-column lineage, PQftable/PQftablecol, so an alias
 * cannot escape a mask). Every cap, mask and denial is stated in the result. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/limits.h"
#include "gov/mask.h"
#include "db/mask_lineage.h"
#include "guard/sqlguard.h"
#include "mcp/tools_impl.h"
#include "db/values.h"

struct query_state {
	struct sqlg_result guard;
	char *sql;                        /* the statement to judge (explain: with its prefix) */
	size_t sql_len;
	int cursor_shift;                 /* bytes of the explain prefix, for error positions */
	int explain_tool, analyze;
	long max_rows;
	int max_rows_capped;
	char **params;
	int nparams;
	struct mask_lineage lineage;      /* which result columns to mask */
	int lookup_stmt;                  /* 1 when statement 0 is the mask lookup */
	/* the result: structuredContent written as the rows arrive (one pass, no document) */
	struct values_out out;
	int began;                        /* out holds {"columns":[...],"rows":[ */
	int ncols;
	const struct policy_column **colmask;
	Oid *types;
	const char **masked_names;        /* "table.column" of masked columns (in lineage) */
	int nmasked;
	yyjson_mut_val *plan;             /* explain */
	long row_count, cells_cut;
	size_t bytes;
	int truncated_rows, truncated_bytes, nomem, bad_text, mask_failed;
};

static void
query_state_free(void *p)
{
	struct query_state *st = p;

	if (st == NULL)
		return;
	sqlg_result_free(&st->guard);
	free(st->sql);
	for (int i = 0; i < st->nparams; i++)
		free(st->params[i]);
	free(st->params);
	mask_lineage_free(&st->lineage);
	values_out_free(&st->out);
	free(st->colmask);
	free(st->types);
	free(st->masked_names);
	free(st);
}

/* ---- rows ---- */

static void
add_key(struct values_out *o, const char *key_json)
{
	values_out_add(o, key_json, strlen(key_json));
}

/* Writes {"columns":[{"name","type"[,"masked"]}...],"rows":[ and the per-column state. */
static int
setup_columns(struct tools_call *call, struct query_state *st, const PGresult *res)
{
	struct values_out *o = &st->out;

	st->began = 1;
	st->ncols = res != NULL ? PQnfields(res) : 0;
	if ((st->colmask = calloc((size_t)st->ncols + 1, sizeof(*st->colmask))) == NULL ||
	    (st->types = calloc((size_t)st->ncols + 1, sizeof(*st->types))) == NULL ||
	    (st->masked_names = calloc((size_t)st->ncols + 1, sizeof(*st->masked_names))) == NULL)
		return E_NOMEM;
	add_key(o, "{\"columns\":[");
	for (int c = 0; c < st->ncols; c++) {
		const char *tn = pgx_type_name(call->t->pgx, PQftype(res, c));
		const struct mask_col *m = mask_lineage_find(&st->lineage, PQftable(res, c), PQftablecol(res, c));
		const char *name = PQfname(res, c);
		char unknown[32], with_mod[96];

		st->types[c] = PQftype(res, c);
		if (tn == NULL) {
			snprintf(unknown, sizeof(unknown), "oid %u", PQftype(res, c));
			tn = unknown;
		} else {
			tn = values_type_with_mod(PQftype(res, c), PQfmod(res, c), tn, with_mod, sizeof(with_mod));
		}
		add_key(o, c == 0 ? "{\"name\":" : ",{\"name\":");
		values_write_str(o, name, strlen(name));
		add_key(o, ",\"type\":");
		values_write_str(o, tn, strlen(tn));
		if (m != NULL) {
			st->colmask[c] = m->rule;
			st->masked_names[st->nmasked++] = m->name;
			add_key(o, ",\"masked\":true");
		}
		add_key(o, "}");
	}
	add_key(o, "],\"rows\":[");
	return o->err;
}

/* One cell into the output; st->bytes counts it against LIMIT_RESULT_BYTES as before. */
static void
write_cell(struct tools_call *call, struct query_state *st, const PGresult *res, int r, int c)
{
	struct values_out *o = &st->out;
	const char *text = PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
	size_t len = text != NULL ? (size_t)PQgetlength(res, r, c) : 0;

	if (st->colmask[c] != NULL) {
		char *out = NULL;
		size_t outlen = 0;

		if (mask_apply(call->policy, st->colmask[c], text, len, text == NULL, &out, &outlen) != 0) {
			/* Never show the unmasked value: the cell becomes null and the result says so. */
			st->mask_failed = 1;
			values_out_add(o, "null", 4);
		} else {
			if (out != NULL)
				values_write_str(o, out, outlen);
			else
				values_out_add(o, "null", 4);
			st->bytes += outlen;
			free(out);
		}
	} else if (text != NULL && len > LIMIT_CELL_BYTES) {
		size_t n = values_utf8_cut(text, len, LIMIT_CELL_BYTES);

		values_write_str(o, text, n);
		st->cells_cut++;
		st->bytes += n;
	} else {
		values_write(o, st->types[c], text, len);
		st->bytes += len;
	}
	st->bytes += 4; /* separators, quotes */
}

/* After a failed append: the writer's ceiling cuts the result like the byte cap; memory and
 * text that is not UTF-8 fail the call. Returns 1 (stop the rows). */
static int
row_failed(struct query_state *st, size_t mark, size_t bytes_before)
{
	struct values_out *o = &st->out;

	if (o->err == E_TOOBIG) {
		st->truncated_bytes = 1;
		o->err = 0;
		o->len = mark;
		st->bytes = bytes_before;
	} else if (o->err == E_INVAL) {
		st->bad_text = 1;
	} else {
		st->nomem = 1;
	}
	return 1;
}

static int
query_rows(struct tools_call *call, int stmt, const PGresult *res)
{
	struct query_state *st = call->state;
	struct values_out *o = &st->out;

	if (stmt < st->lookup_stmt) {
		if (mask_lineage_load(&st->lineage, call->policy, res) != 0)
			st->nomem = 1;
		return 0;
	}
	if (st->explain_tool) {
		if (st->plan == NULL && PQntuples(res) > 0 && !PQgetisnull(res, 0, 0) &&
		    values_to_json(call->doc, VALUES_JSONOID, PQgetvalue(res, 0, 0), (size_t)PQgetlength(res, 0, 0), &st->plan) != 0)
			st->nomem = 1;
		return 0;
	}
	if (!st->began && setup_columns(call, st, res) != 0) {
		st->nomem = 1;
		return 1;
	}
	for (int r = 0; r < PQntuples(res); r++) {
		size_t before = st->bytes, mark = o->len;

		if (st->row_count >= st->max_rows) {
			st->truncated_rows = 1;
			return 1;
		}
		values_out_add(o, st->row_count > 0 ? ",[" : "[", st->row_count > 0 ? 2 : 1);
		for (int c = 0; c < st->ncols; c++) {
			if (c > 0)
				values_out_add(o, ",", 1);
			write_cell(call, st, res, r, c);
		}
		values_out_add(o, "]", 1);
		if (o->err != 0)
			return row_failed(st, mark, before);
		if (st->bytes > LIMIT_RESULT_BYTES) {
			/* This row would pass the byte cap: it is not returned. */
			st->bytes = before;
			o->len = mark;
			st->truncated_bytes = 1;
			return 1;
		}
		st->row_count++;
	}
	return 0;
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

static void
query_finish(struct tools_call *call, int rc, const char *msg, const PGresult *err)
{
	struct query_state *st = call->state;
	struct values_out *o = &st->out;
	char note[300];
	long elapsed = (long)(loop_now_ms() - call->started_ms);
	int notes = 0;
	char *json;
	size_t len;

	if (rc != 0) {
		tools_fail_db(call, rc, msg, err);
		return;
	}
	if (st->nomem)
		goto nomem;
	if (st->bad_text) {
		tools_fail(call, "invalid_text", NULL, "the database returned text that is not valid UTF-8 (a SQL_ASCII database?), which JSON cannot carry; convert it in the query, e.g. encode(convert_to(col, 'LATIN1'), 'escape'), or select other columns");
		return;
	}
	if (st->explain_tool) {
		explain_finish(call, elapsed);
		return;
	}
	if (!st->began && setup_columns(call, st, NULL) != 0)
		goto nomem;
	call->audit_rows = st->row_count;
	call->audit_truncated = st->truncated_rows || st->truncated_bytes;
	snprintf(note, sizeof(note), "],\"row_count\":%ld,\"truncated\":%s,\"elapsed_ms\":%ld", st->row_count,
	    st->truncated_rows || st->truncated_bytes ? "true" : "false", elapsed);
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
	if (st->truncated_rows || st->truncated_bytes || st->cells_cut > 0) {
		snprintf(note, sizeof(note), ",\"limits\":{\"max_rows\":%ld,\"max_result_bytes\":%u,\"max_cell_bytes\":%u,\"cut_by\":\"%s\"}",
		    st->max_rows, LIMIT_RESULT_BYTES, LIMIT_CELL_BYTES,
		    st->truncated_bytes ? "bytes" : st->truncated_rows ? "rows" : "cells");
		add_key(o, note);
	}
	if (st->truncated_rows) {
		snprintf(note, sizeof(note), "more rows exist: only the first %ld are returned (max_rows); aggregate, filter or page with ORDER BY ... LIMIT/OFFSET",
		    st->max_rows);
		add_note(o, &notes, note);
	}
	if (st->truncated_bytes) {
		snprintf(note, sizeof(note), "result cut at %ld rows: it reached the %u MiB result size cap; select fewer or narrower columns",
		    st->row_count, LIMIT_RESULT_BYTES >> 20);
		add_note(o, &notes, note);
	}
	if (st->cells_cut > 0) {
		snprintf(note, sizeof(note), "%ld values longer than %u KiB were cut to that length (returned as text); use substr() or length() to inspect them",
		    st->cells_cut, LIMIT_CELL_BYTES >> 10);
		add_note(o, &notes, note);
	}
	if (st->max_rows_capped) {
		snprintf(note, sizeof(note), "max_rows was lowered to %ld, the configured ceiling", st->max_rows);
		add_note(o, &notes, note);
	}
	if (st->nmasked > 0)
		add_note(o, &notes, "some columns are masked by the policy (marked masked in columns); their values are not the stored ones");
	if (st->mask_failed)
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

/* Runs the guard; on a rejection completes the call and returns E_DENIED. */
static int
guard(struct tools_call *call, struct query_state *st, const char *sql, size_t len, int analyze, int cursor_shift)
{
	struct sqlg_options opt = {
		.max_rows = st->max_rows,
		.allow_explain_analyze = analyze,
		.policy = call->policy,
		.resolve = pgx_resolve,
		.resolve_relation = pgx_resolve_relation,
		.resolve_ctx = call->t->pgx,
		.search_path = pgx_search_path(call->t->pgx),
		.pinned_search_path = 1,   /* pgx pins it for every guarded statement */
		.want_fingerprint = call->t->audit != NULL,  /* only the audit line uses it */
	};
	yyjson_mut_val *extra;
	int r = sqlg_check(sql, len, &opt, &st->guard);

	call->audit_fingerprint = st->guard.fingerprint;
	if (r == 0 && st->guard.allowed && st->guard.rewritten != NULL) {
		call->audit_masked = (const char *const *)st->guard.masked.items;
		call->audit_nmasked = st->guard.masked.n;
		return 0;
	}
	if (r != 0) {
		tools_fail(call, "guard_error", NULL, "the statement could not be checked (%s); it was not run", err_str(r));
		return E_DENIED;
	}
	extra = yyjson_mut_obj(call->doc);
	if (extra != NULL) {
		yyjson_mut_obj_add_bool(call->doc, extra, "denied", true);
		if (st->guard.cursor > cursor_shift)
			yyjson_mut_obj_add_int(call->doc, extra, "position", st->guard.cursor - cursor_shift);
	}
	tools_fail(call, st->guard.code != NULL ? st->guard.code : "denied", extra, "%s",
	    st->guard.reason != NULL ? st->guard.reason : "the statement was rejected by the SQL guard");
	return E_DENIED;
}

static void run_guarded(struct tools_call *call, struct query_state *st);

/* The guard resolves user functions from the pool's catalog cache: judge the statement once
 * the cache has been loaded (at once, normally), or report that the database is unreachable. */
static void
on_ready(void *arg, int rc, const char *msg)
{
	struct tools_call *call = arg;
	struct query_state *st = call->state;

	call->waiting = 0;
	if (rc != 0) {
		tools_fail(call, "database_unavailable", NULL, "%s", msg != NULL ? msg : "the database is unreachable");
		return;
	}
	if (guard(call, st, st->sql, st->sql_len, st->analyze, st->cursor_shift) != 0)
		return;
	run_guarded(call, st);
}

static void
wait_then_guard(struct tools_call *call)
{
	call->waiter.fn = on_ready;
	call->waiter.arg = call;
	call->waiting = 1;
	pgx_wait_ready(call->t->pgx, &call->waiter);
}

static struct query_state *
query_state_new(struct tools_call *call)
{
	struct query_state *st = calloc(1, sizeof(*st));

	if (st != NULL) {
		values_out_init(&st->out, LIMIT_RESULT_JSON_BYTES);
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

/* Submits [mask lookup,] the guarded statement. */
static void
run_guarded(struct tools_call *call, struct query_state *st)
{
	struct pgx_query q = {0};
	int r = mask_lineage_init(&st->lineage, call->policy, &q.stmts[0]);

	if (r < 0) {
		tools_fail(call, "internal", NULL, "out of memory");
		return;
	}
	st->lookup_stmt = r;
	q.stmts[st->lookup_stmt] = (struct pgx_stmt){st->guard.rewritten, st->nparams, (const char *const *)st->params};
	call->executed_sql = st->guard.rewritten;
	q.nstmts = st->lookup_stmt + 1;
	q.recheck = (const char *const *)st->guard.user_functions.items;
	q.nrecheck = (int)st->guard.user_functions.n;
	call->rows = query_rows;
	call->finish = query_finish;
	tools_run(call, &q);
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
	wait_then_guard(call);
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
	wait_then_guard(call);
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
