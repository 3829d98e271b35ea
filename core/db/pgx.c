/* The libpq connection pool on the event loop (core/db/pgx.h): requests, the queue of those
 * waiting for a connection, the pipelines they run and their results, and the catalog setup.
 * The connection state machine is in pgx_conn.c, cancellation in pgx_cancel.c. A request is
 * one pipeline sent at once: BEGIN READ ONLY, [SET LOCAL statement_timeout], its statements,
 * COMMIT, Sync; then the reset, like PgBouncer's server_reset_query: ROLLBACK, Sync,
 * DISCARD ALL, Sync. Every connection returns to the pool clean, without a round trip. */
#include "db/pgx.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/log.h"
#include "db/pgx_impl.h"

/* Syncs in a request's pipeline: its transaction, the ROLLBACK, the DISCARD ALL (which may not
 * share an implicit transaction with another statement, hence a Sync of its own). */
#define REQUEST_SYNCS 3

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
void
pgx_req_finish(struct pgx_req *r, int rc, const char *msg, const PGresult *err)
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

void
pgx_queue_push(struct pgx *p, struct pgx_req *r, int front)
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

void
pgx_fail_queue(struct pgx *p, int rc, const char *msg)
{
	while (p->queue_head != NULL) {
		struct pgx_req *r = p->queue_head;

		queue_remove(p, r);
		pgx_req_finish(r, rc, msg, NULL);
	}
}

/* Calls (and forgets) every waiter: the caches are loaded (0) or the database is unreachable. */
void
pgx_notify_waiters(struct pgx *p, int rc, const char *msg)
{
	while (p->waiters != NULL) {
		struct pgx_waiter *w = p->waiters;

		p->waiters = w->next;
		w->next = NULL;
		w->fn(w->arg, rc, msg);
	}
}

/* The answer of a request that passed its client deadline, once the cancel's outcome is
 * known (confirmed: the backend reported the statement ended) or not within PGX_CONFIRM_MS. */
static void
finish_timed_out(struct pgx_req *r, int confirmed)
{
	char msg[400];
	long left = 0;

	if (!confirmed && r->conn != NULL)
		left = (long)(r->conn->busy_until - loop_now_ms());
	if (confirmed)
		snprintf(msg, sizeof(msg), "the query did not finish within %ld ms (QUERY_TIMEOUT) and "
		    "was cancelled; the server confirmed it stopped", r->timeout_ms);
	else
		snprintf(msg, sizeof(msg), "the query did not finish within %ld ms (QUERY_TIMEOUT); it "
		    "is being cancelled but the server has not confirmed it stopped: its connection "
		    "stays out of the pool and is closed and replaced if it does not stop within %ld ms",
		    r->timeout_ms, left > 0 ? left : 0);
	pgx_req_finish(r, E_TIMEOUT, msg, NULL);
}

static void
on_req_deadline(struct loop *l, void *arg)
{
	struct pgx_req *r = arg;
	struct conn *c = r->conn;
	char msg[200];

	(void)l;
	r->deadline = NULL;
	if (c == NULL) {
		queue_remove(r->pool, r);
		snprintf(msg, sizeof(msg), "no database connection became free within %ld ms", r->timeout_ms + PGX_DEADLINE_GRACE_MS);
		pgx_req_finish(r, E_TIMEOUT, msg, NULL);
		return;
	}
	if (r->timed_out) {          /* PGX_CONFIRM_MS passed without the server's word */
		finish_timed_out(r, 0);
		return;
	}
	/* The server has not answered within statement_timeout plus the grace: cancel (repeated
	 * until it stops) and wait a little for the outcome, so the answer can say it. */
	r->timed_out = 1;
	r->discard = 1;
	r->deadline = loop_timer_add(l, loop_now_ms() + PGX_CONFIRM_MS, on_req_deadline, r);
	if (r->deadline == NULL) {
		finish_timed_out(r, 0);
		pgx_cancel_begin(c);
		return;
	}
	pgx_cancel_begin(c);
}

unsigned long
pgx_cancels_sent(const struct pgx *p)
{
	return p->cancels;
}

