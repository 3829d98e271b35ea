/* Unit tests for the per-principal rate limits (core/gov/ratelimit.c), driven by a fake clock:
 * burst, refusal with the exact retry hint, refill, concurrency cap, independence of
 * principals, clock steps, eviction and limit changes on reload. */
#include <stdio.h>
#include <stdint.h>

#include "base/limits.h"
#include "gov/ratelimit.h"
#include "test.h"

/* Acquire-and-release n times at now; returns how many were granted. */
static int
burst(struct ratelimit *rl, const char *who, int64_t now, int n)
{
	enum ratelimit_reason why;
	long retry;
	int granted = 0;

	for (int i = 0; i < n; i++) {
		if (ratelimit_acquire(rl, who, now, &why, &retry) == 0) {
			granted++;
			ratelimit_release(rl, who);
		}
	}
	return granted;
}

static void
test_bucket(void)
{
	struct ratelimit *rl;
	enum ratelimit_reason why;
	long retry;
	int r;

	if (!TEST(ratelimit_new(60, 0, &rl) == 0, "new(60/min)"))
		return;
	TEST(burst(rl, "a", 1000, 60) == 60, "a full minute's burst (60) is granted at once");
	r = ratelimit_acquire(rl, "a", 1000, &why, &retry);
	TEST(r == E_DENIED && why == RATELIMIT_RATE && retry == 1000, "61st refused: retry after 1000 ms");
	r = ratelimit_acquire(rl, "a", 1999, &why, &retry);
	TEST(r == E_DENIED && retry == 1, "999 ms later: retry after 1 ms");
	r = ratelimit_acquire(rl, "a", 2000, &why, &retry);
	TEST(r == 0 && why == RATELIMIT_OK && retry == 0, "after the hinted wait: granted");
	ratelimit_release(rl, "a");
	TEST(burst(rl, "a", 2000, 5) == 0, "the refilled token was used");
	TEST(burst(rl, "b", 2000, 100) == 60, "another principal has its own bucket");
	TEST(burst(rl, "a", 1000 + 60000 * 100, 100) == 60, "a long idle refills only to capacity");
	TEST(burst(rl, "a", 500, 5) == 0, "a clock stepping back adds nothing");
	ratelimit_free(rl);

	if (!TEST(ratelimit_new(120, 0, &rl) == 0, "new(120/min)"))
		return;
	burst(rl, "a", 0, 120);
	r = ratelimit_acquire(rl, "a", 0, &why, &retry);
	TEST(r == E_DENIED && retry == 500, "120/min: retry after 500 ms");
	TEST(burst(rl, "a", 250, 1) == 0, "half a token is not a token");
	TEST(burst(rl, "a", 500, 1) == 1, "one token after 500 ms");
	TEST(burst(rl, "a", 30500, 100) == 60, "30 s later: 60 tokens");
	ratelimit_free(rl);

	if (!TEST(ratelimit_new(7, 0, &rl) == 0, "new(7/min)"))
		return;
	burst(rl, "a", 0, 7);
	r = ratelimit_acquire(rl, "a", 0, &why, &retry);
	TEST(r == E_DENIED && retry == 8572, "7/min: retry hint rounds up (8572 ms)");
	TEST(burst(rl, "a", 8571, 1) == 0 && burst(rl, "a", 8572, 1) == 1, "the hint is exact to the millisecond");
	ratelimit_free(rl);
}

static void
test_unlimited_and_huge_clock(void)
{
	struct ratelimit *rl;

	if (!TEST(ratelimit_new(0, 0, &rl) == 0, "new(unlimited)"))
		return;
	TEST(burst(rl, "a", 0, 10000) == 10000, "per_minute 0: no rate limit");
	ratelimit_free(rl);
	if (!TEST(ratelimit_new(1000000, 0, &rl) == 0, "new(1e6/min)"))
		return;
	TEST(burst(rl, "a", INT64_MAX / 2, 10) == 10, "huge clock values do not overflow");
	TEST(burst(rl, "a", INT64_MAX - 1, 10) == 10, "huge elapsed time does not overflow");
	ratelimit_free(rl);
	TEST(ratelimit_new(-1, 0, &rl) == E_INVAL && rl == NULL, "negative limit: E_INVAL");
}

