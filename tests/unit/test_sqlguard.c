/* The SQL guard: the whole case table (tests/data/guard_cases.tsv) with idempotence of every
 * rewrite, generated hostile inputs (huge, deep, NUL bytes, CTE chains), the row-limit
 * rewrite, row filters, result fields, and the resolver/column callbacks. */
#include "test.h"

#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "gov/policy.h"
#include "guard/sqlguard.h"

static struct policy *test_policy;

static char *
xstrdup(const char *s)
{
	char *p = strdup(s);
	if (p == NULL)
		abort();
	return p;
}

/* The fixed policy the case table's `@policy test` sections assume (also in
 * tests/data/guard_policy.yaml). */
static struct policy *
make_test_policy(void)
{
	struct policy *p = policy_new();
	struct policy_table *t;

	p->deny_tables = calloc(1, sizeof(char *));
	p->deny_tables[0] = xstrdup("payments");
	p->ndeny_tables = 1;
	p->tables = calloc(2, sizeof(*p->tables));
	p->ntables = 2;
	t = &p->tables[0];
	t->name = xstrdup("customers");
	t->columns = calloc(2, sizeof(*t->columns));
	t->ncolumns = 2;
	t->columns[0].name = xstrdup("ssn");
	t->columns[0].deny = 1;
	t->columns[1].name = xstrdup("email");
	t->columns[1].mask = MASK_EMAIL;
	t = &p->tables[1];
	t->name = xstrdup("orders");
	t->row_filter = xstrdup("status <> 'cancelled'");
	return p;
}

static int
check(const char *sql, const struct policy *p, struct sqlg_result *r)
{
	struct sqlg_options o = {0};

	o.max_rows = 100;
	o.policy = p;
	return sqlg_check(sql, strlen(sql), &o, r);
}

/* Unescapes \n, \t, \\ in place. */
static void
unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		if (*s == '\\' && (s[1] == 'n' || s[1] == 't' || s[1] == '\\')) {
			s++;
			*w++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : '\\';
		} else {
			*w++ = *s;
		}
	}
	*w = '\0';
}

static void
run_table(void)
{
	const char *root = getenv("MCPDB_ROOT");
	char path[1024], line[70000], name[200];
	FILE *f;
	int lineno = 0, cases = 0, allowed = 0, bad = 0, idem_bad = 0;
	const struct policy *pol = NULL;

	snprintf(path, sizeof(path), "%s/tests/data/guard_cases.tsv", root ? root : ".");
	if ((f = fopen(path, "r")) == NULL) {
		TEST(0, "case table opens");
		return;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *verdict, *code, *sql, *tab1, *tab2;
		struct sqlg_result r, r2;
		size_t n = strlen(line);

		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (strncmp(line, "@policy ", 8) == 0) {
			pol = strcmp(line + 8, "test") == 0 ? test_policy : NULL;
			continue;
		}
		if (strncmp(line, "@pg ", 4) == 0)
			continue;
		if ((tab1 = strchr(line, '\t')) == NULL || (tab2 = strchr(tab1 + 1, '\t')) == NULL) {
			snprintf(name, sizeof(name), "case table line %d is well-formed", lineno);
			TEST(0, name);
			continue;
		}
		*tab1 = *tab2 = '\0';
		verdict = line, code = tab1 + 1, sql = tab2 + 1;
		unescape(sql);
		cases++;
		snprintf(name, sizeof(name), "line %d: %s %s: %.70s", lineno, verdict, code, sql);
		for (char *x = name; *x; x++)
			if (*x == '\n' || *x == '\t')
				*x = ' ';
		if (check(sql, pol, &r) != 0) {
			TEST(0, name);
			bad++;
			continue;
		}
		if (strcmp(verdict, "allow") == 0) {
			allowed++;
			if (!TEST(r.allowed && r.rewritten != NULL, name)) {
				printf("#   got %s: %s\n", r.code ? r.code : "?", r.reason ? r.reason : "");
				bad++;
			} else {
				/* idempotence: the rewrite passes again; without a policy it is a fixed point */
				int ok = check(r.rewritten, pol, &r2) == 0 && r2.allowed;
				if (ok && pol == NULL && strcmp(r2.rewritten, r.rewritten) != 0)
					ok = 0;
				if (!ok) {
					snprintf(name, sizeof(name), "line %d: rewrite passes again: %.60s", lineno, r.rewritten);
					TEST(0, name);
					printf("#   second pass: %s / %s\n", r2.code ? r2.code : "allowed", r2.rewritten ? r2.rewritten : (r2.reason ? r2.reason : ""));
					idem_bad++;
				}
				sqlg_result_free(&r2);
			}
		} else {
			if (!TEST(!r.allowed && r.code != NULL && strcmp(r.code, code) == 0, name)) {
				printf("#   got %s: %s\n", r.allowed ? "allowed" : r.code, r.allowed ? r.rewritten : r.reason);
				bad++;
			} else if (r.reason == NULL || strlen(r.reason) < 20) {
				TEST(0, "rejection has a reason");
			}
		}
		sqlg_result_free(&r);
	}
	fclose(f);
	snprintf(name, sizeof(name), "case table: %d cases (>= 300), %d allowed, %d misjudged", cases, allowed, bad);
	TEST(cases >= 300 && bad == 0, name);
	snprintf(name, sizeof(name), "every allowed rewrite passes the guard again (%d failures)", idem_bad);
	TEST(idem_bad == 0, name);
}

