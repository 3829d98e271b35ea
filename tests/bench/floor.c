/* The benchmark's floor: a raw libpq loop running the same SQL as the agent's tools, blocking,
 * extended protocol, reading every value, nothing else. Prints one line per workload:
 * "name p50_ms p99_ms calls_per_s". Usage: floor CONNINFO ITERATIONS NAME SQL [NAME SQL ...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
	PGconn *c;
	int n;
	double *t;

	if (argc < 5 || (argc - 3) % 2 != 0) {
		fprintf(stderr, "usage: floor CONNINFO ITERATIONS NAME SQL [NAME SQL ...]\n");
		return 2;
	}
	n = atoi(argv[2]);
	if (n < 1 || (t = calloc((size_t)n, sizeof(*t))) == NULL)
		return 2;
	c = PQconnectdb(argv[1]);
	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "floor: %s", PQerrorMessage(c));
		return 4;
	}
	for (int w = 3; w + 1 < argc; w += 2) {
		double total = 0;
		size_t sink = 0;

		for (int i = -n / 10 - 1; i < n; i++) {     /* the first tenth warms up */
			double t0 = now_ms();
			PGresult *r = PQexecParams(c, argv[w + 1], 0, NULL, NULL, NULL, NULL, 0);

			if (PQresultStatus(r) != PGRES_TUPLES_OK) {
				fprintf(stderr, "floor: %s: %s", argv[w], PQresultErrorMessage(r));
				return 1;
			}
			for (int row = 0; row < PQntuples(r); row++)
				for (int col = 0; col < PQnfields(r); col++)
					sink += (size_t)PQgetlength(r, row, col) + (PQgetvalue(r, row, col)[0] != 0);
			PQclear(r);
			if (i >= 0) {
				t[i] = now_ms() - t0;
				total += t[i];
			}
		}
		qsort(t, (size_t)n, sizeof(*t), cmp);
		printf("%s %.3f %.3f %.1f %zu\n", argv[w], t[n / 2], t[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1],
		    n / (total / 1e3), sink);
	}
	PQfinish(c);
	free(t);
	return 0;
}
