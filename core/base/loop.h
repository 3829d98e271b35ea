/* The one event loop: poll(2) over file descriptors plus timers with absolute deadlines on the
 * monotonic clock. Transports, libpq connections and signal self-pipes all register here;
 * nothing in mcpdb blocks outside loop_run_once(). */
#ifndef MCPDB_LOOP_H
#define MCPDB_LOOP_H

#include <stdint.h>

#include "base/err.h"

struct loop;
struct loop_timer;

/* Called when fd is ready; revents are poll(2) revents (POLLIN, POLLOUT, POLLHUP, POLLERR). */
typedef void (*loop_fd_fn)(struct loop *l, int fd, short revents, void *arg);
typedef void (*loop_timer_fn)(struct loop *l, void *arg);

/* loop_new: an empty loop. E_NOMEM on failure. */
MUST_CHECK int loop_new(struct loop **out);
/* loop_free: frees the loop and its timers (not the fds); NULL is fine. */
void loop_free(struct loop *l);

/* loop_watch: watch fd for events (POLLIN and/or POLLOUT); calling it again for the same fd
 * replaces events/callback/arg. E_NOMEM, E_TOOBIG past the fd ceiling. */
MUST_CHECK int loop_watch(struct loop *l, int fd, short events, loop_fd_fn fn, void *arg);
/* loop_unwatch: stop watching fd (safe from inside a callback, also for other fds). */
void loop_unwatch(struct loop *l, int fd);

/* loop_now_ms: milliseconds on CLOCK_MONOTONIC. */
int64_t loop_now_ms(void);

/* loop_timer_add: call fn once at deadline_ms (loop_now_ms() time base). Returns the timer
 * (owned by the loop; it is freed after it fires or when cancelled), or NULL when memory or
 * LIMIT_LOOP_TIMERS ran out: every caller must handle NULL (a timer that silently did not
 * start is a hang). */
MUST_CHECK struct loop_timer *loop_timer_add(struct loop *l, int64_t deadline_ms, loop_timer_fn fn, void *arg);
/* loop_timer_cancel: cancel a timer that has not fired yet; NULL is fine. Never call it on a
 * timer that already fired (its callback is the last time the pointer is valid). */
void loop_timer_cancel(struct loop *l, struct loop_timer *t);

/* loop_run_once: wait for at most max_wait_ms (-1: until the next timer or fd event), then run
 * the ready callbacks and due timers. 0, or E_IO when poll failed (not EINTR). */
MUST_CHECK int loop_run_once(struct loop *l, int max_wait_ms);

/* loop_stop / loop_stopped: a flag the main loop checks (set from callbacks). */
void loop_stop(struct loop *l);
int loop_stopped(const struct loop *l);

#endif
