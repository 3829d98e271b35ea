/* The libpq connection pool on the event loop (core/db/pgx.h). Owns the connections and their
 * state machines (connect -> catalog setup -> idle <-> busy, lost -> backoff -> reconnect), the
 * queue of requests waiting for a connection, non-blocking cancellation (PQcancelStart), and
 * the catalog caches (user functions, user types). A request is one pipeline: BEGIN READ ONLY,
 * SET LOCAL statement_timeout, its statements, COMMIT, Sync; ROLLBACK follows after an error. */
#include "db/pgx.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/log.h"
#include "db/pgx_impl.h"
#include "db/settings.h"

/* Grace after statement_timeout before the client gives up on the server (network hangs). */
#define PGX_DEADLINE_GRACE_MS 2000
/* At exit, how long we wait for the cancel of statements still running (see pgx_free). */
#define PGX_EXIT_CANCEL_MS 1000

/* After a cancel, how long a connection may take to drain before it is dropped. */
#define PGX_DRAIN_MS 5000
/* Least time between two reloads of the catalog caches triggered by a lookup miss. */
#define PGX_CACHE_RETRY_MS 1000

enum conn_state { CONN_UNUSED, CONN_WAIT, CONN_CONNECTING, CONN_OPEN };
enum conn_phase { PHASE_NONE, PHASE_SETUP, PHASE_REQUEST, PHASE_ROLLBACK };

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
	int rows_seen, discard, retried;
	struct loop_timer *deadline;
};

struct conn {
	struct pgx *pool;
	enum conn_state state;
	enum conn_phase phase;
	PGconn *pg;
	int fd;                     /* watched socket, -1 when none */
	short events;
	struct loop_timer *timer;   /* backoff (WAIT), connect deadline, or drain deadline */
	long backoff_ms;
	struct pgx_req *req;        /* NULL when idle or draining after cancel/timeout */
	int step, nsteps;           /* pipeline position: results of query `step` are next */
	int stmt_first;             /* step of the request's first statement */
	int recheck_step;           /* step of the user-function recheck, -1 when none */
	PGresult *first_error;
	PGcancelConn *cancel;
	int cancel_fd;
};


static void dispatch(struct pgx *p);
static void conn_lost(struct conn *c, const char *why);
static void conn_connect(struct conn *c);
static void on_conn_fd(struct loop *l, int fd, short revents, void *arg);
static void conn_cancel(struct conn *c);

/* ---- requests ---- */

static void
req_free(struct pgx_req *r)
{
	if (r == NULL)
		return;
	if (r->deadline != NULL)
		loop_timer_cancel(r->pool->loop, r->deadline);
	for (int i = 0; i < r->nstmts; i++) {
		for (int j = 0; j < r->nparams[i]; j++)
			free(r->params[i][j]);
		free(r->params[i]);
		free(r->sql[i]);
	}
	for (int i = 0; i < r->nrecheck; i++)
		free(r->recheck[i]);
	free(r->recheck);
	free(r->recheck_sql);
	free(r);
}

/* Completes r: one done callback, then r is gone. */
static void
req_finish(struct pgx_req *r, int rc, const char *msg, const PGresult *err)
{
	pgx_done_fn done = r->done;
	void *arg = r->arg;

	if (r->conn != NULL && r->conn->req == r)
		r->conn->req = NULL;
	r->conn = NULL;
	if (r->deadline != NULL) {
		loop_timer_cancel(r->pool->loop, r->deadline);
		r->deadline = NULL;
	}
	req_free(r);
	done(arg, rc, msg, err);
}

static void
queue_remove(struct pgx *p, struct pgx_req *r)
{
	struct pgx_req **pp;

	for (pp = &p->queue_head; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == r) {
			*pp = r->next;
			if (p->queue_tail == r) {
				p->queue_tail = NULL;
				for (struct pgx_req *q = p->queue_head; q != NULL; q = q->next)
					p->queue_tail = q;
			}
			r->next = NULL;
			p->queue_len--;
			return;
		}
	}
}

static void
queue_push(struct pgx *p, struct pgx_req *r, int front)
{
	r->next = NULL;
	if (p->queue_head == NULL) {
		p->queue_head = p->queue_tail = r;
	} else if (front) {
		r->next = p->queue_head;
		p->queue_head = r;
	} else {
		p->queue_tail->next = r;
		p->queue_tail = r;
	}
	p->queue_len++;
}

static void
fail_queue(struct pgx *p, int rc, const char *msg)
{
	while (p->queue_head != NULL) {
		struct pgx_req *r = p->queue_head;

		queue_remove(p, r);
		req_finish(r, rc, msg, NULL);
	}
}

