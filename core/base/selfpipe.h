/* Signals delivered through the loop (the self-pipe trick): the handler only writes the
 * signal number into a non-blocking pipe, and the callback runs later from loop_run_once(),
 * where it may do anything. One selfpipe per process (signal handlers are process-wide). */
#ifndef MCPDB_SIGPIPE_H
#define MCPDB_SIGPIPE_H

#include <stddef.h>

#include "base/err.h"
#include "base/loop.h"

struct selfpipe;

/* Called from the loop once per delivered signal (coalesced when signals arrive faster). */
typedef void (*selfpipe_fn)(int signo, void *arg);

/* selfpipe_open: install handlers for signals[0..n) that feed fn via loop l. E_INVAL when a
 * selfpipe is already open, E_IO when pipe/sigaction fail, E_NOMEM. */
MUST_CHECK int selfpipe_open(struct loop *l, const int *signals, size_t n, selfpipe_fn fn, void *arg,
    struct selfpipe **out);
/* selfpipe_close: restore default handlers, unwatch and close the pipe; NULL is fine. */
void selfpipe_close(struct selfpipe *sp);

#endif