static void
expect(const char *sql, const struct policy *p, const char *code, const char *name)
{
	struct sqlg_result r;
	int rc = check(sql, p, &r);

	if (code == NULL) {
		if (!TEST(rc == 0 && r.allowed, name))
			printf("#   got %s: %s\n", r.code ? r.code : "?", r.reason ? r.reason : "");
	} else if (!TEST(rc == 0 && !r.allowed && r.code && strcmp(r.code, code) == 0, name)) {
		printf("#   got %s: %s\n", r.allowed ? "allowed" : r.code, r.allowed ? r.rewritten : r.reason);
	}
	sqlg_result_free(&r);
}

static char *
repeat(const char *head, const char *unit, size_t times, const char *tail)
{
	size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
	char *s = malloc(hl + ul * times + tl + 1), *w = s;

	if (s == NULL)
		abort();
	memcpy(w, head, hl), w += hl;
	for (size_t i = 0; i < times; i++)
		memcpy(w, unit, ul), w += ul;
	memcpy(w, tail, tl), w += tl;
	*w = '\0';
	return s;
}

static void
test_hostile_inputs(void)
{
	char *s, *t;
	struct sqlg_result r;
	struct sqlg_options o = {0};

	s = repeat("SELECT '", "x", LIMIT_SQL_BYTES, "'");
	expect(s, NULL, "too_large", "SQL text over LIMIT_SQL_BYTES: too_large");
	free(s);
	s = repeat("SELECT 1", "", 0, "");
	TEST(sqlg_check("SELECT 1\0; DROP TABLE x", 23, &o, &r) == 0 && !r.allowed &&
	    strcmp(r.code, "invalid_input") == 0, "embedded NUL byte: invalid_input");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT 1; DROP", 8, &o, &r) == 0 && r.allowed, "length is honoured (not NUL-terminated input)");
	sqlg_result_free(&r);
	free(s);
	/* parser stack depth: 30,000 nested parentheses must be a clean rejection */
	s = repeat("SELECT ", "(", 30000, "1");
	t = repeat(s, ")", 30000, "");
	expect(t, NULL, "too_deep", "30,000 nested parentheses: too_deep, no crash");
	free(s), free(t);
	s = repeat("SELECT ", "(", 1000, "1");
	t = repeat(s, ")", 1000, "");
	expect(t, NULL, NULL, "1,000 redundant parentheses make no tree depth: allowed");
	free(s), free(t);
	s = repeat("SELECT ", "(1 + ", 1000, "1");
	t = repeat(s, ")", 1000, "");
	expect(t, NULL, "too_deep", "1,000 nested (1 + (...)): too_deep");
	free(s), free(t);
	s = repeat("SELECT * FROM ", "(SELECT * FROM ", 300, "products");
	t = repeat(s, ") x", 300, "");
	expect(t, NULL, "too_deep", "300 nested subqueries: too_deep");
	free(s), free(t);
	s = repeat("SELECT * FROM ", "(SELECT * FROM ", 20, "products");
	t = repeat(s, ") x", 20, "");
	expect(t, NULL, NULL, "20 nested subqueries are fine");
	free(s), free(t);
	s = repeat("SELECT 1", " + 1", 5000, "");
	expect(s, NULL, "too_deep", "a 5,000-term left-deep sum: too_deep");
	free(s);
	s = repeat("SELECT 1 WHERE 1 IN (0", ",1", 9000, ")");
	expect(s, NULL, NULL, "an IN list of 9,000 constants is fine (flat)");
	free(s);
	s = repeat("SELECT ARRAY[0", ",1", 21000, "]");
	expect(s, NULL, "too_large", "21,000 array elements: too_large (node cap)");
	free(s);
	/* the 1,200-CTE chain that ran 32 s on PostgreSQL 15 */
	{
		size_t cap = 80000, o2 = 0;
		char *q = malloc(cap);
		o2 += (size_t)snprintf(q + o2, cap - o2, "WITH c0 AS (SELECT 1 AS x)");
		for (int i = 1; i < 1200; i++)
			o2 += (size_t)snprintf(q + o2, cap - o2, ", c%d AS (SELECT x FROM c%d)", i, i - 1);
		snprintf(q + o2, cap - o2, " SELECT * FROM c1199");
		expect(q, NULL, "too_complex", "1,200 chained CTEs (48 KB): rejected before the database");
		q[0] = '\0';
		o2 = (size_t)snprintf(q, cap, "WITH c0 AS (SELECT 1 AS x)");
		for (int i = 1; i < 60; i++)
			o2 += (size_t)snprintf(q + o2, cap - o2, ", c%d AS (SELECT x FROM c%d)", i, i - 1);
		snprintf(q + o2, cap - o2, " SELECT * FROM c59");
		expect(q, NULL, "too_complex", "60 chained CTEs: too_complex");
		free(q);
	}
	s = repeat("", "SELECT 1;", 2000, "");
	expect(s, NULL, "multiple_statements", "2,000 statements: multiple_statements");
	free(s);
	expect("\xff\xfe SELECT 1", NULL, "invalid_input", "invalid UTF-8 is rejected before parsing");
}