/* Calls (and forgets) every waiter: the caches are loaded (0) or the database is unreachable. */
static void
notify_waiters(struct pgx *p, int rc, const char *msg)
{
	while (p->waiters != NULL) {
		struct pgx_waiter *w = p->waiters;

		p->waiters = w->next;
		w->next = NULL;
		w->fn(w->arg, rc, msg);
	}
}

static void
on_req_deadline(struct loop *l, void *arg)
{
	struct pgx_req *r = arg;
	struct conn *c = r->conn;
	char msg[200];

	r->deadline = NULL;
	if (c == NULL) {
		queue_remove(r->pool, r);
		snprintf(msg, sizeof(msg), "no database connection became free within %ld ms", r->timeout_ms + PGX_DEADLINE_GRACE_MS);
		req_finish(r, E_TIMEOUT, msg, NULL);
		return;
	}
	snprintf(msg, sizeof(msg), "the query did not finish within %ld ms (QUERY_TIMEOUT) and was cancelled", r->timeout_ms);
	req_finish(r, E_TIMEOUT, msg, NULL);
	/* The connection drains (the cancel below stops the statement) before it is reused. */
	conn_cancel(c);
}

unsigned long
pgx_cancels_sent(const struct pgx *p)
{
	return p->cancels;
}

/* ---- connection plumbing ---- */

static int
conn_index(const struct conn *c)
{
	return (int)(c - c->pool->conns);
}

static void
conn_watch(struct conn *c, short events)
{
	int fd = c->pg != NULL ? PQsocket(c->pg) : -1;

	if (c->fd >= 0 && c->fd != fd) {
		loop_unwatch(c->pool->loop, c->fd);
		c->fd = -1;
	}
	if (fd < 0)
		return;
	if (loop_watch(c->pool->loop, fd, events, on_conn_fd, c) != 0) {
		log_error("database connection %d: cannot watch its socket", conn_index(c));
		return;
	}
	c->fd = fd;
	c->events = events;
}

static void
cancel_close(struct conn *c)
{
	if (c->cancel == NULL)
		return;
	if (c->cancel_fd >= 0)
		loop_unwatch(c->pool->loop, c->cancel_fd);
	c->cancel_fd = -1;
	PQcancelFinish(c->cancel);
	c->cancel = NULL;
}

/* Closes the libpq side of c (socket, cancel, pipeline state); the request is not touched. */
static void
conn_close(struct conn *c)
{
	if (c->fd >= 0)
		loop_unwatch(c->pool->loop, c->fd);
	c->fd = -1;
	cancel_close(c);
	if (c->timer != NULL) {
		loop_timer_cancel(c->pool->loop, c->timer);
		c->timer = NULL;
	}
	PQclear(c->first_error);
	c->first_error = NULL;
	PQfinish(c->pg);
	c->pg = NULL;
	c->phase = PHASE_NONE;
	c->state = CONN_UNUSED;
}

static int
conns_alive(const struct pgx *p, const struct conn *except)
{
	int n = 0;

	for (int i = 0; i < p->nconns; i++) {
		const struct conn *c = &p->conns[i];
		if (c != except && (c->state == CONN_OPEN || c->state == CONN_CONNECTING))
			n++;
	}
	return n;
}

static void
on_backoff(struct loop *l, void *arg)
{
	struct conn *c = arg;

	c->timer = NULL;
	conn_connect(c);
}

/* c goes to WAIT: reconnect after its backoff (doubling up to the ceiling). */
static void
conn_wait(struct conn *c)
{
	c->backoff_ms = c->backoff_ms == 0 ? LIMIT_RECONNECT_MIN_MS : c->backoff_ms * 2;
	if (c->backoff_ms > LIMIT_RECONNECT_MAX_MS)
		c->backoff_ms = LIMIT_RECONNECT_MAX_MS;
	c->state = CONN_WAIT;
	c->timer = loop_timer_add(c->pool->loop, loop_now_ms() + c->backoff_ms, on_backoff, c);
	if (c->timer == NULL) /* no timer: dispatch() retries a waiting connection on demand */
		log_warn("database connection %d: no timer for the reconnect backoff; retrying on the next call",
		    conn_index(c));
}

static void
copy_error(struct pgx *p, const char *msg)
{
	size_t n;

	snprintf(p->last_error, sizeof(p->last_error), "%s", msg != NULL && msg[0] ? msg : "unknown error");
	/* libpq's messages end in newlines and may span lines: keep one line. */
	for (char *s = p->last_error; *s; s++)
		if (*s == '\n' || *s == '\r' || *s == '\t')
			*s = ' ';
	n = strlen(p->last_error);
	while (n > 0 && p->last_error[n - 1] == ' ')
		p->last_error[--n] = '\0';
}

