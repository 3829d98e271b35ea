/* The tool runtime (core/mcp/tools.h): the registry of the six tools and their tools/list
 * definitions, the life of one call (start, database request, progress, cancel, exactly one
 * completion), and the result builders shared by the tools (structuredContent plus the same
 * JSON as text; isError results that say what to fix). The tools themselves are in
 * tools_catalog.c and tools_query.c. */
#include "mcp/tools_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gov/audit.h"
#include "base/limits.h"
#include "base/log.h"
#include "gov/ratelimit.h"
#include "db/values.h"

/* Progress notifications while a call runs (only when the client asked for them). */
#define TOOLS_PROGRESS_INTERVAL_MS 1000
/* How often the audit log is given a chance to fdatasync (audit_tick). */
#define TOOLS_AUDIT_TICK_MS 1000

static const struct tools_def *const tool_defs[] = {
	&tools_def_list_schemas, &tools_def_list_tables, &tools_def_describe_table,
	&tools_def_query, &tools_def_explain, &tools_def_find_relationships,
};

#define NTOOLS (sizeof(tool_defs) / sizeof(tool_defs[0]))

static void
on_audit_tick(struct loop *l, void *arg)
{
	struct tools *t = arg;

	audit_tick(t->audit, loop_now_ms());
	t->audit_timer = loop_timer_add(l, loop_now_ms() + TOOLS_AUDIT_TICK_MS, on_audit_tick, t);
	if (t->audit_timer == NULL) /* records still reach the file; only the interval sync stops */
		log_error("audit: no timer for the interval sync; records are written but fsync waits for the next write");
}

int
tools_new(struct loop *l, const struct config *c, const struct policy *p, struct tools **out)
{
	struct tools *t;
	struct audit_options ao = {AUDIT_SYNC_INTERVAL, 0, 0};
	char err[ERR_MSG_BYTES];
	int r;

	*out = NULL;
	if ((t = calloc(1, sizeof(*t))) == NULL)
		return E_NOMEM;
	t->loop = l;
	t->cfg = c;
	t->policy = p;
	if (c->audit_log_path != NULL) {
		if ((r = audit_open(c->audit_log_path, &ao, &t->audit, err, sizeof(err))) != 0) {
			log_error("MCPDB_AUDIT_LOG: %s", err);
			free(t);
			return r == E_NOMEM ? r : E_CONFIG;
		}
		t->audit_timer = loop_timer_add(l, loop_now_ms() + TOOLS_AUDIT_TICK_MS, on_audit_tick, t);
		if (t->audit_timer == NULL) {
			audit_close(t->audit);
			free(t);
			return E_NOMEM;
		}
	}
	if ((r = ratelimit_new(p != NULL ? p->max_queries_per_minute : 0, p != NULL ? p->max_concurrent_queries : 0,
	    &t->rl)) != 0 || (r = pgx_new(l, c, &t->pgx)) != 0) {
		tools_free(t);
		return r == E_INVAL ? E_CONFIG : r;
	}
	pgx_warn_writable_role(t->pgx);
	*out = t;
	return 0;
}

static void call_free(struct tools_call *call);

void
tools_free(struct tools *t)
{
	if (t == NULL)
		return;
	while (t->calls != NULL)
		call_free(t->calls);    /* their pool requests go with pgx_free, without callbacks */
	pgx_free(t->pgx);
	if (t->audit_timer != NULL)
		loop_timer_cancel(t->loop, t->audit_timer);
	audit_close(t->audit);
	ratelimit_free(t->rl);
	free(t);
}

void
tools_set_policy(struct tools *t, const struct policy *p)
{
	t->policy = p;
	ratelimit_set(t->rl, p != NULL ? p->max_queries_per_minute : 0, p != NULL ? p->max_concurrent_queries : 0);
}