/* ---- pipelines ---- */

/* Queues one query of a pipeline (sent at pipeline_end). 0 or E_DB. */
static int
send_query(struct conn *c, const char *sql, int nparams, const char *const *params)
{
	return PQsendQueryParams(c->pg, sql, nparams, NULL, params, NULL, NULL, 0) ? 0 : E_DB;
}

static int
send_sync(struct conn *c)
{
	return PQpipelineSync(c->pg) ? 0 : E_DB;
}

/* Flushes what the socket takes now; the rest goes out on POLLOUT. 0 or E_DB. */
static int
pipeline_flush(struct conn *c)
{
	int r = PQflush(c->pg);

	if (r < 0)
		return E_DB;
	pgx_conn_watch(c, r == 1 ? (POLLIN | POLLOUT) : POLLIN);
	return 0;
}

void
pgx_start_setup(struct conn *c)
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
	    (!p->role_checked && send_query(c, PGX_SQL_ROLE_WRITES, 0, NULL) != 0) ||
	    send_sync(c) != 0 || pipeline_flush(c) != 0) {
		p->cache_loading = 0;
		p->cache_stale = 1;
		pgx_conn_lost(c, PQerrorMessage(c->pg));
	}
}

static void
start_request(struct conn *c, struct pgx_req *r)
{
	char set_timeout[80];
	/* The session's statement_timeout is the configured one (set at connect, and the guard
	 * lets no statement change it): SET LOCAL is sent only when this request wants another,
	 * which saves a statement per call on the common path. */
	int set_local = r->timeout_ms != c->pool->cfg->query_timeout_ms;
	/* Issue 13: user statements run with search_path pinned, so an unqualified function,
	 * operator or type can only be a built-in (the guard qualified the user relations and
	 * allowed user functions); only mcpdb's own catalog SQL keeps the role's path. */
	int pin = !r->catalog_sql;

	c->req = r;
	r->conn = c;
	c->phase = PHASE_REQUEST;
	c->step = 0;
	c->stmt_first = 1 + set_local + pin + (r->recheck_sql != NULL);
	c->recheck_step = r->recheck_sql != NULL ? c->stmt_first - 1 : -1;
	c->nsteps = c->stmt_first + r->nstmts + 1;
	c->syncs_left = REQUEST_SYNCS;
	c->reset_failed = 0;
	/* Each statement may run for statement_timeout: until then its backend may be busy. */
	c->busy_until = loop_now_ms() + (int64_t)r->timeout_ms * r->nstmts + PGX_DRAIN_MARGIN_MS;
	snprintf(set_timeout, sizeof(set_timeout), "SET LOCAL statement_timeout = %ld", r->timeout_ms);
	if (send_query(c, "BEGIN READ ONLY", 0, NULL) != 0) {
		/* libpq refused before writing anything (the connection is known dead): the request
		 * never left, so it may run on another connection. */
		goto lost;
	}
	r->sent = 1;
	if (set_local && send_query(c, set_timeout, 0, NULL) != 0)
		goto lost;
	if (pin && send_query(c, "SET LOCAL search_path = pg_catalog, pg_temp", 0, NULL) != 0)
		goto lost;
	if (r->recheck_sql != NULL && send_query(c, r->recheck_sql, r->nrecheck, (const char *const *)r->recheck) != 0)
		goto lost;
	for (int i = 0; i < r->nstmts; i++)
		if (send_query(c, r->sql[i], r->nparams[i], (const char *const *)r->params[i]) != 0)
			goto lost;
	if (send_query(c, "COMMIT", 0, NULL) != 0 || send_sync(c) != 0 ||
	    send_query(c, "ROLLBACK", 0, NULL) != 0 || send_sync(c) != 0 ||
	    send_query(c, "DISCARD ALL", 0, NULL) != 0 || send_sync(c) != 0 || pipeline_flush(c) != 0)
		goto lost;
	return;
lost:
	pgx_conn_lost(c, PQerrorMessage(c->pg));
}