static void
connect_failed(struct conn *c, const char *why)
{
	struct pgx *p = c->pool;
	char msg[640];

	copy_error(p, why);
	log_warn("database connection %d: %s", conn_index(c), p->last_error);
	conn_close(c);
	conn_wait(c);
	if (conns_alive(p, NULL) == 0 && (p->queue_head != NULL || p->waiters != NULL)) {
		snprintf(msg, sizeof(msg), "the database is unreachable: %s", p->last_error);
		fail_queue(p, E_DB, msg);
		notify_waiters(p, E_DB, msg);
	}
	dispatch(p);
}

static void
on_connect_deadline(struct loop *l, void *arg)
{
	struct conn *c = arg;
	char why[80];

	c->timer = NULL;
	snprintf(why, sizeof(why), "no answer from the server within %d ms", LIMIT_CONNECT_TIMEOUT_MS);
	connect_failed(c, why);
}

static void
quiet_notice(void *arg, const char *message)
{
	(void)arg;
	log_debug("database notice: %s", message);
}

/* The connect parameters: DATABASE_URL (or PG* defaults) plus the session settings. */
static void
session_options(const struct config *cfg, char *buf, size_t len)
{
	const char *user_opts = NULL;
	PQconninfoOption *opts = NULL;
	long t = cfg->query_timeout_ms;

	if (cfg->database_url != NULL && (opts = PQconninfoParse(cfg->database_url, NULL)) != NULL) {
		for (PQconninfoOption *o = opts; o->keyword != NULL; o++)
			if (strcmp(o->keyword, "options") == 0 && o->val != NULL)
				user_opts = o->val;
	}
	if (user_opts == NULL)
		user_opts = getenv("PGOPTIONS");
	snprintf(buf, len,
	    "%s%s-c default_transaction_read_only=on -c statement_timeout=%ld -c lock_timeout=%ld "
	    "-c idle_in_transaction_session_timeout=%ld" DB_SESSION_OPTIONS,
	    user_opts != NULL ? user_opts : "", user_opts != NULL ? " " : "", t, t,
	    t + PGX_DEADLINE_GRACE_MS + PGX_DRAIN_MS);
	PQconninfoFree(opts);
}

static void
conn_connect(struct conn *c)
{
	struct pgx *p = c->pool;
	char options[1024];
	const char *keys[] = {"dbname", "fallback_application_name", "client_encoding", "options",
	    "keepalives", "keepalives_idle", NULL};
	const char *vals[] = {p->cfg->database_url, "mcpdb-agent", "UTF8", options, "1", "30", NULL};

	if (c->timer != NULL) {
		loop_timer_cancel(p->loop, c->timer);
		c->timer = NULL;
	}
	session_options(p->cfg, options, sizeof(options));
	c->pg = PQconnectStartParams(keys, vals, 1);
	if (c->pg == NULL) {
		connect_failed(c, "out of memory");
		return;
	}
	if (PQstatus(c->pg) == CONNECTION_BAD) {
		connect_failed(c, PQerrorMessage(c->pg));
		return;
	}
	PQsetNoticeProcessor(c->pg, quiet_notice, NULL);
	c->state = CONN_CONNECTING;
	c->timer = loop_timer_add(p->loop, loop_now_ms() + LIMIT_CONNECT_TIMEOUT_MS, on_connect_deadline, c);
	if (c->timer == NULL) { /* a connect attempt without its deadline could hang forever */
		connect_failed(c, "out of memory for the connect timer");
		return;
	}
	conn_watch(c, POLLOUT);
}

/* Sends the queries of a pipeline and flushes what the socket takes. 0 or E_DB. */
static int
send_query(struct conn *c, const char *sql, int nparams, const char *const *params)
{
	return PQsendQueryParams(c->pg, sql, nparams, NULL, params, NULL, NULL, 0) ? 0 : E_DB;
}

static int
pipeline_end(struct conn *c)
{
	int r;

	if (!PQpipelineSync(c->pg))
		return E_DB;
	r = PQflush(c->pg);
	if (r < 0)
		return E_DB;
	conn_watch(c, r == 1 ? (POLLIN | POLLOUT) : POLLIN);
	return 0;
}

static void
start_setup(struct conn *c)
{
	struct pgx *p = c->pool;

	p->cache_loading = 1;
	p->cache_stale = 0;
	p->cache_retry_at = loop_now_ms() + PGX_CACHE_RETRY_MS;
	c->phase = PHASE_SETUP;
	c->step = 0;
	c->nsteps = p->role_checked ? 3 : 4;
	if (send_query(c, PGX_SQL_USER_FUNCTIONS, 0, NULL) != 0 || send_query(c, PGX_SQL_USER_TYPES, 0, NULL) != 0 ||
	    send_query(c, PGX_SQL_SEARCH_PATH, 0, NULL) != 0 ||
	    (!p->role_checked && send_query(c, PGX_SQL_ROLE_WRITES, 0, NULL) != 0) || pipeline_end(c) != 0) {
		p->cache_loading = 0;
		p->cache_stale = 1;
		conn_lost(c, PQerrorMessage(c->pg));
	}
}