static yyjson_mut_val *
parse_into(yyjson_mut_doc *doc, const char *json)
{
	yyjson_doc *d = yyjson_read(json, strlen(json), 0);
	yyjson_mut_val *v;

	if (d == NULL)
		return NULL;
	v = yyjson_val_mut_copy(doc, yyjson_doc_get_root(d));
	yyjson_doc_free(d);
	return v;
}

yyjson_mut_val *
tools_list(struct tools *t, yyjson_mut_doc *doc)
{
	yyjson_mut_val *arr = yyjson_mut_arr(doc);

	(void)t;
	if (arr == NULL)
		return NULL;
	for (size_t i = 0; i < NTOOLS; i++) {
		const struct tools_def *d = tool_defs[i];
		yyjson_mut_val *o = yyjson_mut_obj(doc), *ann = yyjson_mut_obj(doc);
		yyjson_mut_val *in = parse_into(doc, d->input_schema), *outs = parse_into(doc, d->output_schema);

		if (o == NULL || ann == NULL || in == NULL || outs == NULL)
			return NULL;
		if (!yyjson_mut_obj_add_str(doc, o, "name", d->name) ||
		    !yyjson_mut_obj_add_str(doc, o, "title", d->title) ||
		    !yyjson_mut_obj_add_str(doc, o, "description", d->description) ||
		    !yyjson_mut_obj_add_val(doc, o, "inputSchema", in) ||
		    !yyjson_mut_obj_add_val(doc, o, "outputSchema", outs) ||
		    !yyjson_mut_obj_add_str(doc, ann, "title", d->title) ||
		    !yyjson_mut_obj_add_bool(doc, ann, "readOnlyHint", true) ||
		    !yyjson_mut_obj_add_bool(doc, ann, "destructiveHint", false) ||
		    !yyjson_mut_obj_add_bool(doc, ann, "idempotentHint", true) ||
		    !yyjson_mut_obj_add_bool(doc, ann, "openWorldHint", false) ||
		    !yyjson_mut_obj_add_val(doc, o, "annotations", ann) || !yyjson_mut_arr_append(arr, o))
			return NULL;
	}
	return arr;
}

static void
call_free(struct tools_call *call)
{
	if (call == NULL)
		return;
	if (call->prev != NULL)
		call->prev->next = call->next;
	else
		call->t->calls = call->next;
	if (call->next != NULL)
		call->next->prev = call->prev;
	if (call->rl_held)
		ratelimit_release(call->t->rl, call->principal);
	free(call->principal);
	free(call->audit_sql);
	free(call->effective_schemas);
	if (call->progress_timer != NULL)
		loop_timer_cancel(call->t->loop, call->progress_timer);
	if (call->state_free != NULL)
		call->state_free(call->state);
	yyjson_mut_doc_free(call->doc);
	free(call);
}

/* One audit line for a completed call: allowed (structured), denied by the guard or policy
 * (an error with "denied"), or failed. 0, or E_IO when the line could not be written. */
static int
audit_call(struct tools_call *call, int allowed, yyjson_mut_val *error_obj, size_t bytes)
{
	struct audit_entry e = {0};
	yyjson_mut_val *err = error_obj != NULL ? yyjson_mut_obj_get(error_obj, "error") : NULL;

	e.principal = call->opts.principal;
	e.transport = call->opts.transport;
	e.tool = call->tool;
	e.sql = call->audit_sql;
	e.sql_len = call->audit_sql_len;
	e.fingerprint = call->audit_fingerprint;
	if (allowed) {
		e.decision = "allow";
	} else {
		e.decision = yyjson_mut_is_true(yyjson_mut_obj_get(err, "denied")) ? "deny" : "error";
		e.code = yyjson_mut_get_str(yyjson_mut_obj_get(err, "code"));
		e.reason = yyjson_mut_get_str(yyjson_mut_obj_get(err, "message"));
	}
	e.rows = allowed ? call->audit_rows : -1;
	e.bytes = (long long)bytes;
	e.duration_ms = (long)(loop_now_ms() - call->started_ms);
	e.truncated = call->audit_truncated;
	e.masked = call->audit_masked;
	e.nmasked = call->audit_nmasked;
	if (audit_record(call->t->audit, &e) != 0) {
		log_error("audit log: %s", audit_why(call->t->audit));
		return E_IO;
	}
	return 0;
}