static void
test_limits_and_fields(void)
{
	struct sqlg_options o = {0};
	struct sqlg_result r;

	o.max_rows = 100;
	TEST(sqlg_check("SELECT * FROM t LIMIT 5", 23, &o, &r) == 0 && r.allowed &&
	    strcmp(r.rewritten, "SELECT * FROM t LIMIT 5") == 0 && !r.limit_applied, "a smaller user LIMIT stays");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT * FROM t LIMIT 500", 25, &o, &r) == 0 && r.allowed &&
	    strstr(r.rewritten, "LIMIT 101") != NULL && r.limit_applied, "a larger LIMIT becomes max_rows+1");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT * FROM t", 15, &o, &r) == 0 && r.allowed &&
	    strcmp(r.rewritten, "SELECT * FROM t LIMIT 101") == 0 && r.limit_applied, "no LIMIT: LIMIT max_rows+1 added");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT * FROM t FETCH FIRST 3000000000 ROWS ONLY", 48, &o, &r) == 0 && r.allowed &&
	    strstr(r.rewritten, "101") != NULL, "FETCH FIRST beyond 32 bits is capped");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT * FROM t ORDER BY a FETCH FIRST 5 ROWS WITH TIES", 55, &o, &r) == 0 && r.allowed &&
	    strstr(r.rewritten, "mcpdb_limited LIMIT 101") != NULL, "WITH TIES is bounded from outside");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT 1 UNION SELECT 2", 23, &o, &r) == 0 && r.allowed &&
	    strcmp(r.rewritten, "SELECT 1 UNION SELECT 2 LIMIT 101") == 0, "set operation: limit on the whole");
	sqlg_result_free(&r);
	o.max_rows = 0;
	TEST(sqlg_check("SELECT 1", 8, &o, &r) == 0 && strstr(r.rewritten, "LIMIT 101") != NULL, "max_rows 0: default 100");
	sqlg_result_free(&r);
	o.max_rows = 2147483647L;
	TEST(sqlg_check("SELECT 1", 8, &o, &r) == 0 && strstr(r.rewritten, "LIMIT 100001") != NULL, "max_rows capped at the ceiling (no 32-bit overflow)");
	sqlg_result_free(&r);
	o.max_rows = 1000;
	test_policy->max_rows_per_query = 10;
	o.policy = test_policy;
	TEST(sqlg_check("SELECT 1", 8, &o, &r) == 0 && strstr(r.rewritten, "LIMIT 11") != NULL, "the policy's smaller max_rows_per_query wins");
	sqlg_result_free(&r);
	test_policy->max_rows_per_query = 0;
	o.policy = NULL;
	o.max_rows = 100;
	TEST(sqlg_check("EXPLAIN SELECT * FROM t", 23, &o, &r) == 0 && r.allowed && r.is_explain &&
	    strcmp(r.rewritten, "EXPLAIN SELECT * FROM t") == 0, "EXPLAIN: no limit rewrite, is_explain set");
	sqlg_result_free(&r);
	o.allow_explain_analyze = 1;
	TEST(sqlg_check("EXPLAIN ANALYZE SELECT 1", 24, &o, &r) == 0 && r.allowed, "EXPLAIN ANALYZE allowed by option");
	sqlg_result_free(&r);
	o.allow_explain_analyze = 0;
	TEST(sqlg_check("SELEC 1", 7, &o, &r) == 0 && !r.allowed && strcmp(r.code, "parse_error") == 0 &&
	    r.cursor == 1, "parse_error carries the cursor position");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT 1 FROM t WHERE", 21, &o, &r) == 0 && r.cursor == 22, "cursor at the end");
	sqlg_result_free(&r);
	o.want_fingerprint = 1;
	TEST(sqlg_check("SELECT lower(a), pg_catalog.upper(b) FROM s.t JOIN u ON true", 60, &o, &r) == 0 && r.allowed &&
	    r.functions.n == 2 && r.relations.n == 2 && strcmp(r.relations.items[0], "s.t") == 0 &&
	    r.columns.n == 2 && r.fingerprint != NULL && strlen(r.fingerprint) == 16, "functions, relations, columns and fingerprint");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT pg_sleep(1)", 18, &o, &r) == 0 && !r.allowed && r.fingerprint != NULL &&
	    r.rewritten == NULL, "rejected: fingerprint kept, no rewritten SQL");
	sqlg_result_free(&r);
	sqlg_result_free(&r);
	TEST(1, "sqlg_result_free twice is safe");
}

