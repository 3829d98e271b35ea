/* Unit tests for the poll loop (core/base/loop.c) and the signal self-pipe (core/base/selfpipe.c):
 * timer order and cancellation, fd readiness, unwatching inside callbacks (also other fds),
 * re-arming, and a signal delivered through the loop. */
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "base/loop.h"
#include "base/selfpipe.h"
#include "test.h"

static char order[64];

static void
append(struct loop *l, void *arg)
{
	(void)l;
	strcat(order, (const char *)arg);
}

struct fd_ctx {
	int fired;
	int other_fd;    /* unwatch this one from inside the callback */
	int self_unwatch;
};

static void
on_fd(struct loop *l, int fd, short revents, void *arg)
{
	struct fd_ctx *c = arg;
	char b[16];

	c->fired++;
	if (revents & POLLIN) {
		ssize_t n = read(fd, b, sizeof(b));
		(void)n;
	}
	if (c->other_fd >= 0)
		loop_unwatch(l, c->other_fd);
	if (c->self_unwatch)
		loop_unwatch(l, fd);
}

static int rearm_count;

static void
rearm(struct loop *l, void *arg)
{
	(void)arg;
	if (++rearm_count < 3)
		TEST(loop_timer_add(l, loop_now_ms(), rearm, NULL) != NULL, "re-arm from a timer");
}

static int got_signal;

static void
on_sig(int signo, void *arg)
{
	(void)arg;
	got_signal = signo;
}

int
main(void)
{
	struct loop *l = NULL;
	int64_t t0 = loop_now_ms();

	TEST(loop_new(&l) == 0 && l != NULL, "loop_new");

	/* Timers fire in deadline order, ties in creation order; cancelled ones never fire. */
	order[0] = '\0';
	TEST(loop_timer_add(l, t0 + 30, append, "c") != NULL, "add c");
	TEST(loop_timer_add(l, t0 + 10, append, "a") != NULL, "add a");
	struct loop_timer *x = loop_timer_add(l, t0 + 5, append, "x");
	TEST(loop_timer_add(l, t0 + 10, append, "b") != NULL, "add b");
	loop_timer_cancel(l, x);
	while (strlen(order) < 3 && loop_now_ms() - t0 < 2000)
		TEST(loop_run_once(l, -1) == 0, "run_once (timers)");
	TEST_STREQ(order, "abc", "timers fire in deadline order; the cancelled one does not");
	TEST(loop_now_ms() - t0 >= 30, "the last timer waited for its deadline");

	/* max_wait bounds the wait when nothing is due. */
	int64_t t1 = loop_now_ms();
	TEST(loop_timer_add(l, t1 + 10000, append, "late") != NULL, "far timer");
	TEST(loop_run_once(l, 20) == 0, "run_once with max_wait 20");
	int64_t waited = loop_now_ms() - t1;
	TEST(waited >= 15 && waited < 1000, "max_wait is honoured before a far timer");

	/* A timer re-armed for "now" runs on the next pass, not in a tight loop within one. */
	TEST(loop_timer_add(l, loop_now_ms(), rearm, NULL) != NULL, "rearm timer");
	TEST(loop_run_once(l, 0) == 0 && rearm_count == 1, "one pass runs one generation");
	TEST(loop_run_once(l, 0) == 0 && loop_run_once(l, 0) == 0 && rearm_count == 3,
	    "re-armed timers run on later passes");

	/* fds: readiness, unwatching another ready fd from a callback suppresses its event. */
	int p1[2], p2[2];
	TEST(pipe(p1) == 0 && pipe(p2) == 0, "pipes");
	struct fd_ctx c1 = { 0, p2[0], 0 }, c2 = { 0, -1, 0 };
	TEST(loop_watch(l, p1[0], POLLIN, on_fd, &c1) == 0, "watch p1");
	TEST(loop_watch(l, p2[0], POLLIN, on_fd, &c2) == 0, "watch p2");
	TEST(write(p1[1], "a", 1) == 1 && write(p2[1], "b", 1) == 1, "both readable");
	TEST(loop_run_once(l, 1000) == 0, "run_once (fds)");
	/* Order in the poll set: p1 first, so its callback unwatches p2 before p2 is reached. */
	TEST(c1.fired == 1, "ready fd callback ran");
	TEST(c2.fired == 0, "fd unwatched by an earlier callback gets no stale event");
	c1.other_fd = -1;
	c1.self_unwatch = 1;
	TEST(write(p1[1], "a", 1) == 1, "p1 readable again");
	TEST(loop_run_once(l, 1000) == 0 && c1.fired == 2, "callback may unwatch its own fd");
	TEST(write(p1[1], "a", 1) == 1, "p1 readable, unwatched");
	TEST(loop_run_once(l, 10) == 0 && c1.fired == 2, "unwatched fd is not reported");
	TEST(loop_watch(l, -1, POLLIN, on_fd, &c1) == E_INVAL, "negative fd refused");

	/* Replacing the callback of a watched fd. */
	struct fd_ctx c3 = { 0, -1, 0 };
	TEST(loop_watch(l, p2[0], POLLIN, on_fd, &c3) == 0, "re-watch p2 with a new callback");
	TEST(loop_run_once(l, 1000) == 0 && c3.fired == 1 && c2.fired == 0,
	    "the new registration gets the event");
	loop_unwatch(l, p2[0]);

	/* The fd ceiling. */
	int r = 0, n = 0;
	for (int fd = 1000; fd < 1000 + 300 && r == 0; fd++, n++)
		r = loop_watch(l, fd, POLLIN, on_fd, &c3);
	TEST(r == E_TOOBIG, "watching past LIMIT_LOOP_FDS fails with E_TOOBIG");
	for (int fd = 1000; fd < 1000 + n; fd++)
		loop_unwatch(l, fd);

	/* Signals through the self-pipe. */
	struct selfpipe *sp = NULL;
	int sigs[] = { SIGUSR1 };
	TEST(selfpipe_open(l, sigs, 1, on_sig, NULL, &sp) == 0, "selfpipe_open");
	struct selfpipe *sp2 = NULL;
	TEST(selfpipe_open(l, sigs, 1, on_sig, NULL, &sp2) == E_INVAL, "only one selfpipe per process");
	kill(getpid(), SIGUSR1);
	for (int i = 0; i < 10 && got_signal == 0; i++)
		TEST(loop_run_once(l, 100) == 0, "run_once (signal)");
	TEST(got_signal == SIGUSR1, "SIGUSR1 delivered through the loop");
	selfpipe_close(sp);

	loop_stop(l);
	TEST(loop_stopped(l), "loop_stop sets the flag");
	loop_free(l);
	loop_free(NULL);
	close(p1[0]); close(p1[1]); close(p2[0]); close(p2[1]);
	return test_summary();
}
