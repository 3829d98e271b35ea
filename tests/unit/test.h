/* A tiny unit-test harness (after Redis' testhelp.h): each check prints one TAP-style line,
 * "ok - name" or "not ok - name (file:line: expr)", which tests/run.sh counts.
 * Use: TEST(cond, "name"); ... return test_summary(); */
#ifndef MCPDB_TEST_H
#define MCPDB_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failed_count, test_passed_count;

static inline int
test_report(int ok, const char *name, const char *file, int line, const char *expr)
{
	if (ok) {
		test_passed_count++;
		printf("ok - %s\n", name);
	} else {
		test_failed_count++;
		printf("not ok - %s (%s:%d: %s)\n", name, file, line, expr);
	}
	fflush(stdout);
	return ok;
}

#define TEST(cond, name) test_report(!!(cond), (name), __FILE__, __LINE__, #cond)
#define TEST_STREQ(a, b, name) \
	test_report((a) != NULL && (b) != NULL && strcmp((a), (b)) == 0, (name), __FILE__, __LINE__, #a " == " #b)

static inline int
test_summary(void)
{
	fprintf(stderr, "%d passed, %d failed\n", test_passed_count, test_failed_count);
	return test_failed_count ? 1 : 0;
}

#endif