static void
test_policy_rewrite(void)
{
	struct sqlg_result r;
	char err[300];

	TEST(check("SELECT id, email AS e FROM customers", test_policy, &r) == 0 && r.allowed && r.masked.n == 1 &&
	    strcmp(r.masked.items[0], "customers.email") == 0, "masked output column listed");
	sqlg_result_free(&r);
	TEST(check("SELECT * FROM orders o JOIN orders p ON p.id = o.id", test_policy, &r) == 0 && r.allowed &&
	    strcmp(r.rewritten, "SELECT * FROM (SELECT * FROM orders WHERE status <> 'cancelled' OFFSET 0) o JOIN (SELECT * FROM orders WHERE status <> 'cancelled' OFFSET 0) p ON p.id = o.id LIMIT 101") == 0,
	    "row filter injected at every reference, aliases kept");
	sqlg_result_free(&r);
	TEST(check("SELECT count(*) FROM customers c WHERE EXISTS (SELECT 1 FROM public.orders WHERE customer_id = c.id)", test_policy, &r) == 0 && r.allowed &&
	    strstr(r.rewritten, "(SELECT * FROM public.orders WHERE status <> 'cancelled' OFFSET 0) orders") != NULL,
	    "row filter inside a subquery, schema kept");
	sqlg_result_free(&r);
	TEST(check("WITH orders AS (SELECT 1 AS id) SELECT * FROM orders", test_policy, &r) == 0 && r.allowed &&
	    strstr(r.rewritten, "status") == NULL, "a CTE named like a filtered table is not filtered");
	sqlg_result_free(&r);
	TEST(check("SELECT * FROM orders TABLESAMPLE BERNOULLI (5)", test_policy, &r) == 0 && !r.allowed,
	    "TABLESAMPLE on a filtered table rejects");
	sqlg_result_free(&r);
	TEST(sqlg_check_row_filter("status <> 'cancelled' AND created_at > now() - interval '90 days'", err, sizeof(err)) == 0,
	    "row filter check: a good filter");
	TEST(sqlg_check_row_filter("true) UNION SELECT 1 FROM (SELECT 1", err, sizeof(err)) != 0, "row filter check: injection rejected");
	TEST(sqlg_check_row_filter("pg_sleep(1) IS NULL", err, sizeof(err)) == E_DENIED && strstr(err, "function_denied") != NULL,
	    "row filter check: denied function");
	TEST(sqlg_check_row_filter("a = 1; DROP TABLE x", err, sizeof(err)) != 0, "row filter check: two statements");
	TEST(sqlg_check_row_filter("(", err, sizeof(err)) == E_INVAL && err[0] != '\0', "row filter check: syntax error");
	TEST(sqlg_check_row_filter("true ORDER BY 1", err, sizeof(err)) != 0, "row filter check: extra clause");
}

