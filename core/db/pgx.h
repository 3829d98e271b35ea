/* The PostgreSQL layer: a small pool of libpq connections driven asynchronously on the loop.
 * Each request runs its statements in one pipelined round trip inside BEGIN READ ONLY (with
 * SET LOCAL statement_timeout when it differs from the session's QUERY_TIMEOUT), streams rows
 * to the caller in chunks, ends with COMMIT, and is followed in the same round trip by ROLLBACK
 * and DISCARD ALL, so each connection returns clean. The pool bounds the statements running on
 * the server: a cancelled one keeps its connection until the server reports its end (docs/
 * CONFIG.md, "The pool and the database"). Reconnects with backoff; a database that cannot be
 * reached fails each request with libpq's reason; a request is never sent twice. Also keeps the catalog caches loaded at connect (user-defined functions'
 * volatility for the SQL guard, user-defined type names for result columns). */
#ifndef MCPDB_PGX_H
#define MCPDB_PGX_H

#include <libpq-fe.h>

#include "base/config.h"
#include "base/err.h"
#include "base/loop.h"

struct pgx;
struct pgx_req;

/* Statements one request may carry (e.g. a catalog lookup followed by the user's query). */
#define PGX_MAX_STMTS 2

struct pgx_stmt {
	const char *sql;             /* one statement; copied by pgx_submit */
	int nparams;
	const char *const *params;   /* text values, NULL entries are SQL NULL; copied */
};

/* Rows: called with each chunk (PGRES_TUPLES_CHUNK) and the final result (PGRES_TUPLES_OK or
 * PGRES_COMMAND_OK) of statement `stmt`; pgx frees res afterwards. Return 0 to go on, 1 to
 * drop the rest of the request's rows (the request still completes normally). */
typedef int (*pgx_rows_fn)(void *arg, int stmt, const PGresult *res);
/* Done: exactly once per request unless cancelled. rc 0; E_DB with message (the database's
 * error: err is its PGresult for SQLSTATE/detail/hint/position; or unreachable / connection
 * lost: err NULL); E_TIMEOUT (statement_timeout: err set; or the client deadline: err NULL). */
typedef void (*pgx_done_fn)(void *arg, int rc, const char *message, const PGresult *err);

/* User functions one statement may have rechecked (the guard caps what it allows). */
#define PGX_MAX_RECHECK 16

struct pgx_query {
	struct pgx_stmt stmts[PGX_MAX_STMTS];
	int nstmts;
	/* "schema.name" of user functions the guard allowed from the cached catalog: checked
	 * again in the same transaction, before the statements; if one is VOLATILE now, the
	 * request fails with a message saying so (and the cache reloads). Copied. */
	const char *const *recheck;
	int nrecheck;
	/* 1: the statements are mcpdb's own fully qualified catalog SQL and run under the role's
	 * search_path; every other request runs with search_path = pg_catalog, pg_temp pinned
	 * (the guard qualifies user relations and functions for it). */
	int catalog_sql;
	long timeout_ms;             /* statement_timeout for this request; 0: the config's */
	pgx_rows_fn rows;
	pgx_done_fn done;
	void *arg;
};

/* pgx_new: the pool on loop l for config c (not copied: must outlive the pool). Starts the
 * first connection in the background; never fails because the database is down. */
MUST_CHECK int pgx_new(struct loop *l, const struct config *c, struct pgx **out);
/* pgx_free: closes every connection; pending requests are dropped without callbacks. */
void pgx_free(struct pgx *p);

/* pgx_submit: queue q (copied) and run it on the first free connection. 0 and *reqp (valid
 * until done is called or pgx_cancel; done may be called before pgx_submit returns), or
 * E_TOOBIG (LIMIT_PGX_QUEUE requests already waiting), E_NOMEM, E_INVAL: then no callback. */
MUST_CHECK int pgx_submit(struct pgx *p, const struct pgx_query *q, struct pgx_req **reqp);
/* pgx_cancel: stop a request: no more callbacks. Queued: it is never sent. Sent: the server
 * is sent cancel requests until it reports the statement ended; until then the connection is
 * not reused (closed at statement_timeout plus a margin if the server never reports). */
void pgx_cancel(struct pgx *p, struct pgx_req *r);

/* Waiting for the catalog caches (the guard resolves functions from them, so a statement is
 * judged only once they are loaded). The waiter is caller-owned memory. */
struct pgx_waiter {
	struct pgx_waiter *next;
	void (*fn)(void *arg, int rc, const char *message);  /* 0, or E_DB: unreachable (why) */
	void *arg;
};
/* pgx_wait_ready: calls w->fn once the caches have been loaded at least once (at once, before
 * returning, when they have been), or with E_DB when the database cannot be reached. */
void pgx_wait_ready(struct pgx *p, struct pgx_waiter *w);
/* pgx_wait_cancel: forget a waiter whose fn has not been called yet. */
void pgx_wait_cancel(struct pgx *p, struct pgx_waiter *w);

/* pgx_resolve: a sqlg_resolve_fn over the user-defined functions loaded at connect (ctx is
 * the pool): schema.name (schema NULL: the first schema of the role's search path that has
 * the name), the highest volatility over all its overloads, or 0 when unknown; the schema it
 * resolved to and the owning extension (NULL when none) point into the cache. */
char pgx_resolve(void *ctx, const char *schema, const char *name, const char **schema_out,
    const char **extension_out);
/* pgx_resolve_relation: a sqlg_resolve_relation_fn: the schema of the role's search path an
 * unqualified relation name resolves to, or NULL (unknown: the cache reloads at the next setup). */
const char *pgx_resolve_relation(void *ctx, const char *name);
/* pgx_search_path: the role's effective search path (NULL-terminated), NULL before loading. */
const char *const *pgx_search_path(const struct pgx *p);

/* pgx_type_name: the name of type oid: built-in, or user-defined (loaded at connect); NULL
 * when unknown (the cache is then refreshed on the next connection setup). */
const char *pgx_type_name(struct pgx *p, Oid type);

/* pgx_warn_writable_role: at the next connection setup, log a warning when the database role
 * can write (superuser, or write privileges on a table). The agent asks for it; the CLI not. */
void pgx_warn_writable_role(struct pgx *p);

/* pgx_pause: backpressure. paused 1: stop reading the results of running requests (their rows
 * wait in the server's socket buffers, so memory does not grow while the client is not
 * reading); 0: go on. Cancelled requests still drain. */
void pgx_pause(struct pgx *p, int paused);

/* pgx_cancels_sent: cancel requests sent to the server so far (tests and metrics). */
unsigned long pgx_cancels_sent(const struct pgx *p);

#endif
