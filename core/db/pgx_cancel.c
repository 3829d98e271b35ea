/* Cancellation for the pool (pgx_impl.h), as a state machine per connection rather than one
 * message: PostgreSQL ignores a cancel request that arrives between statements (for example
 * while the backend still runs BEGIN), so one request sent early is lost and the statement
 * runs on to statement_timeout. Here a connection whose request is no longer wanted is sent
 * cancel requests again and again (backoff PGX_CANCEL_RETRY_MIN_MS doubling) until the
 * backend reports the request's Sync; if it never does, the connection is closed at
 * busy_until (statement_timeout plus a margin after the statements were sent), and only then
 * does its slot count as free. At exit the same is done blocking, within a bound. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/log.h"
#include "db/pgx_impl.h"

static void send_cancel(struct conn *c);

/* Forgets the cancel request in flight (its socket and libpq state). */
static void
cancel_request_close(struct conn *c)
{
	if (c->cancel == NULL)
		return;
	if (c->cancel_fd >= 0)
		loop_unwatch(c->pool->loop, c->cancel_fd);
	c->cancel_fd = -1;
	PQcancelFinish(c->cancel);
	c->cancel = NULL;
}

/* Stops c's cancel repeat and drain deadline and resets the backoff. */
static void
stop_timers(struct conn *c)
{
	struct loop *l = c->pool->loop;

	if (c->cancel_timer != NULL) {
		loop_timer_cancel(l, c->cancel_timer);
		c->cancel_timer = NULL;
	}
	if (c->drain_timer != NULL) {
		loop_timer_cancel(l, c->drain_timer);
		c->drain_timer = NULL;
	}
	c->cancel_delay_ms = 0;
}

void
pgx_cancel_close(struct conn *c)
{
	cancel_request_close(c);
	stop_timers(c);
}

int
pgx_cancel_busy(const struct conn *c)
{
	return c->cancel != NULL || c->cancel_timer != NULL;
}

static void
on_retry(struct loop *l, void *arg)
{
	struct conn *c = arg;

	(void)l;
	c->cancel_timer = NULL;
	send_cancel(c);
}

/* The statement has not reported its end: plan the next cancel request. */
static void
plan_retry(struct conn *c)
{
	c->cancel_delay_ms = c->cancel_delay_ms == 0 ? PGX_CANCEL_RETRY_MIN_MS : c->cancel_delay_ms * 2;
	if (c->cancel_delay_ms > PGX_CANCEL_RETRY_MAX_MS)
		c->cancel_delay_ms = PGX_CANCEL_RETRY_MAX_MS;
	c->cancel_timer = loop_timer_add(c->pool->loop, loop_now_ms() + c->cancel_delay_ms, on_retry, c);
	if (c->cancel_timer == NULL)
		log_error("database connection %d: no memory to repeat the cancel request (the drain "
		    "deadline still closes it)", pgx_conn_index(c));
}

/* A cancel request finished (delivered or failed): repeat it while the request runs. */
static void
cancel_finished(struct conn *c)
{
	cancel_request_close(c);
	if (c->abandoned && c->phase == PHASE_REQUEST) {
		plan_retry(c);
		return;
	}
	if (c->phase == PHASE_NONE && c->state == CONN_OPEN)
		pgx_dispatch(c->pool);
}

static void
on_cancel_fd(struct loop *l, int fd, short revents, void *arg)
{
	struct conn *c = arg;
	PostgresPollingStatusType st = PQcancelPoll(c->cancel);
	int nfd;

	(void)fd;
	(void)revents;
	if (st == PGRES_POLLING_READING || st == PGRES_POLLING_WRITING) {
		nfd = PQcancelSocket(c->cancel);
		if (nfd != c->cancel_fd) {
			loop_unwatch(l, c->cancel_fd);
			c->cancel_fd = -1;
		}
		if (nfd >= 0 && loop_watch(l, nfd, st == PGRES_POLLING_READING ? POLLIN : POLLOUT, on_cancel_fd, c) == 0)
			c->cancel_fd = nfd;
		else
			cancel_finished(c);
		return;
	}
	if (st != PGRES_POLLING_OK)
		log_warn("database connection %d: cancel request failed: %s", pgx_conn_index(c),
		    PQcancelErrorMessage(c->cancel));
	cancel_finished(c);
}

/* Sends one cancel request (non-blocking; at most one in flight per connection). */
static void
send_cancel(struct conn *c)
{
	struct pgx *p = c->pool;

	if (c->pg == NULL || c->cancel != NULL || !c->abandoned || c->phase != PHASE_REQUEST)
		return;
	if ((c->cancel = PQcancelCreate(c->pg)) == NULL) {
		plan_retry(c);
		return;
	}
	if (!PQcancelStart(c->cancel)) {
		log_warn("database connection %d: cannot send a cancel request: %s", pgx_conn_index(c),
		    PQcancelErrorMessage(c->cancel));
		cancel_request_close(c);
		plan_retry(c);
		return;
	}
	p->cancels++;
	c->cancel_fd = PQcancelSocket(c->cancel);
	if (c->cancel_fd < 0 || loop_watch(p->loop, c->cancel_fd, POLLOUT, on_cancel_fd, c) != 0) {
		c->cancel_fd = -1;
		cancel_request_close(c);
		plan_retry(c);
	}
}

static void
on_drain_deadline(struct loop *l, void *arg)
{
	struct conn *c = arg;
	char why[200];

	(void)l;
	c->drain_timer = NULL;
	snprintf(why, sizeof(why), "the server did not end a cancelled statement within its "
	    "statement_timeout plus %d ms", PGX_DRAIN_MARGIN_MS);
	pgx_conn_replace(c, why);
}

