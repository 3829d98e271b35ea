/* The generated built-in function table: lookups, overloads, volatility. */
#include "test.h"

#include "base/err.h"
#include "guard/pgproc.h"

int
main(void)
{
	const struct pgproc_entry *e;

	TEST(pgproc_builtin_count > 3000, "table holds PostgreSQL's ~3,300 built-ins");
	for (unsigned i = 1; i < pgproc_builtin_count; i++)
		if (strcmp(pgproc_builtin[i - 1].name, pgproc_builtin[i].name) > 0) {
			TEST(0, "table is sorted by name");
			break;
		}
	TEST(pgproc_find("pg_read_file", &e) == 4 && e && e->volatility == 'v', "pg_read_file: 4 volatile overloads");
	TEST(pgproc_max_volatility("now") == 's', "now() is stable");
	TEST(pgproc_max_volatility("lower") == 'i', "lower() is immutable");
	TEST(pgproc_max_volatility("random") == 'v', "random() is volatile");
	TEST(pgproc_max_volatility("nextval") == 'v', "nextval() is volatile");
	TEST(pgproc_max_volatility("no_such_function") == '?', "unknown name");
	TEST(pgproc_find("sum", &e) > 0 && e->kind == 'a', "sum is an aggregate");
	TEST(pgproc_find("row_number", &e) == 1 && e->kind == 'w', "row_number is a window function");
	TEST(pgproc_find("LOWER", &e) == 0, "lookup is case-sensitive (names arrive folded)");
	TEST(strcmp(err_str(E_TOOBIG), "size limit reached") == 0, "err_str");
	TEST(strcmp(err_str(12345), "unknown error") == 0, "err_str of an unknown code");
	return test_summary();
}