static void
test_concurrency(void)
{
	struct ratelimit *rl;
	enum ratelimit_reason why;
	long retry;
	int r;

	if (!TEST(ratelimit_new(0, 2, &rl) == 0, "new(concurrency 2)"))
		return;
	TEST(ratelimit_acquire(rl, "a", 0, &why, &retry) == 0, "first running query");
	TEST(ratelimit_acquire(rl, "a", 0, &why, &retry) == 0, "second running query");
	r = ratelimit_acquire(rl, "a", 0, &why, &retry);
	TEST(r == E_DENIED && why == RATELIMIT_CONCURRENCY && retry == RATELIMIT_CONCURRENCY_RETRY_MS,
	    "third refused by the concurrency cap, with a retry hint");
	TEST(ratelimit_acquire(rl, "b", 0, &why, &retry) == 0, "the cap is per principal");
	ratelimit_release(rl, "a");
	TEST(ratelimit_acquire(rl, "a", 0, &why, &retry) == 0, "a release frees a slot");
	ratelimit_release(rl, "nobody");
	ratelimit_release(rl, "a");
	ratelimit_release(rl, "a");
	ratelimit_release(rl, "a");   /* one too many: must not go negative */
	TEST(ratelimit_acquire(rl, "a", 0, &why, &retry) == 0 && ratelimit_acquire(rl, "a", 0, &why, &retry) == 0 &&
	    ratelimit_acquire(rl, "a", 0, &why, &retry) == E_DENIED, "extra releases do not raise the cap");
	ratelimit_set(rl, 0, 3);
	TEST(ratelimit_acquire(rl, "a", 0, &why, &retry) == 0, "reload raised the cap to 3");
	TEST(ratelimit_acquire(rl, NULL, 0, &why, &retry) == 0, "NULL principal is the empty principal");
	ratelimit_free(rl);
}

static void
test_eviction(void)
{
	struct ratelimit *rl;
	enum ratelimit_reason why;
	long retry;
	char name[32];
	int ok = 1, r;

	if (!TEST(ratelimit_new(10, 1, &rl) == 0, "new(10/min, 1 running)"))
		return;
	for (int i = 0; i < LIMIT_RATE_PRINCIPALS; i++) {
		snprintf(name, sizeof name, "p%d", i);
		ok &= ratelimit_acquire(rl, name, i, &why, &retry) == 0;
	}
	TEST(ok, "LIMIT_RATE_PRINCIPALS principals each run a query");
	r = ratelimit_acquire(rl, "new", 5000, &why, &retry);
	TEST(r == E_DENIED && why == RATELIMIT_PRINCIPALS, "no idle slot: a new principal is refused");
	ratelimit_release(rl, "p7");
	TEST(ratelimit_acquire(rl, "new", 5000, &why, &retry) == 0, "an idle principal is evicted for a new one");
	ratelimit_release(rl, "new");
	TEST(burst(rl, "p7", 5000, 20) == 10, "the evicted principal comes back with a full bucket");
	ratelimit_free(rl);
}

static void
test_reload(void)
{
	struct ratelimit *rl;

	if (!TEST(ratelimit_new(100, 0, &rl) == 0, "new(100/min)"))
		return;
	TEST(burst(rl, "a", 0, 10) == 10, "used 10 of 100");
	ratelimit_set(rl, 5, 0);
	TEST(burst(rl, "a", 0, 100) == 5, "reload to 5/min caps the bucket at 5");
	ratelimit_set(rl, 0, 0);
	TEST(burst(rl, "a", 0, 100) == 100, "reload to unlimited");
	ratelimit_free(rl);
}

int
main(void)
{
	test_bucket();
	test_unlimited_and_huge_clock();
	test_concurrency();
	test_eviction();
	test_reload();
	return test_summary();
}
