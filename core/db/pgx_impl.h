/* Internals shared by the pool's files: pgx.c (requests, the queue, pipelines and results),
 * pgx_conn.c (the connection state machine: connect, lose, back off, reconnect),
 * pgx_cancel.c (the per-connection cancel state machine and the exit drain) and pgx_catalog.c
 * (catalog caches). Not for use outside core/db/pgx*. */
#ifndef MCPDB_PGX_IMPL_H
#define MCPDB_PGX_IMPL_H

#include <stdint.h>

#include "db/pgx.h"

/* Grace after statement_timeout before the client gives up on the server (network hangs). */
#define PGX_DEADLINE_GRACE_MS 2000
/* A connection whose statement was cancelled stays out of the pool until its backend reports
 * the statement ended, or until each statement's statement_timeout plus this margin has passed
 * since it was sent (then the server has ended it, unless it ignores interrupts): the pool
 * bounds the statements running on the database, never only our sockets. */
#define PGX_DRAIN_MARGIN_MS 2000
/* After the client deadline, how long the answer waits for the server to confirm the cancel. */
#define PGX_CONFIRM_MS 1000
/* Cancel requests are repeated until the statement ends: first retry after this, doubling. */
#define PGX_CANCEL_RETRY_MIN_MS 20
#define PGX_CANCEL_RETRY_MAX_MS 500
/* At exit, how long we cancel and wait for statements still running (see pgx_free). */
#define PGX_EXIT_CANCEL_MS 1500
/* Least time between two reloads of the catalog caches triggered by a lookup miss. */
#define PGX_CACHE_RETRY_MS 1000
/* The connection options string: the user's PGOPTIONS (or DATABASE_URL's options) and ours. */
#define PGX_OPTIONS_BYTES 4096

/* CONN_UNUSED: no connection (a slot the pool may open). WAIT: backing off after a failure. */
enum conn_state { CONN_UNUSED, CONN_WAIT, CONN_CONNECTING, CONN_OPEN };
/* What the open connection's pipeline is doing. REQUEST: a request's transaction, up to its
 * first Sync; RESET: the ROLLBACK and DISCARD ALL that follow it (pool hygiene). */
enum conn_phase { PHASE_NONE, PHASE_SETUP, PHASE_REQUEST, PHASE_RESET };

struct ufunc {
	char *schema, *name;
	int nargs;
	char volatility;
	char *extension;            /* NULL when no extension owns it */
};

/* A relation of the role's search path; rank is its schema's place in the path. */
struct urel {
	char *name;
	int rank;
};

struct utype {
	Oid oid;
	char *name;
};

struct pgx_req {
	struct pgx *pool;
	struct pgx_req *next;       /* queue link */
	struct conn *conn;          /* running on; NULL while queued */
	char *sql[PGX_MAX_STMTS];
	char **params[PGX_MAX_STMTS];
	int nparams[PGX_MAX_STMTS];
	int nstmts;
	char *recheck_sql;          /* NULL, or the user-function recheck (pgx_query.recheck) */
	char **recheck;
	int nrecheck;
	int catalog_sql;
	long timeout_ms;
	pgx_rows_fn rows;
	pgx_done_fn done;
	void *arg;
	int rows_seen, discard;
	int sent;                   /* some of it may have reached the server: never run it again */
	int retried;
	int timed_out;              /* the client deadline passed: waiting for the cancel's outcome */
	struct loop_timer *deadline;
};

struct conn {
	struct pgx *pool;
	enum conn_state state;
	enum conn_phase phase;
	PGconn *pg;
	int fd;                     /* watched socket, -1 when none */
	short events;
	struct loop_timer *timer;   /* backoff (WAIT) or connect deadline */
	long backoff_ms;
	struct pgx_req *req;        /* NULL when idle, or when its request was cancelled */
	int step, nsteps;           /* pipeline position: results of query `step` are next */
	int stmt_first;             /* step of the request's first statement */
	int recheck_step;           /* step of the user-function recheck, -1 when none */
	int syncs_left;             /* REQUEST/RESET: Syncs still to come */
	int reset_failed;           /* ROLLBACK or DISCARD ALL failed: replace the connection */
	PGresult *first_error;
	int64_t busy_until;         /* the backend may run the request's statements until then */
	/* Cancellation (pgx_cancel.c). */
	int abandoned;              /* no one wants the running request: cancel it until it ends */
	PGcancelConn *cancel;       /* a cancel request in flight */
	int cancel_fd;
	long cancel_delay_ms;
	struct loop_timer *cancel_timer;  /* next cancel attempt */
	struct loop_timer *drain_timer;   /* busy_until: give up on the backend, close */
};