static void
connect_poll(struct conn *c)
{
	struct pgx *p = c->pool;

	switch (PQconnectPoll(c->pg)) {
	case PGRES_POLLING_READING:
		conn_watch(c, POLLIN);
		return;
	case PGRES_POLLING_WRITING:
		conn_watch(c, POLLOUT);
		return;
	case PGRES_POLLING_OK:
		break;
	default:
		connect_failed(c, PQerrorMessage(c->pg));
		return;
	}
	if (c->timer != NULL) {
		loop_timer_cancel(p->loop, c->timer);
		c->timer = NULL;
	}
	if (PQsetnonblocking(c->pg, 1) != 0 || !PQenterPipelineMode(c->pg)) {
		connect_failed(c, PQerrorMessage(c->pg));
		return;
	}
	c->state = CONN_OPEN;
	c->backoff_ms = 0;
	log_info("database connection %d: connected (server %d)", conn_index(c), PQserverVersion(c->pg));
	if (p->cache_stale && !p->cache_loading) {
		start_setup(c);
		return;
	}
	c->phase = PHASE_NONE;
	conn_watch(c, POLLIN);
	dispatch(p);
}

/* The connection is gone (server restart, network): retry or fail its request, reconnect. */
static void
conn_lost(struct conn *c, const char *why)
{
	struct pgx *p = c->pool;
	struct pgx_req *r = c->req;
	char msg[700];

	copy_error(p, why);
	log_warn("database connection %d lost: %s", conn_index(c), p->last_error);
	if (c->phase == PHASE_SETUP) {
		p->cache_loading = 0;
		p->cache_stale = 1;
	}
	c->req = NULL;
	conn_close(c);
	if (conns_alive(p, c) == 0) {
		/* Every connection is down: the database restarted or went away. Reload the caches
		 * after reconnecting (functions and types may have changed). */
		p->cache_stale = 1;
		conn_wait(c);
	}
	if (r != NULL) {
		r->conn = NULL;
		if (!r->rows_seen && !r->retried) {
			/* Nothing reached the caller: safe to run again (read-only) on a new connection. */
			r->retried = 1;
			queue_push(p, r, 1);
		} else {
			snprintf(msg, sizeof(msg), "lost the connection to the database while the query ran: %s", p->last_error);
			req_finish(r, E_DB, msg, NULL);
		}
	}
	if (p->queue_head != NULL && c->state == CONN_WAIT)
		conn_connect(c);
	else
		dispatch(p);
}

/* ---- cancellation ---- */

static void
on_cancel_fd(struct loop *l, int fd, short revents, void *arg)
{
	struct conn *c = arg;
	PostgresPollingStatusType st = PQcancelPoll(c->cancel);
	int nfd;

	if (st == PGRES_POLLING_READING || st == PGRES_POLLING_WRITING) {
		nfd = PQcancelSocket(c->cancel);
		if (nfd != c->cancel_fd) {
			loop_unwatch(l, c->cancel_fd);
			c->cancel_fd = -1;
		}
		if (nfd >= 0 && loop_watch(l, nfd, st == PGRES_POLLING_READING ? POLLIN : POLLOUT, on_cancel_fd, c) == 0)
			c->cancel_fd = nfd;
		else
			cancel_close(c);
		return;
	}
	if (st != PGRES_POLLING_OK)
		log_warn("database connection %d: cancel request failed: %s", conn_index(c), PQcancelErrorMessage(c->cancel));
	cancel_close(c);
	if (c->phase == PHASE_NONE && c->state == CONN_OPEN)
		dispatch(c->pool);
}

static void
on_drain_deadline(struct loop *l, void *arg)
{
	struct conn *c = arg;

	c->timer = NULL;
	conn_lost(c, "the server did not finish a cancelled statement in time");
}

/* Asks the server to cancel what c runs (non-blocking; at most one cancel in flight). The
 * connection is not reused until its pipeline has drained and the cancel has completed. */
