/* Token buckets and running-query counts per principal (see ratelimit.h). Levels are integers in
 * units of 1/60000 token, so refilling per_minute tokens per 60000 ms adds exactly per_minute
 * units per millisecond: no floating point, no drift. At most LIMIT_RATE_PRINCIPALS buckets
 * are kept; a new principal evicts the longest-idle one that has nothing running. */
#include "gov/ratelimit.h"

#include <stdlib.h>
#include <string.h>

#include "base/limits.h"

#define UNITS_PER_TOKEN 60000

struct bucket {
	char *principal;
	int64_t level;        /* units; capacity is per_minute * UNITS_PER_TOKEN */
	int64_t last_ms;      /* time of the last refill */
	long running;
};

struct ratelimit {
	long per_minute;
	long max_concurrent;
	struct bucket *buckets;
	size_t n;
};

int
ratelimit_new(long per_minute, long max_concurrent, struct ratelimit **out)
{
	struct ratelimit *rl;

	*out = NULL;
	if (per_minute < 0 || max_concurrent < 0)
		return E_INVAL;
	if ((rl = calloc(1, sizeof *rl)) == NULL)
		return E_NOMEM;
	if ((rl->buckets = calloc(LIMIT_RATE_PRINCIPALS, sizeof *rl->buckets)) == NULL) {
		free(rl);
		return E_NOMEM;
	}
	rl->per_minute = per_minute;
	rl->max_concurrent = max_concurrent;
	*out = rl;
	return 0;
}

void
ratelimit_free(struct ratelimit *rl)
{
	if (rl == NULL)
		return;
	for (size_t i = 0; i < rl->n; i++)
		free(rl->buckets[i].principal);
	free(rl->buckets);
	free(rl);
}

static int64_t
capacity(const struct ratelimit *rl)
{
	return (int64_t)rl->per_minute * UNITS_PER_TOKEN;
}

void
ratelimit_set(struct ratelimit *rl, long per_minute, long max_concurrent)
{
	if (per_minute < 0 || max_concurrent < 0)
		return;
	rl->per_minute = per_minute;
	rl->max_concurrent = max_concurrent;
	for (size_t i = 0; i < rl->n; i++)
		if (rl->buckets[i].level > capacity(rl))
			rl->buckets[i].level = capacity(rl);
}

static void
refill(const struct ratelimit *rl, struct bucket *b, int64_t now_ms)
{
	int64_t cap = capacity(rl), elapsed = now_ms - b->last_ms;

	if (elapsed <= 0)
		return;       /* a clock that steps back never adds tokens */
	b->last_ms = now_ms;
	if (rl->per_minute == 0 || b->level >= cap) {
		b->level = cap;
		return;
	}
	if (elapsed >= (cap - b->level) / rl->per_minute + 1)
		b->level = cap;
	else
		b->level += elapsed * rl->per_minute;
	if (b->level > cap)
		b->level = cap;
}

/* The principal's bucket, added (a full one) when new. 0, E_NOMEM, or E_TOOBIG when every
 * slot holds a principal with queries running. */
static int
find_or_add(struct ratelimit *rl, const char *principal, int64_t now_ms, struct bucket **out)
{
	struct bucket *b = NULL;
	char *name;

	*out = NULL;
	for (size_t i = 0; i < rl->n; i++) {
		if (strcmp(rl->buckets[i].principal, principal) == 0) {
			*out = &rl->buckets[i];
			return 0;
		}
	}
	if (rl->n == LIMIT_RATE_PRINCIPALS) {
		for (size_t i = 0; i < rl->n; i++)
			if (rl->buckets[i].running == 0 && (b == NULL || rl->buckets[i].last_ms < b->last_ms))
				b = &rl->buckets[i];
		if (b == NULL)
			return E_TOOBIG;
	}
	if ((name = strdup(principal)) == NULL)
		return E_NOMEM;
	if (b == NULL)
		b = &rl->buckets[rl->n++];
	free(b->principal);
	b->principal = name;
	b->level = capacity(rl);
	b->last_ms = now_ms;
	b->running = 0;
	*out = b;
	return 0;
}

int
ratelimit_acquire(struct ratelimit *rl, const char *principal, int64_t now_ms,
    enum ratelimit_reason *reason, long *retry_after_ms)
{
	struct bucket *b;
	int r;

	*reason = RATELIMIT_OK;
	*retry_after_ms = 0;
	if (principal == NULL)
		principal = "";
	if ((r = find_or_add(rl, principal, now_ms, &b)) == E_TOOBIG) {
		*reason = RATELIMIT_PRINCIPALS;
		*retry_after_ms = RATELIMIT_CONCURRENCY_RETRY_MS;
		return E_DENIED;
	}
	if (r != 0)
		return r;
	refill(rl, b, now_ms);
	if (rl->max_concurrent > 0 && b->running >= rl->max_concurrent) {
		*reason = RATELIMIT_CONCURRENCY;
		*retry_after_ms = RATELIMIT_CONCURRENCY_RETRY_MS;
		return E_DENIED;
	}
	if (rl->per_minute > 0) {
		if (b->level < UNITS_PER_TOKEN) {
			int64_t missing = UNITS_PER_TOKEN - b->level;
			*reason = RATELIMIT_RATE;
			*retry_after_ms = (long)((missing + rl->per_minute - 1) / rl->per_minute);
			if (*retry_after_ms < 1)
				*retry_after_ms = 1;
			return E_DENIED;
		}
		b->level -= UNITS_PER_TOKEN;
	}
	b->running++;
	return 0;
}

void
ratelimit_release(struct ratelimit *rl, const char *principal)
{
	if (principal == NULL)
		principal = "";
	for (size_t i = 0; i < rl->n; i++) {
		if (strcmp(rl->buckets[i].principal, principal) == 0) {
			if (rl->buckets[i].running > 0)
				rl->buckets[i].running--;
			return;
		}
	}
}

const char *
ratelimit_reason_str(enum ratelimit_reason r)
{
	switch (r) {
	case RATELIMIT_OK: return "allowed";
	case RATELIMIT_RATE: return "too many queries per minute for this principal (policy max_queries_per_minute)";
	case RATELIMIT_CONCURRENCY: return "too many queries running at once for this principal (policy max_concurrent_queries)";
	case RATELIMIT_PRINCIPALS: return "too many principals with queries running";
	}
	return "refused";
}
