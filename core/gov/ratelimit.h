/* Per-principal rate limits: a token bucket on queries per minute (burst = one minute's worth)
 * and a cap on queries running at once. Pure logic: the caller passes the time (any monotonic
 * milliseconds, e.g. loop_now_ms()), so tests drive the clock. */
#ifndef MCPDB_RATELIMIT_H
#define MCPDB_RATELIMIT_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

struct ratelimit;

/* Why ratelimit_acquire refused. */
enum ratelimit_reason {
	RATELIMIT_OK = 0,
	RATELIMIT_RATE,          /* the bucket is empty: retry_after_ms until one token is back */
	RATELIMIT_CONCURRENCY,   /* max_concurrent queries already running for this principal */
	RATELIMIT_PRINCIPALS,    /* every slot holds a principal with queries running */
};

/* When the concurrency cap refuses, this is the suggested wait (no completion time is known). */
#define RATELIMIT_CONCURRENCY_RETRY_MS 250

/* ratelimit_new: per_minute 0 = no rate limit; max_concurrent 0 = no cap. E_NOMEM, E_INVAL for
 * negative values. */
MUST_CHECK int ratelimit_new(long per_minute, long max_concurrent, struct ratelimit **out);
/* ratelimit_free: NULL is fine. */
void ratelimit_free(struct ratelimit *rl);

/* ratelimit_set: new limits (policy reload); buckets keep their level, capped to the new size. */
void ratelimit_set(struct ratelimit *rl, long per_minute, long max_concurrent);

/* ratelimit_acquire: takes one token and one running slot for principal at now_ms. 0 when
 * granted (call ratelimit_release when the query ends); E_DENIED when refused, with *reason and
 * *retry_after_ms (>= 1) set; E_NOMEM. */
MUST_CHECK int ratelimit_acquire(struct ratelimit *rl, const char *principal, int64_t now_ms,
    enum ratelimit_reason *reason, long *retry_after_ms);

/* ratelimit_release: the query that acquire granted has ended (frees its running slot). */
void ratelimit_release(struct ratelimit *rl, const char *principal);

/* ratelimit_reason_str: one sentence for the model, e.g. "rate limit: 120 queries per minute". */
const char *ratelimit_reason_str(enum ratelimit_reason r);

#endif