static void
conn_cancel(struct conn *c)
{
	struct pgx *p = c->pool;

	if (c->pg == NULL || c->phase == PHASE_NONE)
		return;
	if (c->timer == NULL &&
	    (c->timer = loop_timer_add(p->loop, loop_now_ms() + PGX_DRAIN_MS, on_drain_deadline, c)) == NULL) {
		/* without the drain deadline a stuck statement could hold c forever: drop it now */
		conn_lost(c, "out of memory for the cancel deadline");
		return;
	}
	if (c->cancel != NULL)
		return;
	if ((c->cancel = PQcancelCreate(c->pg)) == NULL)
		return;
	if (!PQcancelStart(c->cancel)) {
		log_warn("database connection %d: cannot send a cancel request: %s", conn_index(c),
		    PQcancelErrorMessage(c->cancel));
		cancel_close(c);
		return;
	}
	p->cancels++;
	c->cancel_fd = PQcancelSocket(c->cancel);
	if (c->cancel_fd < 0 || loop_watch(p->loop, c->cancel_fd, POLLOUT, on_cancel_fd, c) != 0) {
		c->cancel_fd = -1;
		cancel_close(c);
	}
}

/* ---- running requests ---- */

static void
start_request(struct conn *c, struct pgx_req *r)
{
	char set_timeout[80];
	/* The session's statement_timeout is the configured one (set at connect, and the guard
	 * lets no statement change it): SET LOCAL is sent only when this request wants another,
	 * which saves a statement per call on the common path. */
	int set_local = r->timeout_ms != c->pool->cfg->query_timeout_ms;

	c->req = r;
	r->conn = c;
	c->phase = PHASE_REQUEST;
	c->step = 0;
	/* Issue 13: user statements run with search_path pinned, so an unqualified function,
	 * operator or type can only be a built-in (the guard qualified the user relations and
	 * allowed user functions); only mcpdb's own catalog SQL keeps the role's path. */
	int pin = !r->catalog_sql;

	c->stmt_first = 1 + set_local + pin + (r->recheck_sql != NULL);
	c->recheck_step = r->recheck_sql != NULL ? c->stmt_first - 1 : -1;
	c->nsteps = c->stmt_first + r->nstmts + 1;
	snprintf(set_timeout, sizeof(set_timeout), "SET LOCAL statement_timeout = %ld", r->timeout_ms);
	if (send_query(c, "BEGIN READ ONLY", 0, NULL) != 0 || (set_local && send_query(c, set_timeout, 0, NULL) != 0))
		goto lost;
	if (pin && send_query(c, "SET LOCAL search_path = pg_catalog, pg_temp", 0, NULL) != 0)
		goto lost;
	if (r->recheck_sql != NULL && send_query(c, r->recheck_sql, r->nrecheck, (const char *const *)r->recheck) != 0)
		goto lost;
	for (int i = 0; i < r->nstmts; i++)
		if (send_query(c, r->sql[i], r->nparams[i], (const char *const *)r->params[i]) != 0)
			goto lost;
	if (send_query(c, "COMMIT", 0, NULL) != 0 || pipeline_end(c) != 0)
		goto lost;
	return;
lost:
	conn_lost(c, PQerrorMessage(c->pg));
}

static void
start_rollback(struct conn *c)
{
	c->phase = PHASE_ROLLBACK;
	c->step = 0;
	c->nsteps = 1;
	if (send_query(c, "ROLLBACK", 0, NULL) != 0 || pipeline_end(c) != 0)
		conn_lost(c, PQerrorMessage(c->pg));
}

/* The request's pipeline reached its Sync: report, then roll back if a transaction is open. */
static void
request_synced(struct conn *c)
{
	struct pgx_req *r = c->req;
	PGresult *err = c->first_error;
	PGTransactionStatusType ts;

	c->first_error = NULL;
	if (r != NULL) {
		if (err == NULL) {
			req_finish(r, 0, NULL, NULL);
		} else {
			const char *state = PQresultErrorField(err, PG_DIAG_SQLSTATE);
			const char *msg = PQresultErrorField(err, PG_DIAG_MESSAGE_PRIMARY);
			int rc = state != NULL && strcmp(state, "57014") == 0 ? E_TIMEOUT : E_DB;

			req_finish(r, rc, msg != NULL ? msg : PQresultErrorMessage(err), err);
		}
	}
	PQclear(err);
	if (c->pg == NULL)
		return;
	ts = PQtransactionStatus(c->pg);
	if (ts == PQTRANS_INERROR || ts == PQTRANS_INTRANS) {
		start_rollback(c);
		return;
	}
	c->phase = PHASE_NONE;
}