/* Replaces *docp by a fresh document holding only an isError result with `text` (a JSON
 * error object as text). *docp and *resp are NULL when even that cannot be allocated. */
static void
minimal_error(yyjson_mut_doc **docp, yyjson_mut_val **resp, const char *text)
{
	yyjson_mut_doc *doc;
	yyjson_mut_val *res, *content, *block;

	yyjson_mut_doc_free(*docp);
	*docp = NULL;
	*resp = NULL;
	if ((doc = yyjson_mut_doc_new(NULL)) == NULL)
		return;
	if ((res = yyjson_mut_obj(doc)) == NULL || (content = yyjson_mut_arr(doc)) == NULL ||
	    (block = yyjson_mut_obj(doc)) == NULL || !yyjson_mut_obj_add_str(doc, block, "type", "text") ||
	    !yyjson_mut_obj_add_str(doc, block, "text", text) || !yyjson_mut_arr_append(content, block) ||
	    !yyjson_mut_obj_add_val(doc, res, "content", content) || !yyjson_mut_obj_add_bool(doc, res, "isError", true)) {
		yyjson_mut_doc_free(doc);
		return;
	}
	yyjson_mut_doc_set_root(doc, res);
	*docp = doc;
	*resp = res;
}

/* Hands the result to the caller (doc ownership passes) and frees the call. The audit line is
 * written first; when it cannot be, the result is withheld (fail closed). `json` (len bytes),
 * when given, is structured's JSON text already written (the query tool's one-pass writer): the
 * text block and structuredContent reference it, and it is freed once done has returned (done
 * serialises the document before it returns). */
static void
complete_with(struct tools_call *call, yyjson_mut_val *structured, yyjson_mut_val *error_obj,
    char *json, size_t len)
{
	yyjson_mut_doc *doc = call->doc;
	yyjson_mut_val *res = yyjson_mut_obj(doc), *content = yyjson_mut_arr(doc), *text = yyjson_mut_obj(doc);
	int allowed = structured != NULL || json != NULL;
	tools_done_fn done = call->opts.done;
	void *arg = call->opts.arg;
	char *written = NULL;
	int ok, audited;

	if (json != NULL)
		structured = yyjson_mut_rawn(doc, json, len);     /* the same bytes, not a copy */
	else if ((json = written = yyjson_mut_val_write(allowed ? structured : error_obj, 0, &len)) == NULL)
		len = 0;
	audited = call->t->audit == NULL || audit_call(call, allowed, error_obj, len) == 0;
	ok = res != NULL && content != NULL && text != NULL && json != NULL && (!allowed || structured != NULL) &&
	    yyjson_mut_obj_add_str(doc, text, "type", "text") &&
	    (written != NULL ? yyjson_mut_obj_add_strncpy(doc, text, "text", json, len)
	                     : yyjson_mut_obj_add_strn(doc, text, "text", json, len)) &&
	    yyjson_mut_arr_append(content, text) && yyjson_mut_obj_add_val(doc, res, "content", content) &&
	    (!allowed || yyjson_mut_obj_add_val(doc, res, "structuredContent", structured)) &&
	    yyjson_mut_obj_add_bool(doc, res, "isError", !allowed);
	free(written);
	if (ok)
		yyjson_mut_doc_set_root(doc, res);
	if (!audited)
		minimal_error(&doc, &res, "{\"error\":{\"code\":\"audit_unavailable\",\"message\":\"the audit log could not be written, so the result is withheld; the operator must fix MCPDB_AUDIT_LOG\"}}");
	else if (!ok)
		minimal_error(&doc, &res, "{\"error\":{\"code\":\"out_of_memory\",\"message\":\"the result could not be built (out of memory); ask for fewer rows\"}}");
	call->doc = NULL;
	call_free(call);
	done(arg, doc, res);
	if (written == NULL)
		free(json);     /* the caller's bytes, referenced by doc until done returned */
}