/* The request's transaction reached its Sync: answer (unless cancelled); the reset follows. */
static void
request_synced(struct conn *c)
{
	struct pgx_req *r = c->req;
	PGresult *err = c->first_error;

	c->first_error = NULL;
	c->phase = PHASE_RESET;
	pgx_cancel_end(c);
	if (r != NULL) {
		r->conn = NULL;
		c->req = NULL;
		if (c->pool->paused)
			pgx_conn_watch(c, (short)(c->events | POLLIN));
		if (r->timed_out) {
			finish_timed_out(r, 1);
		} else if (err == NULL) {
			pgx_req_finish(r, 0, NULL, NULL);
		} else {
			const char *state = PQresultErrorField(err, PG_DIAG_SQLSTATE);
			const char *msg = PQresultErrorField(err, PG_DIAG_MESSAGE_PRIMARY);
			int rc = state != NULL && strcmp(state, "57014") == 0 ? E_TIMEOUT : E_DB;

			pgx_req_finish(r, rc, msg != NULL ? msg : PQresultErrorMessage(err), err);
		}
	}
	PQclear(err);
}

/* The reset's last Sync: the connection is idle and clean, or it is replaced. */
static void
reset_synced(struct conn *c)
{
	PGTransactionStatusType ts = PQtransactionStatus(c->pg);

	if (c->reset_failed || ts != PQTRANS_IDLE) {
		pgx_conn_replace(c, c->reset_failed ? "its reset (ROLLBACK, DISCARD ALL) failed" :
		    "it was not idle after its reset");
		return;
	}
	c->phase = PHASE_NONE;
}

static void
on_sync(struct conn *c)
{
	struct pgx *p = c->pool;

	switch (c->phase) {
	case PHASE_SETUP:
		p->cache_loading = 0;
		p->cache_loaded = 1;
		c->phase = PHASE_NONE;
		pgx_notify_waiters(p, 0, NULL);
		break;
	case PHASE_REQUEST:
		c->syncs_left--;
		request_synced(c);
		break;
	case PHASE_RESET:
		if (--c->syncs_left == 0)
			reset_synced(c);
		break;
	case PHASE_NONE:
		break;
	}
}

/* One result of the running pipeline (not NULL). Returns 0, or -1 when c was closed. */
static int
handle_result(struct conn *c, PGresult *res)
{
	struct pgx *p = c->pool;
	ExecStatusType st = PQresultStatus(res);

	if (st == PGRES_PIPELINE_SYNC) {
		PQclear(res);
		on_sync(c);
		return c->pg != NULL ? 0 : -1;
	}
	if (c->phase == PHASE_RESET) {
		if (st == PGRES_FATAL_ERROR) {
			log_warn("database connection %d: resetting after a request failed: %s",
			    pgx_conn_index(c), PQresultErrorMessage(res));
			c->reset_failed = 1;
		}
		PQclear(res);
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
			log_warn("database connection %d: loading the catalog caches failed: %s", pgx_conn_index(c),
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
				log_debug("database connection %d: chunked rows mode refused", pgx_conn_index(c));
			continue;
		}
		if (handle_result(c, res) != 0)
			return;
	}
	if (c->pg != NULL && c->phase == PHASE_NONE && !pgx_cancel_busy(c))
		pgx_dispatch(c->pool);
}

