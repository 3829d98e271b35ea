/* The poll(2) event loop (core/base/loop.h). Owns the table of watched fds and a binary min-heap of
 * timers ordered by (deadline, creation order). Callbacks may watch, unwatch, add and cancel
 * timers freely: fd events are delivered only to the registration that was current when poll
 * returned (a serial number per registration), and timers are popped before they run. */
#include "base/loop.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/limits.h"

struct watch {
	int fd;
	short events;
	loop_fd_fn fn;
	void *arg;
	uint64_t serial;
};

struct loop_timer {
	int64_t deadline_ms;
	uint64_t seq;
	size_t heap_index;
	loop_timer_fn fn;
	void *arg;
};

struct loop {
	struct watch *watches;
	size_t nwatches, watches_cap;
	uint64_t next_serial;
	struct pollfd *pfds;      /* snapshot handed to poll(), parallel to pserials */
	uint64_t *pserials;
	size_t pfds_cap;
	struct loop_timer **heap;
	size_t nheap, heap_cap;
	uint64_t next_seq;
	int stopped;
};

int
loop_new(struct loop **out)
{
	struct loop *l = calloc(1, sizeof(*l));

	*out = NULL;
	if (l == NULL)
		return E_NOMEM;
	l->next_serial = 1;
	*out = l;
	return 0;
}

void
loop_free(struct loop *l)
{
	if (l == NULL)
		return;
	for (size_t i = 0; i < l->nheap; i++)
		free(l->heap[i]);
	free(l->heap);
	free(l->watches);
	free(l->pfds);
	free(l->pserials);
	free(l);
}

int64_t
loop_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static struct watch *
find_watch(struct loop *l, int fd)
{
	for (size_t i = 0; i < l->nwatches; i++)
		if (l->watches[i].fd == fd)
			return &l->watches[i];
	return NULL;
}

int
loop_watch(struct loop *l, int fd, short events, loop_fd_fn fn, void *arg)
{
	struct watch *w = find_watch(l, fd);

	if (fd < 0 || fn == NULL)
		return E_INVAL;
	if (w == NULL) {
		int r = grow_array(&l->watches, &l->watches_cap, l->nwatches + 1, sizeof(*l->watches), LIMIT_LOOP_FDS);
		if (r != 0)
			return r;
		w = &l->watches[l->nwatches++];
		w->fd = fd;
		w->serial = l->next_serial++;
	}
	w->events = events;
	w->fn = fn;
	w->arg = arg;
	return 0;
}

void
loop_unwatch(struct loop *l, int fd)
{
	struct watch *w = find_watch(l, fd);

	if (w == NULL)
		return;
	*w = l->watches[--l->nwatches];
}

/* Timer heap ---------------------------------------------------------------------------- */

static int
timer_before(const struct loop_timer *a, const struct loop_timer *b)
{
	if (a->deadline_ms != b->deadline_ms)
		return a->deadline_ms < b->deadline_ms;
	return a->seq < b->seq;
}

static void
heap_set(struct loop *l, size_t i, struct loop_timer *t)
{
	l->heap[i] = t;
	t->heap_index = i;
}

static void
heap_up(struct loop *l, size_t i)
{
	struct loop_timer *t = l->heap[i];

	while (i > 0) {
		size_t parent = (i - 1) / 2;
		if (!timer_before(t, l->heap[parent]))
			break;
		heap_set(l, i, l->heap[parent]);
		i = parent;
	}
	heap_set(l, i, t);
}

static void
heap_down(struct loop *l, size_t i)
{
	struct loop_timer *t = l->heap[i];

	for (;;) {
		size_t child = 2 * i + 1;
		if (child >= l->nheap)
			break;
		if (child + 1 < l->nheap && timer_before(l->heap[child + 1], l->heap[child]))
			child++;
		if (!timer_before(l->heap[child], t))
			break;
		heap_set(l, i, l->heap[child]);
		i = child;
	}
	heap_set(l, i, t);
}