/* The catalog as pgx_resolve would give it: schema, highest volatility over the overloads,
 * extension. mystable and ext_fn are on the search path (public); the rest in guard_fx. */
static char
resolver(void *ctx, const char *schema, const char *name, const char **sch, const char **ext)
{
	static const struct {
		const char *schema, *name, *ext;
		char vol;
	} fns[] = {
		{"guard_fx", "double_it", NULL, 'i'}, {"guard_fx", "touch", NULL, 'v'},
		{"public", "mystable", NULL, 's'}, {"public", "ext_fn", "myext", 's'},
		{"public", "ov", NULL, 'v'},  /* ov(int) STABLE and ov(text, int DEFAULT 0) VOLATILE */
	};

	(void)ctx;
	*sch = NULL;
	*ext = NULL;
	for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
		if (strcmp(fns[i].name, name) == 0 && (schema == NULL ? strcmp(fns[i].schema, "public") == 0 : strcmp(fns[i].schema, schema) == 0)) {
			*sch = fns[i].schema;
			*ext = fns[i].ext;
			return fns[i].vol;
		}
	return 0;
}

static const char *
relations(void *ctx, const char *name)
{
	(void)ctx;
	if (strcmp(name, "orders") == 0)
		return "sales";
	if (strcmp(name, "pg_class") == 0)
		return "pg_catalog";
	return NULL;
}

/* Issue 13: user-defined functions only when the policy allows them, never VOLATILE, all
 * overloads counted; with the search_path pinned, unqualified relations and allowed user
 * functions are qualified by the rewrite; user-defined types rejected. */