void
pgx_on_conn_fd(struct loop *l, int fd, short revents, void *arg)
{
	struct conn *c = arg;
	int r;

	(void)l;
	(void)fd;
	if (c->state == CONN_CONNECTING) {
		pgx_conn_poll(c);
		return;
	}
	if (c->state != CONN_OPEN || c->pg == NULL)
		return;
	if (revents & POLLOUT) {
		if ((r = PQflush(c->pg)) < 0) {
			pgx_conn_lost(c, PQerrorMessage(c->pg));
			return;
		}
		if (r == 0)
			pgx_conn_watch(c, POLLIN);
	}
	if (revents & (POLLIN | POLLHUP | POLLERR)) {
		if (!PQconsumeInput(c->pg) || PQstatus(c->pg) == CONNECTION_BAD) {
			/* Keep the server's last word (e.g. FATAL 57P01 from pg_terminate_backend):
			 * it says why the query failed. */
			if (c->phase == PHASE_REQUEST && c->first_error == NULL)
				read_results(c);
			if (c->pg != NULL)
				pgx_conn_lost(c, PQerrorMessage(c->pg));
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
		if (c->state == CONN_OPEN && c->phase == PHASE_NONE && !pgx_cancel_busy(c) && c->req == NULL)
			return c;
	}
	return NULL;
}

void
pgx_dispatch(struct pgx *p)
{
	struct conn *c;
	int pending = 0;
	long want;

	while (p->queue_head != NULL && (c = find_idle(p)) != NULL) {
		struct pgx_req *r;

		if (p->cache_stale && !p->cache_loading && loop_now_ms() >= p->cache_retry_at) {
			pgx_start_setup(c);
			continue;
		}
		r = p->queue_head;
		queue_remove(p, r);
		start_request(c, r);
	}
	if (p->queue_head == NULL)
		return;
	/* Requests are waiting: open more connections, up to the pool size. A connection still
	 * draining a cancelled statement is not UNUSED: it keeps its slot (the pool bounds the
	 * statements running on the server, not only our sockets). */
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
			pgx_conn_connect(c);
		}
	}
	/* A connection waiting out its backoff is tried at once only when nothing else can serve
	 * (the database may be back: the call should not wait for the timer). Otherwise the
	 * backoff stands, so a server refusing connections is not hammered. */
	if (want > 0 && pgx_conns_alive(p, NULL) == 0) {
		for (int i = 0; i < p->nconns; i++) {
			c = &p->conns[i];
			if (c->state == CONN_WAIT) {
				pgx_conn_connect(c);
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
	/* Too long: every connect fails with the reason (the process keeps serving). */
	if (pgx_conn_options(p) != 0)
		log_error("%s", p->options_error);
	pgx_conn_connect(&p->conns[0]);
	*out = p;
	return 0;
}

void
pgx_free(struct pgx *p)
{
	if (p == NULL)
		return;
	pgx_cancel_at_exit(p, loop_now_ms() + PGX_EXIT_CANCEL_MS);
	for (int i = 0; i < p->nconns; i++) {
		struct conn *c = &p->conns[i];

		if (c->req != NULL) {
			c->req->conn = NULL;
			req_free(c->req);
			c->req = NULL;
		}
		pgx_conn_close(c);
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
	pgx_queue_push(p, r, 0);
	pgx_dispatch(p);
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
	struct pgx_waiter **pp;
	int connecting = 0;

	if (p->cache_loaded) {
		w->fn(w->arg, 0, NULL);
		return;
	}
	/* Waiters are called in the order they came (the tools submit from their callbacks, so
	 * this keeps the pool's queue first come, first served). */
	w->next = NULL;
	for (pp = &p->waiters; *pp != NULL; pp = &(*pp)->next)
		;
	*pp = w;
	if (!p->cache_loading) {
		struct conn *idle = find_idle(p);

		if (idle != NULL) {
			pgx_start_setup(idle);
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
				pgx_conn_connect(&p->conns[i]);
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
		/* Still queued: it is never sent. */
		queue_remove(p, r);
		req_free(r);
		return;
	}
	c->req = NULL;
	r->conn = NULL;
	req_free(r);
	/* Sent: cancel until the server reports it ended (pgx_cancel.c). */
	pgx_cancel_begin(c);
}

void
pgx_pause(struct pgx *p, int paused)
{
	if (p->paused == paused)
		return;
	p->paused = paused;
	for (int i = 0; i < p->nconns; i++) {
		struct conn *c = &p->conns[i];

		if (c->state != CONN_OPEN || c->pg == NULL || c->fd < 0)
			continue;
		pgx_conn_watch(c, (short)(c->events | POLLIN));
		/* Results libpq already holds give no new POLLIN: read them now (unless the rows
		 * read here filled the client's queue again). */
		if (!paused && !p->paused && c->phase != PHASE_NONE)
			read_results(c);
	}
}