/* One result of the running pipeline (not NULL). Returns 0, or -1 when c was closed. */
static int
handle_result(struct conn *c, PGresult *res)
{
	struct pgx *p = c->pool;
	ExecStatusType st = PQresultStatus(res);

	if (st == PGRES_PIPELINE_SYNC) {
		PQclear(res);
		if (c->phase == PHASE_SETUP) {
			p->cache_loading = 0;
			p->cache_loaded = 1;
			c->phase = PHASE_NONE;
			notify_waiters(p, 0, NULL);
		} else if (c->phase == PHASE_REQUEST) {
			request_synced(c);
		} else {
			c->phase = PHASE_NONE;
		}
		if (c->phase == PHASE_NONE && c->timer != NULL) {
			loop_timer_cancel(p->loop, c->timer);
			c->timer = NULL;
		}
		return 0;
	}
	if (st == PGRES_FATAL_ERROR) {
		if (c->phase == PHASE_REQUEST && c->step == c->recheck_step)
			p->cache_stale = 1;  /* a user function changed: reload before judging again */
		if (c->first_error == NULL) {
			c->first_error = res;
			res = NULL;
		}
		if (c->phase == PHASE_SETUP && c->first_error != NULL)
			log_warn("database connection %d: loading the catalog caches failed: %s", conn_index(c),
			    PQresultErrorMessage(c->first_error));
	} else if (c->phase == PHASE_SETUP && st == PGRES_TUPLES_OK) {
		if (c->step == 0) {
			pgx_catalog_load_funcs(p, res);
		} else if (c->step == 1) {
			pgx_catalog_load_types(p, res);
		} else if (c->step == 2) {
			pgx_catalog_load_path(p, res);
		} else {
			pgx_catalog_check_role(res);
			p->role_checked = 1;
		}
	} else if (c->phase == PHASE_REQUEST && c->step >= c->stmt_first && c->step < c->nsteps - 1 &&
	    (st == PGRES_TUPLES_CHUNK || st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)) {
		struct pgx_req *r = c->req;

		if (r != NULL && !r->discard) {
			r->rows_seen = 1;
			if (r->rows(r->arg, c->step - c->stmt_first, res) != 0)
				r->discard = 1;
		}
	}
	PQclear(res);
	if (c->phase == PHASE_SETUP && c->first_error != NULL && st == PGRES_FATAL_ERROR) {
		PQclear(c->first_error);
		c->first_error = NULL;
	}
	return c->pg != NULL ? 0 : -1;
}

static void
read_results(struct conn *c)
{
	while (c->pg != NULL && c->phase != PHASE_NONE && !PQisBusy(c->pg)) {
		PGresult *res = PQgetResult(c->pg);

		if (res == NULL) {
			/* The current query's results are complete; the next one starts. */
			c->step++;
			if (c->phase == PHASE_REQUEST && c->step >= c->stmt_first && c->step < c->nsteps - 1 &&
			    !PQsetChunkedRowsMode(c->pg, LIMIT_FETCH_CHUNK_ROWS))
				log_debug("database connection %d: chunked rows mode refused", conn_index(c));
			continue;
		}
		if (handle_result(c, res) != 0)
			return;
	}
	if (c->pg != NULL && c->phase == PHASE_NONE && c->cancel == NULL)
		dispatch(c->pool);
}

static void
on_conn_fd(struct loop *l, int fd, short revents, void *arg)
{
	struct conn *c = arg;
	int r;

	if (c->state == CONN_CONNECTING) {
		connect_poll(c);
		return;
	}
	if (c->state != CONN_OPEN || c->pg == NULL)
		return;
	if (revents & POLLOUT) {
		if ((r = PQflush(c->pg)) < 0) {
			conn_lost(c, PQerrorMessage(c->pg));
			return;
		}
		if (r == 0)
			conn_watch(c, POLLIN);
	}
	if (revents & (POLLIN | POLLHUP | POLLERR)) {
		if (!PQconsumeInput(c->pg) || PQstatus(c->pg) == CONNECTION_BAD) {
			conn_lost(c, PQerrorMessage(c->pg));
			return;
		}
		read_results(c);
	}
}

static struct conn *
find_idle(struct pgx *p)
{
	for (int i = 0; i < p->nconns; i++) {
		struct conn *c = &p->conns[i];
		if (c->state == CONN_OPEN && c->phase == PHASE_NONE && c->cancel == NULL && c->req == NULL)
			return c;
	}
	return NULL;
}