static void
complete(struct tools_call *call, yyjson_mut_val *structured, yyjson_mut_val *error_obj)
{
	complete_with(call, structured, error_obj, NULL, 0);
}

void
tools_ok(struct tools_call *call, yyjson_mut_val *structured)
{
	complete(call, structured, NULL);
}

void
tools_ok_json(struct tools_call *call, char *json, size_t len)
{
	complete_with(call, NULL, NULL, json, len);
}

static yyjson_mut_val *
error_object(struct tools_call *call, const char *code, const char *message, yyjson_mut_val *extra)
{
	yyjson_mut_doc *doc = call->doc;
	yyjson_mut_val *top = yyjson_mut_obj(doc);
	yyjson_mut_val *e = extra != NULL && yyjson_mut_is_obj(extra) ? extra : yyjson_mut_obj(doc);
	yyjson_mut_val *kc = yyjson_mut_str(doc, "code"), *vc = yyjson_mut_str(doc, code);
	yyjson_mut_val *km = yyjson_mut_str(doc, "message"), *vm = yyjson_mut_strcpy(doc, message);

	/* code and message first, then the details the caller gave. */
	if (top == NULL || e == NULL || kc == NULL || vc == NULL || km == NULL || vm == NULL ||
	    !yyjson_mut_obj_insert(e, kc, vc, 0) || !yyjson_mut_obj_insert(e, km, vm, 1) ||
	    !yyjson_mut_obj_add_val(doc, top, "error", e))
		return NULL;
	return top;
}

void
tools_fail(struct tools_call *call, const char *code, yyjson_mut_val *extra, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	complete(call, NULL, error_object(call, code, msg, extra));
}

void
tools_fail_db(struct tools_call *call, int rc, const char *msg, const PGresult *err)
{
	yyjson_mut_doc *doc = call->doc;
	yyjson_mut_val *extra = yyjson_mut_obj(doc);
	const char *f;

	if (err == NULL && rc == E_TIMEOUT) {
		tools_fail(call, "timeout", NULL, "%s", msg != NULL ? msg : "the query timed out");
		return;
	}
	if (err == NULL) {
		tools_fail(call, "database_unavailable", NULL, "%s", msg != NULL ? msg : "the database is unreachable");
		return;
	}
	if (extra != NULL) {
		if ((f = PQresultErrorField(err, PG_DIAG_SQLSTATE)) != NULL)
			yyjson_mut_obj_add_strcpy(doc, extra, "sqlstate", f);
		if ((f = PQresultErrorField(err, PG_DIAG_MESSAGE_DETAIL)) != NULL)
			yyjson_mut_obj_add_strcpy(doc, extra, "detail", f);
		if ((f = PQresultErrorField(err, PG_DIAG_MESSAGE_HINT)) != NULL)
			yyjson_mut_obj_add_strcpy(doc, extra, "hint", f);
		if ((f = PQresultErrorField(err, PG_DIAG_STATEMENT_POSITION)) != NULL) {
			/* The position is in the statement that ran (the guard's rewrite): show it too. */
			yyjson_mut_obj_add_int(doc, extra, "position", atoi(f));
			if (call->executed_sql != NULL)
				yyjson_mut_obj_add_strcpy(doc, extra, "executed_sql", call->executed_sql);
		}
	}
	if (rc == E_TIMEOUT)
		tools_fail(call, "timeout", extra, "the query ran longer than QUERY_TIMEOUT (%ld ms) and was cancelled by the server; narrow it (WHERE, LIMIT, aggregates) or check the plan with explain",
		    call->t->cfg->query_timeout_ms);
	else
		tools_fail(call, "database_error", extra, "%s", msg != NULL ? msg : "the database reported an error");
}