static void
heap_remove(struct loop *l, struct loop_timer *t)
{
	size_t i = t->heap_index;
	struct loop_timer *last = l->heap[--l->nheap];

	if (i == l->nheap)
		return;
	heap_set(l, i, last);
	heap_down(l, i);
	heap_up(l, last->heap_index);
}

struct loop_timer *
loop_timer_add(struct loop *l, int64_t deadline_ms, loop_timer_fn fn, void *arg)
{
	struct loop_timer *t;

	if (grow_array(&l->heap, &l->heap_cap, l->nheap + 1, sizeof(*l->heap), LIMIT_LOOP_TIMERS) != 0)
		return NULL;
	if ((t = malloc(sizeof(*t))) == NULL)
		return NULL;
	t->deadline_ms = deadline_ms;
	t->seq = l->next_seq++;
	t->fn = fn;
	t->arg = arg;
	heap_set(l, l->nheap++, t);
	heap_up(l, t->heap_index);
	return t;
}

void
loop_timer_cancel(struct loop *l, struct loop_timer *t)
{
	if (t == NULL)
		return;
	heap_remove(l, t);
	free(t);
}

/* Runs timers due at `now` that existed when this pass began (a timer that re-arms itself
 * for "now" waits for the next pass, so fd events are never starved). */
static void
run_timers(struct loop *l, int64_t now)
{
	uint64_t seq_limit = l->next_seq;

	while (l->nheap > 0) {
		struct loop_timer *t = l->heap[0];
		if (t->deadline_ms > now || t->seq >= seq_limit)
			break;
		heap_remove(l, t);
		loop_timer_fn fn = t->fn;
		void *arg = t->arg;
		free(t);
		fn(l, arg);
	}
}

/* Poll and dispatch ---------------------------------------------------------------------- */

static int
snapshot(struct loop *l)
{
	if (l->pfds_cap < l->nwatches) {
		/* two arrays of one capacity: the second may only grow to what the first got */
		size_t cap = l->pfds_cap, cap2 = l->pfds_cap;
		int r = grow_array(&l->pfds, &cap, l->nwatches, sizeof(*l->pfds), LIMIT_LOOP_FDS);
		if (r == 0)
			r = grow_array(&l->pserials, &cap2, cap, sizeof(*l->pserials), LIMIT_LOOP_FDS);
		if (r != 0)
			return r;
		l->pfds_cap = cap;
	}
	for (size_t i = 0; i < l->nwatches; i++) {
		l->pfds[i].fd = l->watches[i].fd;
		l->pfds[i].events = l->watches[i].events;
		l->pfds[i].revents = 0;
		l->pserials[i] = l->watches[i].serial;
	}
	return 0;
}

int
loop_run_once(struct loop *l, int max_wait_ms)
{
	size_t n;
	int timeout = max_wait_ms, r;
	int64_t now;

	if ((r = snapshot(l)) != 0)
		return r;
	n = l->nwatches;
	if (l->nheap > 0) {
		int64_t wait = l->heap[0]->deadline_ms - loop_now_ms();
		if (wait < 0)
			wait = 0;
		if (timeout < 0 || wait < timeout)
			timeout = wait > 24 * 3600 * 1000 ? 24 * 3600 * 1000 : (int)wait;
	}
	r = poll(l->pfds, (nfds_t)n, timeout);
	if (r < 0) {
		if (errno == EINTR)
			return 0;
		return E_IO;
	}
	for (size_t i = 0; r > 0 && i < n; i++) {
		struct pollfd *p = &l->pfds[i];
		if (p->revents == 0)
			continue;
		struct watch *w = find_watch(l, p->fd);
		if (w == NULL || w->serial != l->pserials[i])
			continue;  /* unwatched (or replaced by a new registration) since poll */
		short revents = p->revents & (short)(w->events | POLLHUP | POLLERR | POLLNVAL);
		if (revents)
			w->fn(l, p->fd, revents, w->arg);
	}
	now = loop_now_ms();
	run_timers(l, now);
	return 0;
}

void
loop_stop(struct loop *l)
{
	l->stopped = 1;
}

int
loop_stopped(const struct loop *l)
{
	return l->stopped;
}
