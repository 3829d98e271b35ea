/* Benchmark (not a test) of the SQL guard: parse + check + rewrite + deparse of a mix of
 * typical analyst statements on one core, reported as statements per CPU second (process CPU
 * time, so a busy shared machine does not halve the figure; wall time is printed beside it),
 * with and without the fingerprint, and a per-stage split of the libpg_query / protobuf-c
 * calls a check makes, so a regression can be placed.
 * Build and run (static musl, as shipped; the libc is named in the output):
 *   ./build.sh && eval "$(sed -n 's/^\(CC\|DEP_INC\|DEP_LIBS\) = \(.*\)/\1="\2"/p' build/x86_64/config.mk)" &&
 *   $CC -O2 -std=c11 -D_GNU_SOURCE -iquote core $DEP_INC -static tests/bench/bench_guard.c \
 *     build/x86_64/libcore.a $DEP_LIBS -o /tmp/bench_guard && /tmp/bench_guard [SECONDS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pg_query.h>
#include <pg_query.pb-c.h>

#include "guard/sqlguard.h"

#ifdef __GLIBC__
#define LIBC "glibc"
#else
#define LIBC "musl"  /* musl defines no identifying macro; our static builds are musl */
#endif

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
#define NMIX (sizeof(mix) / sizeof(mix[0]))

/* Inputs of the later stages, prepared once: packed parse trees, unpacked trees and the
 * libpg_query fingerprint calls use the mix itself. */
static PgQueryProtobuf packed[NMIX];
static PgQuery__ParseResult *trees[NMIX];

static double
cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double
wall_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One pass of stage `which` over the mix. */
static void
stage(int which, size_t i)
{
	switch (which) {
	case 0:
		pg_query_free_protobuf_parse_result(pg_query_parse_protobuf(mix[i]));
		break;
	case 1:
		pg_query__parse_result__free_unpacked(pg_query__parse_result__unpack(NULL, packed[i].len,
		    (const uint8_t *)packed[i].data), NULL);
		break;
	case 2: {
		size_t n = pg_query__parse_result__get_packed_size(trees[i]);
		uint8_t *buf = malloc(n);
		if (buf == NULL)
			abort();
		pg_query__parse_result__pack(trees[i], buf);
		free(buf);
		break;
	}
	case 3:
		pg_query_free_deparse_result(pg_query_deparse_protobuf(packed[i]));
		break;
	case 4:
		pg_query_free_fingerprint_result(pg_query_fingerprint(mix[i]));
		break;
	}
}

static const char *const stage_names[] = {
	"pg_query_parse_protobuf (parse + libpg_query's pack)",
	"protobuf unpack + free with malloc (as in deparse)",
	"protobuf get_packed_size + pack (the guard's pack)",
	"pg_query_deparse_protobuf (unpack + deparse)",
	"pg_query_fingerprint (a second parse + hash)",
};

/* Runs sqlg_check over the mix for secs CPU seconds; prints and returns us per statement. */
static double
run_check(double secs, int want_fingerprint)
{
	struct sqlg_options o = {0};
	struct sqlg_result r;
	double c0 = cpu_now(), w0 = wall_now(), c;
	long n = 0;

	o.max_rows = 100;
	o.want_fingerprint = want_fingerprint;
	do {
		for (size_t i = 0; i < NMIX; i++, n++) {
			if (sqlg_check(mix[i], strlen(mix[i]), &o, &r) != 0 || !r.allowed ||
			    (want_fingerprint && r.fingerprint == NULL)) {
				fprintf(stderr, "bench: statement %zu not allowed\n", i);
				exit(1);
			}
			sqlg_result_free(&r);
		}
	} while ((c = cpu_now()) - c0 < secs);
	printf("sqlg_check, %-22s %7.0f statements/s per CPU second (%6.1f us each; wall %7.0f/s)\n",
	    want_fingerprint ? "with fingerprint:" : "without fingerprint:", n / (c - c0),
	    (c - c0) / n * 1e6, n / (wall_now() - w0));
	return (c - c0) / n * 1e6;
}

int
main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 2.0, c0, c, total, sum = 0;

	printf("bench_guard: %zu typical analyst statements, static " LIBC " build, one core\n", NMIX);
	for (size_t i = 0; i < NMIX; i++) {
		PgQueryProtobufParseResult pr = pg_query_parse_protobuf(mix[i]);
		if (pr.error != NULL)
			return 1;
		packed[i].len = pr.parse_tree.len;
		if ((packed[i].data = malloc(pr.parse_tree.len)) == NULL)
			return 1;
		memcpy(packed[i].data, pr.parse_tree.data, pr.parse_tree.len);
		pg_query_free_protobuf_parse_result(pr);
		trees[i] = pg_query__parse_result__unpack(NULL, packed[i].len, (const uint8_t *)packed[i].data);
		if (trees[i] == NULL)
			return 1;
	}
	total = run_check(secs, 0);
	run_check(secs, 1);
	printf("per-stage split (us per statement, each stage alone on the same mix):\n");
	for (int s = 0; s < 5; s++) {
		long n = 0;
		c0 = cpu_now();
		do {
			for (size_t i = 0; i < NMIX; i++, n++)
				stage(s, i);
		} while ((c = cpu_now()) - c0 < secs / 4);
		printf("  %-54s %6.1f\n", stage_names[s], (c - c0) / n * 1e6);
		if (s == 0 || s == 2 || s == 3)  /* the libpg_query calls a check makes, and its pack */
			sum += (c - c0) / n * 1e6;
	}
	/* the guard unpacks into its own arena, not with malloc as the reference stage above */
	printf("  %-54s %6.1f\n", "rest of sqlg_check without fingerprint (arena unpack,", total - sum);
	printf("  %-54s\n", "  walk, names, rewrite; the difference of the above)");
	for (size_t i = 0; i < NMIX; i++) {
		free(packed[i].data);
		pg_query__parse_result__free_unpacked(trees[i], NULL);
	}
	return 0;
}