struct pgx {
	struct loop *loop;
	const struct config *cfg;
	struct conn *conns;
	int nconns;
	struct pgx_req *queue_head, *queue_tail;
	size_t queue_len;
	char last_error[512];
	char options[PGX_OPTIONS_BYTES];
	char options_error[200];    /* set when the options string cannot be built */
	struct ufunc *funcs;
	size_t nfuncs;
	struct utype *types;
	size_t ntypes;
	struct urel *rels;          /* sorted by name, then rank */
	size_t nrels;
	char **search_path;         /* the role's effective search path, NULL-terminated */
	size_t nsearch_path;
	int cache_stale, cache_loading, cache_loaded;
	int role_checked;
	struct pgx_waiter *waiters;
	int64_t cache_retry_at;
	unsigned long cancels;
	int paused;                 /* pgx_pause: results of wanted requests are not read */
};

/* The setup queries of a connection (run when the caches are stale). */
extern const char PGX_SQL_USER_FUNCTIONS[];
extern const char PGX_SQL_USER_TYPES[];
extern const char PGX_SQL_SEARCH_PATH[];
/* Once per process: can the role write? (DESIGN.md, safety layer 5: warn loudly.) */
extern const char PGX_SQL_ROLE_WRITES[];

/* pgx_catalog_load_funcs / _types: replace a cache with the rows of its setup query (the old
 * cache stays when res is malformed, over its ceiling, or memory runs out). */
void pgx_catalog_load_funcs(struct pgx *p, const PGresult *res);
void pgx_catalog_load_types(struct pgx *p, const PGresult *res);
/* pgx_catalog_load_path: the role's search path and the relations of its schemas. */
void pgx_catalog_load_path(struct pgx *p, const PGresult *res);
/* pgx_catalog_check_role: logs a warning when the role of PGX_SQL_ROLE_WRITES's result can write. */
void pgx_catalog_check_role(const PGresult *res);
/* pgx_catalog_free: frees the caches. */
void pgx_catalog_free(struct pgx *p);

/* pgx_conn.c: the connection state machine. */
/* pgx_conn_options: builds p->options (the user's options first, ours last so they win);
 * E_TOOBIG, with p->options_error saying why, when they do not fit. */
MUST_CHECK int pgx_conn_options(struct pgx *p);
void pgx_conn_connect(struct conn *c);
void pgx_conn_poll(struct conn *c);       /* connecting: drive PQconnectPoll */
void pgx_conn_watch(struct conn *c, short events);
/* pgx_conn_lost: the connection is gone: fail (or, if never sent, requeue) its request,
 * reconnect when work waits. */
void pgx_conn_lost(struct conn *c, const char *why);
/* pgx_conn_replace: close an open connection we no longer trust (its request, if any, has
 * been answered or detached) and open another if work waits. */
void pgx_conn_replace(struct conn *c, const char *why);
void pgx_conn_close(struct conn *c);
int pgx_conn_index(const struct conn *c);
int pgx_conns_alive(const struct pgx *p, const struct conn *except);
void pgx_copy_error(struct pgx *p, const char *msg);

/* pgx_cancel.c: cancellation. */
/* pgx_cancel_begin: the running request of c is no longer wanted (cancelled or timed out):
 * send cancel requests, repeated with backoff, until its first Sync arrives; close c at
 * c->busy_until if it never does. */
void pgx_cancel_begin(struct conn *c);
/* pgx_cancel_end: the request's Sync arrived: no more cancel requests (one in flight
 * completes on its own). */
void pgx_cancel_end(struct conn *c);
/* pgx_cancel_close: drop every cancel resource of c (c is being closed). */
void pgx_cancel_close(struct conn *c);
/* pgx_cancel_busy: 1 while c has a cancel request in flight or planned. */
int pgx_cancel_busy(const struct conn *c);
/* pgx_cancel_at_exit: blocking, until deadline: cancel every statement still running and wait
 * for the server to report it ended (the loop no longer runs). */
void pgx_cancel_at_exit(struct pgx *p, int64_t deadline);

/* pgx.c, for the other files. */
void pgx_dispatch(struct pgx *p);
void pgx_req_finish(struct pgx_req *r, int rc, const char *msg, const PGresult *err);
void pgx_queue_push(struct pgx *p, struct pgx_req *r, int front);
void pgx_fail_queue(struct pgx *p, int rc, const char *msg);
void pgx_notify_waiters(struct pgx *p, int rc, const char *msg);
void pgx_start_setup(struct conn *c);
void pgx_on_conn_fd(struct loop *l, int fd, short revents, void *arg);

#endif