void
pgx_cancel_begin(struct conn *c)
{
	struct pgx *p = c->pool;
	/* At least PGX_CONFIRM_MS: a timed-out request waits that long for the server's word. */
	int64_t soonest = loop_now_ms() + PGX_CONFIRM_MS + PGX_CANCEL_RETRY_MAX_MS;
	int64_t until = c->busy_until > soonest ? c->busy_until : soonest;

	if (c->pg == NULL || c->phase != PHASE_REQUEST || c->abandoned)
		return;
	c->abandoned = 1;
	c->cancel_delay_ms = 0;
	if (p->paused)
		pgx_conn_watch(c, c->events | POLLIN);  /* drain it even under backpressure */
	if (c->drain_timer == NULL &&
	    (c->drain_timer = loop_timer_add(p->loop, until, on_drain_deadline, c)) == NULL) {
		/* Without its deadline a stuck statement could hold c forever: drop it now. */
		pgx_conn_replace(c, "no timer for the cancel's drain deadline");
		return;
	}
	send_cancel(c);
}

void
pgx_cancel_end(struct conn *c)
{
	if (!c->abandoned)
		return;
	c->abandoned = 0;
	stop_timers(c);
}

/* ---- at exit ---- */

/* Reads what c's socket has; 1 once the request's first Sync (its end) has been seen. */
static int
exit_read(struct conn *c)
{
	int nulls = 0;

	if (!PQconsumeInput(c->pg))
		return 1;  /* the connection is gone: so is its statement */
	while (!PQisBusy(c->pg) && nulls < 2) {
		PGresult *res = PQgetResult(c->pg);

		if (res == NULL) {
			nulls++;
			continue;
		}
		nulls = 0;
		if (PQresultStatus(res) == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			return 1;
		}
		PQclear(res);
	}
	return PQstatus(c->pg) == CONNECTION_BAD;
}

/* The loop no longer runs at shutdown, and a statement still executing would go on until
 * statement_timeout after we close the socket (a backend notices a vanished client only when
 * it next writes). So: cancel, wait for the end, cancel again, within the deadline. */
void
pgx_cancel_at_exit(struct pgx *p, int64_t deadline)
{
	struct pollfd pfd[2 * LIMIT_POOL_SIZE_MAX];
	struct conn *who[2 * LIMIT_POOL_SIZE_MAX];
	int64_t next_at[LIMIT_POOL_SIZE_MAX];
	int waiting[LIMIT_POOL_SIZE_MAX];
	PostgresPollingStatusType cst[LIMIT_POOL_SIZE_MAX];

	for (int i = 0; i < p->nconns; i++) {
		struct conn *c = &p->conns[i];

		waiting[i] = c->state == CONN_OPEN && c->pg != NULL && c->phase == PHASE_REQUEST;
		next_at[i] = 0;
		if (c->fd >= 0)
			loop_unwatch(p->loop, c->fd);
		c->fd = -1;
		if (c->cancel_fd >= 0)
			loop_unwatch(p->loop, c->cancel_fd);
		c->cancel_fd = -1;
		cst[i] = PGRES_POLLING_WRITING;  /* a cancel under way resumes by writing (harmless) */
		if (waiting[i] && c->cancel == NULL)
			next_at[i] = loop_now_ms();
	}
	for (;;) {
		int64_t now = loop_now_ms(), wake = deadline;
		int n = 0, any = 0;

		if (now >= deadline)
			break;
		for (int i = 0; i < p->nconns; i++) {
			struct conn *c = &p->conns[i];

			if (!waiting[i])
				continue;
			any = 1;
			if (c->cancel == NULL && now >= next_at[i]) {
				if ((c->cancel = PQcancelCreate(c->pg)) != NULL && PQcancelStart(c->cancel)) {
					p->cancels++;
					cst[i] = PGRES_POLLING_WRITING;
				} else if (c->cancel != NULL) {
					PQcancelFinish(c->cancel);
					c->cancel = NULL;
				}
				c->cancel_delay_ms = c->cancel_delay_ms == 0 ? PGX_CANCEL_RETRY_MIN_MS :
				    c->cancel_delay_ms * 2;
				next_at[i] = now + c->cancel_delay_ms;
			}
			pfd[n] = (struct pollfd){ PQsocket(c->pg), POLLIN, 0 };
			who[n++] = c;
			if (c->cancel != NULL && PQcancelSocket(c->cancel) >= 0) {
				pfd[n] = (struct pollfd){ PQcancelSocket(c->cancel),
				    cst[i] == PGRES_POLLING_READING ? POLLIN : POLLOUT, 0 };
				who[n++] = c;
			}
			if (c->cancel == NULL && next_at[i] < wake)
				wake = next_at[i];
		}
		if (!any)
			break;
		if (poll(pfd, (nfds_t)n, (int)(wake > now ? wake - now : 0)) < 0)
			break;
		for (int k = 0; k < n; k++) {
			struct conn *c = who[k];
			int i = pgx_conn_index(c);

			if (pfd[k].revents == 0 || !waiting[i])
				continue;
			if (c->cancel != NULL && pfd[k].fd == PQcancelSocket(c->cancel)) {
				PostgresPollingStatusType st = PQcancelPoll(c->cancel);
				cst[i] = st;
				if (st != PGRES_POLLING_READING && st != PGRES_POLLING_WRITING) {
					PQcancelFinish(c->cancel);
					c->cancel = NULL;
				}
			} else if (exit_read(c)) {
				waiting[i] = 0;
				c->phase = PHASE_NONE;
			}
		}
	}
	for (int i = 0; i < p->nconns; i++) {
		if (waiting[i])
			log_warn("database connection %d: the server did not confirm the end of a running "
			    "statement within %d ms of exit", i, PGX_EXIT_CANCEL_MS);
	}
}