static void
dispatch(struct pgx *p)
{
	struct conn *c;
	int pending = 0;
	long want;

	while (p->queue_head != NULL && (c = find_idle(p)) != NULL) {
		struct pgx_req *r;

		if (p->cache_stale && !p->cache_loading && loop_now_ms() >= p->cache_retry_at) {
			start_setup(c);
			continue;
		}
		r = p->queue_head;
		queue_remove(p, r);
		start_request(c, r);
	}
	if (p->queue_head == NULL)
		return;
	/* Requests are waiting: open more connections, up to the pool size. */
	for (int i = 0; i < p->nconns; i++) {
		c = &p->conns[i];
		if (c->state == CONN_CONNECTING || (c->state == CONN_OPEN && c->phase == PHASE_SETUP))
			pending++;
	}
	want = (long)p->queue_len - pending;
	for (int i = 0; i < p->nconns && want > 0; i++) {
		c = &p->conns[i];
		if (c->state == CONN_UNUSED) {
			want--;
			conn_connect(c);
		}
	}
	/* A connection waiting out its backoff is tried at once only when nothing else can serve
	 * (the database may be back: the call should not wait for the timer). Otherwise the
	 * backoff stands, so a server refusing connections is not hammered. */
	if (want > 0 && conns_alive(p, NULL) == 0) {
		for (int i = 0; i < p->nconns; i++) {
			c = &p->conns[i];
			if (c->state == CONN_WAIT) {
				conn_connect(c);
				break;
			}
		}
	}
}

/* ---- public API ---- */

int
pgx_new(struct loop *l, const struct config *c, struct pgx **out)
{
	struct pgx *p;
	int n = c->pool_size > 0 ? c->pool_size : LIMIT_POOL_SIZE;

	*out = NULL;
	if (n > LIMIT_POOL_SIZE_MAX)
		n = LIMIT_POOL_SIZE_MAX;
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return E_NOMEM;
	if ((p->conns = calloc((size_t)n, sizeof(*p->conns))) == NULL) {
		free(p);
		return E_NOMEM;
	}
	p->loop = l;
	p->cfg = c;
	p->nconns = n;
	p->cache_stale = 1;
	p->role_checked = 1;    /* until pgx_warn_writable_role asks for the check */
	for (int i = 0; i < n; i++) {
		p->conns[i].pool = p;
		p->conns[i].fd = -1;
		p->conns[i].cancel_fd = -1;
	}
	snprintf(p->last_error, sizeof(p->last_error), "not connected yet");
	conn_connect(&p->conns[0]);
	*out = p;
	return 0;
}

/* At shutdown the loop no longer runs: a statement still executing would go on until
 * statement_timeout after we close the socket (the server notices a vanished client only when
 * it next writes). So finish its cancel here, blocking but bounded by PGX_EXIT_CANCEL_MS. */
static void
cancel_at_exit(struct conn *c, int64_t deadline)
{
	PostgresPollingStatusType st = PGRES_POLLING_WRITING;

	if (c->pg == NULL || c->phase == PHASE_NONE)
		return;
	if (c->cancel == NULL) {
		if ((c->cancel = PQcancelCreate(c->pg)) == NULL || !PQcancelStart(c->cancel))
			return;
	} else if (c->cancel_fd >= 0) {
		loop_unwatch(c->pool->loop, c->cancel_fd);
		c->cancel_fd = -1;
	}
	while (st != PGRES_POLLING_OK && st != PGRES_POLLING_FAILED) {
		struct pollfd pfd = { PQcancelSocket(c->cancel), 0, 0 };
		int64_t left = deadline - loop_now_ms();

		if (pfd.fd < 0 || left <= 0)
			break;
		pfd.events = st == PGRES_POLLING_READING ? POLLIN : POLLOUT;
		if (poll(&pfd, 1, (int)left) <= 0)
			break;
		st = PQcancelPoll(c->cancel);
	}
}

void
pgx_free(struct pgx *p)
{
	int64_t deadline;

	if (p == NULL)
		return;
	deadline = loop_now_ms() + PGX_EXIT_CANCEL_MS;
	for (int i = 0; i < p->nconns; i++)
		cancel_at_exit(&p->conns[i], deadline);
	for (int i = 0; i < p->nconns; i++) {
		struct conn *c = &p->conns[i];

		if (c->req != NULL) {
			c->req->conn = NULL;
			req_free(c->req);
			c->req = NULL;
		}
		conn_close(c);
	}
	while (p->queue_head != NULL) {
		struct pgx_req *r = p->queue_head;

		queue_remove(p, r);
		req_free(r);
	}
	pgx_catalog_free(p);
	free(p->conns);
	free(p);
}

static int
copy_stmt(struct pgx_req *r, int i, const struct pgx_stmt *s)
{
	if ((r->sql[i] = strdup(s->sql)) == NULL)
		return E_NOMEM;
	if (s->nparams <= 0)
		return 0;
	if ((r->params[i] = calloc((size_t)s->nparams, sizeof(char *))) == NULL)
		return E_NOMEM;
	r->nparams[i] = s->nparams;
	for (int j = 0; j < s->nparams; j++)
		if (s->params[j] != NULL && (r->params[i][j] = strdup(s->params[j])) == NULL)
			return E_NOMEM;
	return 0;
}

