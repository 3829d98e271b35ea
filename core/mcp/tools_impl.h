/* Internals shared by tools.c (registry, call lifecycle, results), tools_catalog.c
 * (list_schemas, list_tables, describe_table, find_relationships) and tools_query.c (query,
 * explain). Not for use outside these files. */
#ifndef MCPDB_TOOLS_IMPL_H
#define MCPDB_TOOLS_IMPL_H

#include <libpq-fe.h>
#include <yyjson.h>

#include "db/pgx.h"
#include "mcp/tools.h"

struct tools {
	struct loop *loop;
	const struct config *cfg;
	const struct policy *policy;
	struct pgx *pgx;
	struct audit *audit;           /* NULL without MCPDB_AUDIT_LOG */
	struct ratelimit *rl;          /* the policy's per-principal limits */
	struct loop_timer *audit_timer;
	struct tools_call *calls;      /* running calls (tools_free releases them) */
};

struct tools_call {
	struct tools *t;
	struct tools_call *prev, *next;  /* in t->calls */
	struct tools_call_opts opts;
	const struct policy *policy;   /* the policy this call started with (or &effective) */
	struct policy effective;       /* with SCHEMAS folded into the schema allowlist */
	char *principal;               /* copy of opts.principal ("anonymous" when none) */
	int rl_held;                   /* holds a running slot of t->rl */
	char **effective_schemas;      /* its list (the strings belong to the config/policy) */
	const char *tool;              /* static name */
	struct pgx_req *req;
	struct pgx_waiter waiter;      /* query/explain wait for the catalog caches */
	int waiting;
	int64_t started_ms;
	struct loop_timer *progress_timer;
	int progress_n;
	yyjson_mut_doc *doc;           /* where the result is built; handed to opts.done */
	/* Tool hooks (set by the tool's start function before tools_run). */
	int (*rows)(struct tools_call *call, int stmt, const PGresult *res);
	void (*finish)(struct tools_call *call, int rc, const char *msg, const PGresult *err);
	void *state;
	void (*state_free)(void *state);
	const char *executed_sql;      /* the guard's rewrite, shown with database error positions */
	/* For the audit line (set by the tools that run SQL). */
	char *audit_sql;               /* the SQL as received (owned) */
	size_t audit_sql_len;
	const char *audit_fingerprint; /* owned by the tool's state */
	long audit_rows;               /* -1: not applicable */
	int audit_truncated;
	const char *const *audit_masked;
	size_t audit_nmasked;
};

/* One tool: start validates arguments and either completes at once (tools_fail/tools_ok)
 * or sets the hooks and calls tools_run. */
struct tools_def {
	const char *name, *title, *description;
	const char *input_schema, *output_schema;   /* JSON text */
	void (*start)(struct tools_call *call, yyjson_val *args);
};

extern const struct tools_def tools_def_list_schemas, tools_def_list_tables,
    tools_def_describe_table, tools_def_find_relationships, tools_def_query, tools_def_explain;

/* tools_run: submit q to the pool with the call's hooks; on failure completes the call with an
 * error result. The call must not be touched after it returns. */
void tools_run(struct tools_call *call, struct pgx_query *q);
/* tools_progress_start: progress notifications every second while the call runs (when the
 * client asked for them); tools_run does it, a tool that drives its own requests calls it. */
void tools_progress_start(struct tools_call *call);

/* tools_ok: completes the call with structured (built in call->doc) as structuredContent and
 * as JSON text; frees the call. */
void tools_ok(struct tools_call *call, yyjson_mut_val *structured);
/* tools_ok_json: the same with structured already written as JSON text (json, malloc'd, len
 * bytes, valid UTF-8; ownership passes): the text block and structuredContent are written from
 * these bytes, with no document in between. */
void tools_ok_json(struct tools_call *call, char *json, size_t len);
/* tools_fail: completes the call with an isError result {"error":{"code","message"}} plus the
 * members of `extra` (an object in call->doc, or NULL); frees the call. */
void tools_fail(struct tools_call *call, const char *code, yyjson_mut_val *extra, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* tools_fail_db: an isError result for a pgx failure (unreachable, timeout, SQL error with
 * SQLSTATE, detail, hint and position). */
void tools_fail_db(struct tools_call *call, int rc, const char *msg, const PGresult *err);

/* Argument checks: tools_args_check rejects members not in `allowed` (NULL-terminated) and a
 * non-object; tools_arg_str gets an optional string member (E_INVAL when present but not a
 * string or holding a NUL). Each fills msg with what to fix. */
int tools_args_check(yyjson_val *args, const char *const *allowed, char *msg, size_t len);
int tools_arg_str(yyjson_val *args, const char *key, const char **out, char *msg, size_t len);

/* tools_schema_visible / tools_table_visible: SCHEMAS, the policy's schema allowlist, the
 * policy's table rules; system schemas are never visible. */
int tools_schema_visible(const struct tools_call *call, const char *schema);
int tools_table_visible(const struct tools_call *call, const char *schema, const char *table);

/* tools_split_name: "schema.table" or "table" (+ schema argument) -> schema (may be NULL) and
 * table, copied into the buffers; E_INVAL with a message when malformed. */
int tools_split_name(const char *table_arg, const char *schema_arg, char *schema, size_t slen,
    char *table, size_t tlen, char *msg, size_t mlen);

/* tools_json_field: value of column col in row 0 of res parsed as JSON into call->doc; NULL when
 * absent or not JSON. */
yyjson_mut_val *tools_json_field(struct tools_call *call, const PGresult *res, int col);

#endif
