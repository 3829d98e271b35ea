/* Signals delivered through the loop (the self-pipe trick): the handler only writes the
 * signal number into a non-blocking pipe, and the callback runs later from loop_run_once(),
 * where it may do anything. One sigpipe per process (signal handlers are process-wide). */
#ifndef MCPDB_SIGPIPE_H
#define MCPDB_SIGPIPE_H

#include <stddef.h>

#include "err.h"
#include "loop.h"

struct sigpipe;

/* Called from the loop once per delivered signal (coalesced when signals arrive faster). */
typedef void (*sigpipe_fn)(int signo, void *arg);

/* sigpipe_open: install handlers for signals[0..n) that feed fn via loop l. E_INVAL when a
 * sigpipe is already open, E_IO when pipe/sigaction fail, E_NOMEM. */
MUST_CHECK int sigpipe_open(struct loop *l, const int *signals, size_t n, sigpipe_fn fn, void *arg,
    struct sigpipe **out);
/* sigpipe_close: restore default handlers, unwatch and close the pipe; NULL is fine. */
void sigpipe_close(struct sigpipe *sp);

#endif