/* The recheck of the user functions the guard allowed: fails (with the function's name in
 * the message) when one of them is VOLATILE now. `schema.name` is compared as text: a dot
 * inside a name can only make it check more functions, never fewer. */
static int
copy_recheck(struct pgx_req *r, const struct pgx_query *q)
{
	static const char head[] =
	    "SELECT pg_catalog.int4('mcpdb: ' || n.nspname || '.' || p.proname || '() changed since it was "
	    "checked: it is VOLATILE now, so the statement was not run; call again to have it judged anew') "
	    "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
	    "WHERE p.provolatile = 'v' AND (n.nspname || '.' || p.proname) = ANY (ARRAY[";
	size_t len = sizeof(head) + (size_t)PGX_MAX_RECHECK * 12 + 8, o;

	if (q->nrecheck > PGX_MAX_RECHECK || q->recheck == NULL)
		return E_INVAL;
	if ((r->recheck = calloc((size_t)q->nrecheck, sizeof(char *))) == NULL ||
	    (r->recheck_sql = malloc(len)) == NULL)
		return E_NOMEM;
	o = (size_t)snprintf(r->recheck_sql, len, "%s", head);
	for (int i = 0; i < q->nrecheck; i++) {
		if ((r->recheck[i] = strdup(q->recheck[i])) == NULL)
			return E_NOMEM;
		r->nrecheck = i + 1;
		o += (size_t)snprintf(r->recheck_sql + o, len - o, "%s$%d::text", i ? ", " : "", i + 1);
	}
	snprintf(r->recheck_sql + o, len - o, "])");
	return 0;
}

int
pgx_submit(struct pgx *p, const struct pgx_query *q, struct pgx_req **reqp)
{
	struct pgx_req *r;
	int rc;

	*reqp = NULL;
	if (q->nstmts < 1 || q->nstmts > PGX_MAX_STMTS || q->done == NULL || q->rows == NULL)
		return E_INVAL;
	if (p->queue_len >= LIMIT_PGX_QUEUE)
		return E_TOOBIG;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return E_NOMEM;
	r->pool = p;
	r->nstmts = q->nstmts;
	for (int i = 0; i < q->nstmts; i++) {
		if ((rc = copy_stmt(r, i, &q->stmts[i])) != 0) {
			req_free(r);
			return rc;
		}
	}
	r->catalog_sql = q->catalog_sql;
	if (q->nrecheck > 0 && (rc = copy_recheck(r, q)) != 0) {
		req_free(r);
		return rc;
	}
	r->timeout_ms = q->timeout_ms > 0 ? q->timeout_ms : p->cfg->query_timeout_ms;
	r->rows = q->rows;
	r->done = q->done;
	r->arg = q->arg;
	r->deadline = loop_timer_add(p->loop, loop_now_ms() + r->timeout_ms + PGX_DEADLINE_GRACE_MS, on_req_deadline, r);
	if (r->deadline == NULL) {
		req_free(r);
		return E_NOMEM;
	}
	*reqp = r;
	queue_push(p, r, 0);
	dispatch(p);
	return 0;
}

void
pgx_warn_writable_role(struct pgx *p)
{
	p->role_checked = 0;
}

void
pgx_wait_ready(struct pgx *p, struct pgx_waiter *w)
{
	int connecting = 0;

	if (p->cache_loaded) {
		w->fn(w->arg, 0, NULL);
		return;
	}
	w->next = p->waiters;
	p->waiters = w;
	if (!p->cache_loading) {
		struct conn *idle = find_idle(p);

		if (idle != NULL) {
			start_setup(idle);
			return;
		}
	}
	for (int i = 0; i < p->nconns; i++)
		if (p->conns[i].state == CONN_CONNECTING || p->conns[i].state == CONN_OPEN)
			connecting = 1;
	if (!connecting) {
		/* Nothing under way (backoff after a failure): try now, so the caller hears soon. */
		for (int i = 0; i < p->nconns; i++) {
			if (p->conns[i].state == CONN_WAIT || p->conns[i].state == CONN_UNUSED) {
				conn_connect(&p->conns[i]);
				break;
			}
		}
	}
}

void
pgx_wait_cancel(struct pgx *p, struct pgx_waiter *w)
{
	for (struct pgx_waiter **pp = &p->waiters; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == w) {
			*pp = w->next;
			w->next = NULL;
			return;
		}
	}
}

void
pgx_cancel(struct pgx *p, struct pgx_req *r)
{
	struct conn *c;

	if (r == NULL)
		return;
	c = r->conn;
	if (c == NULL) {
		queue_remove(p, r);
		req_free(r);
		return;
	}
	c->req = NULL;
	r->conn = NULL;
	req_free(r);
	conn_cancel(c);
}