static void
test_pinned_names(void)
{
	struct sqlg_options o = {0};
	struct sqlg_result r;
	struct policy *p = policy_new();
	const char *allow[] = {"guard_fx.double_it", "guard_fx.touch", "public.mystable", "public.ov"};

	p->allow_functions = calloc(4, sizeof(char *));
	for (size_t i = 0; i < 4; i++)
		p->allow_functions[i] = xstrdup(allow[i]);
	p->nallow_functions = 4;
	p->allow_extensions = calloc(1, sizeof(char *));
	p->allow_extensions[0] = xstrdup("myext");
	p->nallow_extensions = 1;
	o.resolve = resolver;
	o.resolve_relation = relations;
	o.pinned_search_path = 1;
	o.max_rows = 10;

	TEST(sqlg_check("SELECT guard_fx.double_it(2)", 28, &o, &r) == 0 && !r.allowed && strcmp(r.code, "function_denied") == 0 &&
	    strstr(r.reason, "allow_functions") != NULL, "user function: denied without a policy that allows it");
	sqlg_result_free(&r);
	o.policy = p;
	TEST(sqlg_check("SELECT guard_fx.double_it(2)", 28, &o, &r) == 0 && r.allowed && r.user_functions.n == 1 &&
	    strcmp(r.user_functions.items[0], "guard_fx.double_it") == 0, "user function: allowed by allow_functions, listed for the recheck");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT guard_fx.touch()", 23, &o, &r) == 0 && !r.allowed && strstr(r.reason, "VOLATILE") != NULL,
	    "user function: VOLATILE stays denied even when allowed");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT ov(1)", 12, &o, &r) == 0 && !r.allowed && strstr(r.reason, "VOLATILE") != NULL,
	    "user function: the most volatile overload counts, whatever the argument count");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT mystable(1)", 18, &o, &r) == 0 && r.allowed && strstr(r.rewritten, "public.mystable(1)") != NULL,
	    "user function: an unqualified allowed one is qualified with its schema");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT ext_fn(1)", 16, &o, &r) == 0 && r.allowed && strstr(r.rewritten, "public.ext_fn(1)") != NULL,
	    "user function: allowed through allow_extensions");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT nope(1)", 14, &o, &r) == 0 && !r.allowed, "user function: unknown denied");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT lower(name) FROM orders", 30, &o, &r) == 0 && r.allowed &&
	    strcmp(r.rewritten, "SELECT lower(name) FROM sales.orders LIMIT 11") == 0,
	    "pinned: built-ins stay unqualified, relations get the schema of the role's search path");
	if (r.rewritten != NULL && strstr(r.rewritten, "sales.orders") == NULL)
		printf("# got %s\n", r.rewritten);
	sqlg_result_free(&r);
	TEST(sqlg_check("WITH orders AS (SELECT 1 AS x) SELECT * FROM orders, pg_class, mystery", 70, &o, &r) == 0 && r.allowed &&
	    strstr(r.rewritten, "FROM orders, pg_catalog.pg_class, mystery") != NULL,
	    "pinned: CTE names are not qualified; unknown names stay (PostgreSQL finds nothing user-defined)");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT x.touch FROM orders x", 28, &o, &r) == 0 && r.allowed,
	    "pinned: x.f with f no built-in is a column (PostgreSQL cannot find a user function f)");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT 'a'::public.dom", 22, &o, &r) == 0 && !r.allowed && strcmp(r.code, "function_denied") == 0,
	    "types: a cast to a user-defined type (domain CHECK, CREATE CAST) denied");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT '1'::pg_catalog.int4, 'a'::text, 'x'::information_schema.sql_identifier", 78, &o, &r) == 0 && r.allowed,
	    "types: pg_catalog and information_schema types allowed");
	sqlg_result_free(&r);
	o.pinned_search_path = 0;
	TEST(sqlg_check("SELECT x.ov FROM t x", 20, &o, &r) == 0 && !r.allowed, "unpinned: volatile user function via field notation denied");
	sqlg_result_free(&r);
	policy_free(p);
}

static int
no_columns(void *ctx, const char *schema, const char *table, const char *column)
{
	(void)ctx, (void)schema, (void)table;
	return strcmp(column, "id") == 0;
}

