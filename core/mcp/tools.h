/* The six MCP tools (list_schemas, list_tables, describe_table, query, explain,
 * find_relationships): their definitions for tools/list and their asynchronous execution on
 * the database pool. The MCP layer (mcp.c) calls tools_call() and gets exactly one completion
 * callback per call, unless the call was cancelled first. */
#ifndef MCPDB_TOOLS_H
#define MCPDB_TOOLS_H

#include <yyjson.h>

#include "base/config.h"
#include "base/err.h"
#include "base/loop.h"
#include "gov/policy.h"

struct tools;
struct tools_call;

/* Completion: `result` is a CallToolResult object built in `doc` (content[], structuredContent,
 * isError); ownership of doc passes to the callee, who frees it with yyjson_mut_doc_free. A big
 * result references bytes that live only until done returns: serialise doc before returning. */
typedef void (*tools_done_fn)(void *arg, yyjson_mut_doc *doc, yyjson_mut_val *result);
/* Progress while a call runs (only if set): progress increases on each call; total may be 0
 * (unknown); message is a short human-readable line. */
typedef void (*tools_progress_fn)(void *arg, double progress, double total, const char *message);

struct tools_call_opts {
	tools_done_fn done;
	tools_progress_fn progress;  /* NULL: no progress reports */
	void *arg;                   /* passed to done and progress */
	const char *principal;       /* who asks (stdio: "stdio"), for audit and rate limits */
	const char *transport;       /* "stdio", "http", "tunnel": the audit line's transport (a
	                                literal or otherwise outliving the call; NULL: omitted) */
};

/* tools_new: the tool runtime on loop l with configuration c (not copied: must outlive it)
 * and policy p (may be NULL; see tools_set_policy). Starts connecting the pool; a database that
 * is unreachable is not an error here (each call reports it). */
MUST_CHECK int tools_new(struct loop *l, const struct config *c, const struct policy *p, struct tools **out);
/* tools_free: cancels running calls (no callbacks), closes connections; NULL is fine. */
void tools_free(struct tools *t);
/* tools_set_policy: swap the policy (SIGHUP reload). Calls already running keep the policy
 * they started with: the caller may free the old one once those calls have completed. */
void tools_set_policy(struct tools *t, const struct policy *p);

/* tools_backpressure: the client stopped (1) or resumed (0) reading its answers: while
 * stopped, rows of running queries are not fetched (pgx_pause). */
void tools_backpressure(struct tools *t, int paused);

/* tools_list: the JSON array of tool definitions (name, title, description, inputSchema,
 * outputSchema, annotations) built in doc. NULL on E_NOMEM. */
yyjson_mut_val *tools_list(struct tools *t, yyjson_mut_doc *doc);

/* tools_call: start tool `name` with `arguments` (an object or NULL). Returns 0 and sets *callp
 * when started (opts->done will be called exactly once, possibly before tools_call returns);
 * E_INVAL when no tool has that name (the MCP layer answers -32602). Invalid arguments are not
 * an error here: they complete with an isError result that says what to fix. */
MUST_CHECK int tools_call(struct tools *t, const char *name, yyjson_val *arguments,
    const struct tools_call_opts *opts, struct tools_call **callp);

/* tools_cancel: cancel a running call (PQcancel on its connection); its done callback will not
 * be called. Valid only between tools_call and that call's done callback. */
void tools_cancel(struct tools *t, struct tools_call *call);

#endif