/* ---- the database request of a call ---- */

static int
call_rows(void *arg, int stmt, const PGresult *res)
{
	struct tools_call *call = arg;

	return call->rows != NULL ? call->rows(call, stmt, res) : 0;
}

static void
call_done(void *arg, int rc, const char *msg, const PGresult *err)
{
	struct tools_call *call = arg;

	call->req = NULL;
	call->finish(call, rc, msg, err);
}

static void
on_progress(struct loop *l, void *arg)
{
	struct tools_call *call = arg;
	char msg[96];
	int64_t now = loop_now_ms();

	call->progress_timer = NULL;
	call->progress_n++;
	snprintf(msg, sizeof(msg), "%s running for %lld s", call->tool, (long long)((now - call->started_ms) / 1000));
	call->opts.progress(call->opts.arg, call->progress_n, 0, msg);
	/* NULL: progress notifications stop; the call itself is unaffected */
	call->progress_timer = loop_timer_add(l, now + TOOLS_PROGRESS_INTERVAL_MS, on_progress, call);
}

void
tools_progress_start(struct tools_call *call)
{
	if (call->opts.progress != NULL && call->progress_timer == NULL) /* NULL timer: no progress notifications, the call runs */
		call->progress_timer = loop_timer_add(call->t->loop, call->started_ms + TOOLS_PROGRESS_INTERVAL_MS, on_progress, call);
}

void
tools_run(struct tools_call *call, struct pgx_query *q)
{
	int r;

	q->rows = call_rows;
	q->done = call_done;
	q->arg = call;
	tools_progress_start(call);
	if ((r = pgx_submit(call->t->pgx, q, &call->req)) != 0)
		tools_fail(call, r == E_TOOBIG ? "busy" : "internal", NULL, "%s",
		    r == E_TOOBIG ? "too many calls are waiting for a database connection; retry in a moment"
		                  : "the call could not be started (out of memory)");
}

/* SCHEMAS narrows what the policy allows: the call gets a shallow copy of the policy whose
 * schema allowlist is SCHEMAS (intersected with the policy's own list), so the SQL guard and
 * the catalog tools enforce the same set. 0 or E_NOMEM. */
static int
apply_schemas(struct tools_call *call)
{
	const struct config *c = call->t->cfg;
	const struct policy *p = call->policy;
	static char no_schema[] = "\001(no schema is allowed by both SCHEMAS and the policy)";
	size_t n = 0;

	if (c->nschemas == 0)
		return 0;
	if ((call->effective_schemas = calloc(c->nschemas + 1, sizeof(char *))) == NULL)
		return E_NOMEM;
	for (size_t i = 0; i < c->nschemas; i++) {
		int in_policy = p == NULL || p->nschemas == 0;

		for (size_t j = 0; p != NULL && j < p->nschemas && !in_policy; j++)
			in_policy = strcmp(p->schemas[j], c->schemas[i]) == 0;
		if (in_policy)
			call->effective_schemas[n++] = c->schemas[i];
	}
	if (n == 0)
		call->effective_schemas[n++] = no_schema;  /* an empty list would mean "all" */
	if (p != NULL)
		call->effective = *p;
	call->effective.schemas = call->effective_schemas;
	call->effective.nschemas = n;
	call->policy = &call->effective;
	return 0;
}

/* The policy's max_queries_per_minute and max_concurrent_queries, per principal, for every
 * tool call (each runs SQL). A refusal completes the call (isError, with retry_after_ms) and
 * returns E_DENIED. */