static void
test_callbacks(void)
{
	struct sqlg_options o = {0};
	struct sqlg_result r;
	const char *sp[] = {"sales", NULL};
	struct policy *p;

	o.resolve = NULL;
	o.policy = test_policy;
	o.column_exists = no_columns;
	TEST(sqlg_check("SELECT c.name FROM customers c", 30, &o, &r) == 0 && !r.allowed && strcmp(r.code, "column_masked") == 0,
	    "column_exists: c.name on a table without `name` is name(c), a whole-row use");
	sqlg_result_free(&r);
	o.column_exists = NULL;
	p = policy_new();
	p->schemas = calloc(1, sizeof(char *));
	p->schemas[0] = xstrdup("sales");
	p->nschemas = 1;
	o.policy = p;
	TEST(sqlg_check("SELECT * FROM hr.salaries", 25, &o, &r) == 0 && !r.allowed && strcmp(r.code, "table_denied") == 0,
	    "SCHEMAS allowlist: other schema denied");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT * FROM orders", 20, &o, &r) == 0 && !r.allowed, "SCHEMAS allowlist: unqualified name resolving to public denied");
	sqlg_result_free(&r);
	o.search_path = sp;
	TEST(sqlg_check("SELECT * FROM orders", 20, &o, &r) == 0 && r.allowed, "SCHEMAS allowlist: search_path inside the allowlist");
	sqlg_result_free(&r);
	TEST(sqlg_check("SELECT * FROM pg_class", 22, &o, &r) == 0 && r.allowed, "SCHEMAS allowlist: catalogs stay readable");
	sqlg_result_free(&r);
	policy_free(p);
}

/* Invalid UTF-8 is rejected before parsing, in every mode (issue 13: `mcpdb check --json`
 * exited 111 on it, plain `check` allowed it); valid multi-byte text passes. */
static void
test_utf8(void)
{
	static const struct {
		const char *sql;
		int ok;
		const char *name;
	} cases[] = {
		{"SELECT 'gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80'", 1, "utf8: 2-, 3- and 4-byte sequences allowed"},
		{"SELECT '\xff'", 0, "utf8: 0xff rejected"},
		{"SELECT '\xc0\x80'", 0, "utf8: overlong NUL rejected"},
		{"SELECT '\xe0\x80\xaf'", 0, "utf8: overlong 3-byte rejected"},
		{"SELECT '\xed\xa0\x80'", 0, "utf8: UTF-16 surrogate rejected"},
		{"SELECT '\xf4\x90\x80\x80'", 0, "utf8: past U+10FFFF rejected"},
		{"SELECT 'a\xc3", 0, "utf8: truncated sequence at the end rejected"},
		{"SELECT '\x80'", 0, "utf8: stray continuation byte rejected"},
		{"SELECT 1 -- \xe9t\xe9 (Latin-1 in a comment)", 0, "utf8: Latin-1 inside a comment rejected"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect(cases[i].sql, NULL, cases[i].ok ? NULL : "invalid_input", cases[i].name);
}

/* The reviewed deny table applies to every schema and whatever the volatility. */
static void
test_deny_table(void)
{
	struct sqlg_result r;

	expect("SELECT * FROM public.xpath_table('id', 'doc', 'guard_fx.events', '/a', 'true') AS t(id int, a text)", NULL,
	    "function_denied", "deny table: xml2's xpath_table, qualified");
	expect("SELECT guard_fx.dblink('x')", NULL, "function_denied", "deny table: dblink in any schema");
	expect("SELECT pg_catalog.xpath('/a', '<a/>'::xml)", NULL, "function_denied", "deny table: pg_catalog.xpath");
	TEST(check("SELECT ts_rewrite('a'::tsquery, 'SELECT 1')", NULL, &r) == 0 && !r.allowed && r.reason != NULL &&
	    strstr(r.reason, "runs SQL given as a string") != NULL, "deny table: the reason is the reviewed one");
	sqlg_result_free(&r);
	expect("SELECT to_tsquery('a & b')", NULL, NULL, "deny table: neighbours of denied names stay allowed");
}

int
main(void)
{
	test_policy = make_test_policy();
	run_table();
	test_hostile_inputs();
	test_limits_and_fields();
	test_policy_rewrite();
	test_callbacks();
	test_pinned_names();
	test_utf8();
	test_deny_table();
	policy_free(test_policy);
	return test_summary();
}
