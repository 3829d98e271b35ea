/* The connection state machine of the pool (pgx_impl.h): UNUSED -> CONNECTING -> OPEN, and on
 * failure or loss WAIT (backoff, doubling) -> CONNECTING again. Owns the connect parameters
 * (the options string: the user's first, ours last so ours win, overflow an error), libpq's
 * non-blocking connect, and what happens to a request whose connection is lost: it is run
 * again only if none of it was sent; a statement that reached the server is never re-run. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/log.h"
#include "db/pgx_impl.h"
#include "db/settings.h"

int
pgx_conn_index(const struct conn *c)
{
	return (int)(c - c->pool->conns);
}

void
pgx_conn_watch(struct conn *c, short events)
{
	int fd = c->pg != NULL ? PQsocket(c->pg) : -1;

	if (c->fd >= 0 && c->fd != fd) {
		loop_unwatch(c->pool->loop, c->fd);
		c->fd = -1;
	}
	if (fd < 0)
		return;
	c->events = events;
	/* Backpressure: a request someone waits for is not read while the client is not reading
	 * (a cancelled one drains, so its connection comes back). */
	if (c->pool->paused && c->state == CONN_OPEN && c->req != NULL && !c->abandoned)
		events &= (short)~POLLIN;
	if (loop_watch(c->pool->loop, fd, events, pgx_on_conn_fd, c) != 0) {
		log_error("database connection %d: cannot watch its socket", pgx_conn_index(c));
		return;
	}
	c->fd = fd;
}

/* Closes the libpq side of c (socket, cancel, pipeline state); the request is not touched. */
void
pgx_conn_close(struct conn *c)
{
	if (c->fd >= 0)
		loop_unwatch(c->pool->loop, c->fd);
	c->fd = -1;
	pgx_cancel_close(c);
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
	c->abandoned = 0;
	c->reset_failed = 0;
}

int
pgx_conns_alive(const struct pgx *p, const struct conn *except)
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

	(void)l;
	c->timer = NULL;
	pgx_conn_connect(c);
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
	if (c->timer == NULL)  /* no timer: dispatch() retries a waiting connection on demand */
		log_warn("database connection %d: no timer for the reconnect backoff; retrying on the "
		    "next call", pgx_conn_index(c));
}

void
pgx_copy_error(struct pgx *p, const char *msg)
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

	pgx_copy_error(p, why);
	log_warn("database connection %d: %s", pgx_conn_index(c), p->last_error);
	pgx_conn_close(c);
	conn_wait(c);
	if (pgx_conns_alive(p, NULL) == 0 && (p->queue_head != NULL || p->waiters != NULL)) {
		snprintf(msg, sizeof(msg), "the database is unreachable: %s", p->last_error);
		pgx_fail_queue(p, E_DB, msg);
		pgx_notify_waiters(p, E_DB, msg);
	}
	pgx_dispatch(p);
}

