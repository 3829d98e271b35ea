/* Benchmark (not a test) of the SQL guard: parse + check + rewrite + deparse + fingerprint of
 * a mix of typical analyst statements on one core, reported as statements per second, with a
 * per-stage split of libpg_query's own calls for comparison.
 * Build and run (static musl, as shipped):
 *   ./build.sh && . build/x86_64/config.mk && musl-gcc -O2 -std=c11 -D_GNU_SOURCE -iquote core \
 *     $DEP_INC -static tests/bench/bench_guard.c build/x86_64/libcore.a $DEP_LIBS -o /tmp/bench_guard
 *   /tmp/bench_guard [SECONDS]                (the lead wires this as ./build.sh bench) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pg_query.h>

#include "sqlguard.h"

static const char *const mix[] = {
	"SELECT c.id, c.name, count(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name ORDER BY orders DESC LIMIT 10",
	"WITH recent AS (SELECT * FROM orders WHERE created_at > '2025-04-01') SELECT status, count(*) FROM recent GROUP BY status",
	"SELECT id, price, rank() OVER (PARTITION BY category ORDER BY price DESC) FROM products WHERE attributes->>'color' = 'blue'",
	"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY price) FROM products",
	"SELECT date_trunc('month', created_at) AS month, count(*) FROM orders GROUP BY 1 ORDER BY 1",
	"SELECT * FROM orders WHERE status = 'paid' AND created_at >= '2025-03-01'",
	"SELECT o.id, sum(oi.quantity * oi.unit_price) AS total FROM orders o JOIN order_items oi ON oi.order_id = o.id GROUP BY o.id HAVING sum(oi.quantity * oi.unit_price) > 100",
	"SELECT id FROM orders o WHERE EXISTS (SELECT 1 FROM order_items oi WHERE oi.order_id = o.id AND oi.quantity > 3)",
};

static double
now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 2.0, t0, t;
	size_t nmix = sizeof(mix) / sizeof(mix[0]);
	struct sqlg_options o = {0};
	struct sqlg_result r;
	long n = 0;

	o.max_rows = 100;
	t0 = now();
	do {
		for (size_t i = 0; i < nmix; i++, n++) {
			if (sqlg_check(mix[i], strlen(mix[i]), &o, &r) != 0 || !r.allowed) {
				fprintf(stderr, "bench: statement %zu not allowed\n", i);
				return 1;
			}
			sqlg_result_free(&r);
		}
	} while ((t = now()) - t0 < secs);
	printf("sqlg_check (parse+check+rewrite+deparse+fingerprint): %.0f statements/s on one core (%.1f us each)\n",
	    n / (t - t0), (t - t0) / n * 1e6);
	n = 0, t0 = now();
	do {
		for (size_t i = 0; i < nmix; i++, n++)
			pg_query_free_protobuf_parse_result(pg_query_parse_protobuf(mix[i]));
	} while ((t = now()) - t0 < secs / 2);
	printf("  for comparison, pg_query_parse_protobuf alone: %.0f/s\n", n / (t - t0));
	n = 0, t0 = now();
	do {
		for (size_t i = 0; i < nmix; i++, n++)
			pg_query_free_fingerprint_result(pg_query_fingerprint(mix[i]));
	} while ((t = now()) - t0 < secs / 2);
	printf("  for comparison, pg_query_fingerprint alone: %.0f/s\n", n / (t - t0));
	return 0;
}