static int
rate_limit(struct tools_call *call)
{
	enum ratelimit_reason why = RATELIMIT_OK;
	long retry = 0;
	yyjson_mut_val *extra;
	int r;

	if ((call->principal = strdup(call->opts.principal != NULL ? call->opts.principal : "anonymous")) == NULL) {
		tools_fail(call, "internal", NULL, "out of memory");
		return E_NOMEM;
	}
	r = ratelimit_acquire(call->t->rl, call->principal, loop_now_ms(), &why, &retry);
	if (r == 0) {
		call->rl_held = 1;
		return 0;
	}
	if (r != E_DENIED) {
		tools_fail(call, "internal", NULL, "out of memory");
		return r;
	}
	if ((extra = yyjson_mut_obj(call->doc)) != NULL) {
		yyjson_mut_obj_add_bool(call->doc, extra, "denied", true);
		yyjson_mut_obj_add_int(call->doc, extra, "retry_after_ms", retry);
	}
	tools_fail(call, "rate_limited", extra, "%s; retry in %ld ms", ratelimit_reason_str(why), retry);
	return E_DENIED;
}

int
tools_call(struct tools *t, const char *name, yyjson_val *arguments, const struct tools_call_opts *opts,
    struct tools_call **callp)
{
	const struct tools_def *def = NULL;
	struct tools_call *call;

	*callp = NULL;
	for (size_t i = 0; i < NTOOLS; i++)
		if (name != NULL && strcmp(tool_defs[i]->name, name) == 0)
			def = tool_defs[i];
	if (def == NULL)
		return E_INVAL;
	if ((call = calloc(1, sizeof(*call))) == NULL)
		return E_NOMEM;
	if ((call->doc = yyjson_mut_doc_new(NULL)) == NULL) {
		free(call);
		return E_NOMEM;
	}
	call->t = t;
	call->opts = *opts;
	call->policy = t->policy;
	call->tool = def->name;
	call->started_ms = loop_now_ms();
	call->audit_rows = -1;
	call->next = t->calls;
	if (t->calls != NULL)
		t->calls->prev = call;
	t->calls = call;
	*callp = call;
	if (apply_schemas(call) != 0) {
		tools_fail(call, "internal", NULL, "out of memory");
		return 0;
	}
	if (t->audit != NULL && audit_ready(t->audit) != 0) {
		tools_fail(call, "audit_unavailable", NULL, "the audit log cannot be written (%s), so no call runs; the operator must fix MCPDB_AUDIT_LOG",
		    audit_why(t->audit));
		return 0;
	}
	if (rate_limit(call) != 0)
		return 0;
	if (arguments != NULL && !yyjson_is_obj(arguments)) {
		tools_fail(call, "invalid_arguments", NULL, "arguments must be a JSON object");
		return 0;
	}
	def->start(call, arguments);
	return 0;
}

void
tools_backpressure(struct tools *t, int paused)
{
	pgx_pause(t->pgx, paused);
}

void
tools_cancel(struct tools *t, struct tools_call *call)
{
	if (call == NULL)
		return;
	if (call->req != NULL)
		pgx_cancel(t->pgx, call->req);
	call->req = NULL;
	if (call->waiting)
		pgx_wait_cancel(t->pgx, &call->waiter);
	call_free(call);
}

/* ---- helpers for the tools ---- */

int
tools_args_check(yyjson_val *args, const char *const *allowed, char *msg, size_t len)
{
	yyjson_obj_iter it;
	yyjson_val *k;

	if (args == NULL)
		return 0;
	if (!yyjson_is_obj(args)) {
		snprintf(msg, len, "arguments must be a JSON object");
		return E_INVAL;
	}
	it = yyjson_obj_iter_with(args);
	while ((k = yyjson_obj_iter_next(&it)) != NULL) {
		const char *key = yyjson_get_str(k);
		int known = 0;

		for (const char *const *a = allowed; *a != NULL; a++)
			if (strcmp(key, *a) == 0 && strlen(*a) == yyjson_get_len(k))
				known = 1;
		if (!known) {
			char list[256] = "";

			for (const char *const *a = allowed; *a != NULL; a++) {
				strncat(list, list[0] ? ", " : "", sizeof(list) - strlen(list) - 1);
				strncat(list, *a, sizeof(list) - strlen(list) - 1);
			}
			snprintf(msg, len, "unknown argument '%.64s'; this tool takes: %s", key, list[0] ? list : "no arguments");
			return E_INVAL;
		}
	}
	return 0;
}