static void
on_connect_deadline(struct loop *l, void *arg)
{
	struct conn *c = arg;
	char why[80];

	(void)l;
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

int
pgx_conn_options(struct pgx *p)
{
	const struct config *cfg = p->cfg;
	const char *user_opts = NULL;
	PQconninfoOption *opts = NULL;
	long t = cfg->query_timeout_ms;
	int n;

	p->options_error[0] = '\0';
	if (cfg->database_url != NULL && (opts = PQconninfoParse(cfg->database_url, NULL)) != NULL) {
		for (PQconninfoOption *o = opts; o->keyword != NULL; o++)
			if (strcmp(o->keyword, "options") == 0 && o->val != NULL)
				user_opts = o->val;
	}
	if (user_opts == NULL)
		user_opts = getenv("PGOPTIONS");
	/* The server applies -c settings in order, the last one winning: ours come after the
	 * user's so no user option can turn off read-only or the timeouts. A string that does not
	 * fit is refused whole: cutting it would drop our settings, which are at its end. */
	n = snprintf(p->options, sizeof(p->options),
	    "%s%s-c default_transaction_read_only=on -c statement_timeout=%ld -c lock_timeout=%ld "
	    "-c idle_in_transaction_session_timeout=%ld" DB_SESSION_OPTIONS,
	    user_opts != NULL ? user_opts : "", user_opts != NULL ? " " : "", t, t,
	    t * PGX_MAX_STMTS + PGX_DEADLINE_GRACE_MS + PGX_DRAIN_MARGIN_MS);
	PQconninfoFree(opts);
	if (n < 0 || (size_t)n >= sizeof(p->options)) {
		p->options[0] = '\0';
		snprintf(p->options_error, sizeof(p->options_error), "the connection options (PGOPTIONS "
		    "or options= in DATABASE_URL) are too long: with mcpdb's own settings they need %d "
		    "bytes, at most %d fit; shorten them", n, PGX_OPTIONS_BYTES - 1);
		return E_TOOBIG;
	}
	return 0;
}

void
pgx_conn_connect(struct conn *c)
{
	struct pgx *p = c->pool;
	const char *keys[] = {"dbname", "fallback_application_name", "client_encoding", "options",
	    "keepalives", "keepalives_idle", NULL};
	const char *vals[] = {p->cfg->database_url, "mcpdb-agent", "UTF8", p->options, "1", "30", NULL};

	if (c->timer != NULL) {
		loop_timer_cancel(p->loop, c->timer);
		c->timer = NULL;
	}
	if (p->options_error[0] != '\0') {
		connect_failed(c, p->options_error);
		return;
	}
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
	if (c->timer == NULL) {
		connect_failed(c, "out of memory for the connect timer");
		return;
	}
	pgx_conn_watch(c, POLLOUT);
}

void
pgx_conn_poll(struct conn *c)
{
	struct pgx *p = c->pool;

	switch (PQconnectPoll(c->pg)) {
	case PGRES_POLLING_READING:
		pgx_conn_watch(c, POLLIN);
		return;
	case PGRES_POLLING_WRITING:
		pgx_conn_watch(c, POLLOUT);
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
	log_info("database connection %d: connected (server %d)", pgx_conn_index(c), PQserverVersion(c->pg));
	if (p->cache_stale && !p->cache_loading) {
		pgx_start_setup(c);
		return;
	}
	c->phase = PHASE_NONE;
	pgx_conn_watch(c, POLLIN);
	pgx_dispatch(p);
}

/* 1 when the server ended the session itself: pg_terminate_backend or a shutdown (57P01),
 * a crash of another backend (57P02) or the server going away (57P03). */
static int
terminated_by_server(const struct conn *c, const char *why)
{
	const char *state = c->first_error != NULL ?
	    PQresultErrorField(c->first_error, PG_DIAG_SQLSTATE) : NULL;

	if (state != NULL && strncmp(state, "57P0", 4) == 0)
		return 1;
	return why != NULL && strstr(why, "terminating connection due to administrator command") != NULL;
}

/* Reconnect c now when requests wait for it, else leave the slot to dispatch. */
static void
after_close(struct conn *c)
{
	struct pgx *p = c->pool;

	if (p->queue_head != NULL && c->state == CONN_WAIT)
		pgx_conn_connect(c);
	else
		pgx_dispatch(p);
}

void
pgx_conn_lost(struct conn *c, const char *why)
{
	struct pgx *p = c->pool;
	struct pgx_req *r = c->req;
	int killed = terminated_by_server(c, why);
	char msg[800];

	pgx_copy_error(p, why);
	log_warn("database connection %d lost: %s", pgx_conn_index(c), p->last_error);
	if (c->phase == PHASE_SETUP) {
		p->cache_loading = 0;
		p->cache_stale = 1;
	}
	c->req = NULL;
	pgx_conn_close(c);
	if (pgx_conns_alive(p, c) == 0) {
		/* Every connection is down: the database restarted or went away. Reload the caches
		 * after reconnecting (functions and types may have changed). */
		p->cache_stale = 1;
		conn_wait(c);
	}
	if (r != NULL) {
		r->conn = NULL;
		if (!r->sent && !r->retried) {
			/* None of it left us: running it on another connection cannot run it twice. */
			r->retried = 1;
			pgx_queue_push(p, r, 1);
		} else if (killed) {
			snprintf(msg, sizeof(msg), "the database server ended this query's session (%s): "
			    "an administrator's pg_terminate_backend or a server shutdown; the query was "
			    "not run again", p->last_error);
			pgx_req_finish(r, E_DB, msg, NULL);
		} else {
			snprintf(msg, sizeof(msg), "lost the connection to the database while the query "
			    "ran: %s; the query was not run again (it may have reached the server)",
			    p->last_error);
			pgx_req_finish(r, E_DB, msg, NULL);
		}
	}
	after_close(c);
}

void
pgx_conn_replace(struct conn *c, const char *why)
{
	log_warn("database connection %d closed and replaced: %s", pgx_conn_index(c), why);
	if (c->req != NULL && c->req->timed_out) {
		char msg[400];

		snprintf(msg, sizeof(msg), "the query did not finish within %ld ms (QUERY_TIMEOUT) and was "
		    "cancelled; the server did not confirm it stopped, so its connection was closed and is "
		    "replaced", c->req->timeout_ms);
		pgx_req_finish(c->req, E_TIMEOUT, msg, NULL);
	} else if (c->req != NULL) {
		pgx_req_finish(c->req, E_DB, why, NULL);
	}
	pgx_conn_close(c);
	after_close(c);
}