int
tools_arg_str(yyjson_val *args, const char *key, const char **out, char *msg, size_t len)
{
	yyjson_val *v = args != NULL ? yyjson_obj_get(args, key) : NULL;

	*out = NULL;
	if (v == NULL || yyjson_is_null(v))
		return 0;
	if (!yyjson_is_str(v)) {
		snprintf(msg, len, "'%s' must be a string", key);
		return E_INVAL;
	}
	if (memchr(yyjson_get_str(v), '\0', yyjson_get_len(v)) != NULL) {
		snprintf(msg, len, "'%s' must not contain NUL characters", key);
		return E_INVAL;
	}
	*out = yyjson_get_str(v);
	return 0;
}

static int
in_list(char **list, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], name) == 0)
			return 1;
	return 0;
}

int
tools_schema_visible(const struct tools_call *call, const char *schema)
{
	const struct config *c = call->t->cfg;
	const struct policy *p = call->policy;

	if (schema == NULL)
		return 1;
	if (strncmp(schema, "pg_", 3) == 0 || strcmp(schema, "information_schema") == 0)
		return 0;
	if (c->nschemas > 0 && !in_list(c->schemas, c->nschemas, schema))
		return 0;
	if (p != NULL && p->nschemas > 0 && !in_list(p->schemas, p->nschemas, schema))
		return 0;
	return 1;
}

int
tools_table_visible(const struct tools_call *call, const char *schema, const char *table)
{
	if (!tools_schema_visible(call, schema))
		return 0;
	return call->policy == NULL || policy_table_visible(call->policy, schema, table) == 0;
}

int
tools_split_name(const char *table_arg, const char *schema_arg, char *schema, size_t slen, char *table,
    size_t tlen, char *msg, size_t mlen)
{
	const char *dot;
	size_t n;

	schema[0] = table[0] = '\0';
	if (table_arg == NULL || table_arg[0] == '\0') {
		snprintf(msg, mlen, "'table' is required: a table or view name, optionally 'schema.table' (see list_tables)");
		return E_INVAL;
	}
	dot = schema_arg == NULL ? strchr(table_arg, '.') : NULL;
	if (dot != NULL) {
		n = (size_t)(dot - table_arg);
		if (n == 0 || n >= slen || strlen(dot + 1) == 0 || strlen(dot + 1) >= tlen || strchr(dot + 1, '.') != NULL) {
			snprintf(msg, mlen, "'table' must be 'table' or 'schema.table' with names of at most 63 bytes");
			return E_INVAL;
		}
		memcpy(schema, table_arg, n);
		schema[n] = '\0';
		snprintf(table, tlen, "%s", dot + 1);
		return 0;
	}
	if (strlen(table_arg) >= tlen || (schema_arg != NULL && (schema_arg[0] == '\0' || strlen(schema_arg) >= slen))) {
		snprintf(msg, mlen, "names must be 1 to 63 bytes long");
		return E_INVAL;
	}
	snprintf(table, tlen, "%s", table_arg);
	if (schema_arg != NULL)
		snprintf(schema, slen, "%s", schema_arg);
	return 0;
}

yyjson_mut_val *
tools_json_field(struct tools_call *call, const PGresult *res, int col)
{
	yyjson_mut_val *v = NULL;

	if (PQntuples(res) < 1 || col >= PQnfields(res) || PQgetisnull(res, 0, col))
		return NULL;
	if (values_to_json(call->doc, VALUES_JSONOID, PQgetvalue(res, 0, col), (size_t)PQgetlength(res, 0, col), &v) != 0)
		return NULL;
	return v;
}
