/* Unit tests for the YAML policy loader (core/gov/policy_yaml.c): valid files and fixtures, every
 * error with its line:column, unknown keys, duplicates, wrong types, identifier folding, row
 * filter checks and the hash key file's mode and size checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/limits.h"
#include "gov/policy_yaml.h"
#include "test.h"

static const struct bad_case {
	const char *name;
	const char *yaml;
	const char *expect;      /* substring of the message, starting with "t:line:col: " */
} BAD[] = {
	{ "empty file", "", "t: the file is empty" },
	{ "not a mapping", "- a\n", "t:1:1: the file must be a mapping" },
	{ "unknown top key", "policy: {}\nrules: {}\n", "t:2:1: unknown top-level key 'rules'" },
	{ "policy not a map", "policy: yes\n", "t:1:9: 'policy' must be a mapping" },
	{ "unknown policy key", "policy:\n  max_row: 5\n", "t:2:3: unknown key 'max_row' in policy; expected one of" },
	{ "unknown table key", "policy:\n  tables:\n    c:\n      deny_column: [ssn]\n",
	  "t:4:7: unknown key 'deny_column' in table 'c'; expected deny_columns" },
	{ "duplicate policy key", "policy:\n  deny_tables: [a]\n  deny_tables: [b]\n",
	  "t:3:3: duplicate key 'deny_tables' (first at line 2)" },
	{ "duplicate table after folding", "policy:\n  tables:\n    Customers: {}\n    customers: {}\n",
	  "t:4:5: table 'customers' appears twice" },
	{ "duplicate list entry after folding", "policy:\n  deny_tables: [a, B, b]\n",
	  "t:2:23: 'b' is listed twice in deny_tables" },
	{ "list expected", "policy:\n  allow_tables: orders\n", "t:2:17: allow_tables must be a list" },
	{ "number quoted", "policy:\n  max_rows_per_query: \"50\"\n", "t:2:23: max_rows_per_query must be a whole number" },
	{ "number range", "policy:\n  max_rows_per_query: 0\n", "t:2:23: max_rows_per_query must be a whole number from 1 to" },
	{ "number garbage", "policy:\n  max_queries_per_minute: 12x\n", "t:2:27: max_queries_per_minute must be a whole number" },
	{ "number negative", "policy:\n  max_concurrent_queries: -1\n", "t:2:27: max_concurrent_queries must be a whole number" },
	{ "bool yes", "policy:\n  allow_explain_analyze: yes\n", "t:2:26: allow_explain_analyze must be true or false" },
	{ "bool quoted", "policy:\n  allow_explain_analyze: \"true\"\n", "t:2:26: allow_explain_analyze must be true or false" },
	{ "bad identifier", "policy:\n  schemas: [public, 1abc]\n", "t:2:21: an entry '1abc' is not a valid name" },
	{ "dot in schema", "policy:\n  schemas: [a.b]\n", "t:2:13: an entry 'a.b' is not a valid name: a '.'" },
	{ "three parts", "policy:\n  deny_tables: [a.b.c]\n", "t:2:17: an entry 'a.b.c' is not a valid name: too many dots" },
	{ "space in name", "policy:\n  deny_tables: [\"a b\"]\n", "t:2:17: an entry 'a b' is not a valid name" },
	{ "unterminated quote", "policy:\n  deny_tables: ['\"Abc']\n", "unterminated \"quoted\" name" },
	{ "too long", "policy:\n  deny_tables: [aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]\n",
	  "longer than 63 bytes" },
	{ "function without schema", "policy:\n  allow_functions: [f]\n", "t:2:20: allow_functions: 'f' needs its schema, as in public.f" },
	{ "extension with a dot", "policy:\n  allow_extensions: [a.b]\n", "t:2:22: an entry 'a.b' is not a valid name: a '.'" },
	{ "allow and deny", "policy:\n  allow_tables: [a]\n  deny_tables: [A]\n", "t:2:3: 'a' is in both allow_tables and deny_tables" },
	{ "deny and mask", "policy:\n  tables:\n    c:\n      deny_columns: [e]\n      mask_columns: {E: \"x\"}\n",
	  "t:5:22: column 'e' is both denied and masked" },
	{ "deny twice", "policy:\n  tables:\n    c: {deny_columns: [e, e]}\n", "t:3:27: column 'e' is listed twice" },
	{ "masker name unquoted", "policy:\n  tables:\n    c:\n      mask_columns: {email: email}\n",
	  "t:4:29: 'email' is a masker name: write {masker: email}" },
	{ "unknown masker", "policy:\n  tables:\n    c:\n      mask_columns: {email: {masker: sha1}}\n",
	  "t:4:38: unknown masker sha1; write one of email, last4, hash, null, redact" },
	{ "mask map bad key", "policy:\n  tables:\n    c:\n      mask_columns: {email: {kind: email}}\n",
	  "t:4:30: a mask is \"fixed text\" or {masker: NAME}" },
	{ "mask list", "policy:\n  tables:\n    c:\n      mask_columns: {email: [a]}\n", "t:4:29: a mask is \"fixed text\" or {masker: NAME}, not a list" },
	{ "mask_columns list", "policy:\n  tables:\n    c:\n      mask_columns: [email]\n", "t:4:21: mask_columns must be a mapping" },
	{ "hash without key", "policy:\n  tables:\n    c:\n      mask_columns:\n        e: {masker: hash}\n",
	  "t:5:21: the hash masker needs a key: add hash_key_file" },
	{ "table rules not a map", "policy:\n  tables:\n    c: [a]\n", "t:3:8: the rules for table 'c' must be a mapping" },
	{ "tables not a map", "policy:\n  tables: [c]\n", "t:2:11: tables must be a mapping" },
	{ "row filter syntax", "policy:\n  tables:\n    o:\n      row_filter: \"true) OR (true\"\n",
	  "t:4:19: row_filter does not parse: syntax error at or near \")\"" },
	{ "row filter union", "policy:\n  tables:\n    o:\n      row_filter: \"true UNION SELECT 1\"\n",
	  "t:4:19: row_filter must be one boolean expression; it also adds a set operation" },
	{ "row filter two statements", "policy:\n  tables:\n    o:\n      row_filter: \"true; SELECT 1\"\n",
	  "t:4:19: row_filter must be one boolean expression, not several statements" },
	{ "row filter trailing clause", "policy:\n  tables:\n    o:\n      row_filter: \"x > 1 GROUP BY 1\"\n",
	  "t:4:19: row_filter must be one boolean expression; it also adds a groupClause" },
	{ "row filter empty", "policy:\n  tables:\n    o:\n      row_filter: \"\"\n", "t:4:19: row_filter must not be empty" },
	{ "row filter nextval (guard)", "policy:\n  tables:\n    o:\n      row_filter: \"nextval('s') > 0\"\n",
	  "t:4:19: row filter rejected" },
	{ "row filter denied function (guard)", "policy:\n  tables:\n    o:\n      row_filter: \"pg_read_file('/etc/passwd') <> ''\"\n",
	  "t:4:19: row filter rejected" },
	{ "row filter list", "policy:\n  tables:\n    o:\n      row_filter: [a]\n", "t:4:19: row_filter must be a string" },
	{ "alias", "x: &a {}\npolicy: *a\n", "t:2:9: aliases (*a) are not supported" },
	{ "tag", "policy:\n  max_rows_per_query: !!str 5\n", "t:2:23: YAML tags (tag:yaml.org,2002:str) are not supported" },
	{ "two documents", "policy: {}\n---\npolicy: {}\n", "t:2:1: a second YAML document" },
	{ "invalid yaml", "policy:\n  a: [b\n", "t:3:1: invalid YAML: did not find expected ',' or ']'" },
	{ "tab indentation", "policy:\n\tmax_rows_per_query: 5\n", "invalid YAML" },
	{ "key not scalar", "policy:\n  ? [a]\n  : b\n", "t:2:5: a key must be a plain name" },
	{ "missing key file", "policy:\n  hash_key_file: /nonexistent/key\n", "t:2:18: cannot open hash_key_file /nonexistent/key" },
};

static char tmpdir[] = "/tmp/mcpdb-policy-test.XXXXXX";

static int
write_file(const char *dir, const char *name, const char *text, mode_t mode)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fputs(text, f);
	fclose(f);
	return chmod(path, mode);
}

static void
test_bad_cases(void)
{
	char err[1024], name[160];
	struct policy *p;
	int r;

	for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
		r = policy_load_string(BAD[i].yaml, strlen(BAD[i].yaml), "t", NULL, &p, err, sizeof err);
		snprintf(name, sizeof name, "rejects: %s", BAD[i].name);
		if (!TEST(r != 0 && p == NULL && strstr(err, BAD[i].expect) != NULL, name))
			printf("#   got: %s\n#   expected: %s\n", err, BAD[i].expect);
	}
}

static void
test_fixtures(const char *root)
{
	char path[512], err[1024];
	struct policy *p;
	const struct policy_table *t;
	const struct policy_column *c;
	int r;

	snprintf(path, sizeof path, "%s/tests/data/policies/design-example.yaml", root);
	r = policy_load_file(path, &p, err, sizeof err);
	if (!TEST(r == 0, "the DESIGN.md example loads"))
		printf("#   %s\n", err);
	if (r == 0) {
		TEST(p->nallow_tables == 3 && p->ndeny_tables == 1 && p->max_rows_per_query == 50 &&
		    p->max_queries_per_minute == 120, "example: lists and limits");
		t = policy_find_table(p, "public", "customers");
		c = policy_find_column(t, "email");
		TEST(c != NULL && c->mask == MASK_FIXED && strcmp(c->mask_fixed, "****@****.com") == 0,
		    "example: fixed mask text");
		c = policy_find_column(t, "ssn");
		TEST(c != NULL && c->deny && c->mask == MASK_NONE, "example: denied column");
		t = policy_find_table(p, NULL, "orders");
		TEST(t != NULL && t->row_filter != NULL && strstr(t->row_filter, "interval '90 days'") != NULL,
		    "example: row filter kept verbatim");
		TEST_STREQ(p->source, path, "example: source is the path");
		policy_free(p);
	}

	snprintf(path, sizeof path, "%s/tests/data/policies/test_functions.yaml", root);
	r = policy_load_file(path, &p, err, sizeof err);
	TEST(r == 0 && p->nallow_functions == 2 && strcmp(p->allow_functions[0], "mcpdb_types.slow") == 0 &&
	    p->nallow_extensions == 0, "allow_functions: qualified names load");
	policy_free(p);
	{
		static const char y[] = "policy:\n  allow_functions: ['Public.\"Fy\"']\n  allow_extensions: [citext, HSTORE]\n";
		r = policy_load_string(y, sizeof(y) - 1, "t", NULL, &p, err, sizeof err);
	}
	TEST(r == 0 && p->nallow_functions == 1 && strcmp(p->allow_functions[0], "public.Fy") == 0 &&
	    p->nallow_extensions == 2 && strcmp(p->allow_extensions[1], "hstore") == 0,
	    "allow_functions/allow_extensions: names folded as PostgreSQL folds identifiers");
	if (r != 0)
		printf("#   %s\n", err);
	policy_free(p);

	snprintf(path, sizeof path, "%s/tests/data/policies/bad-unknown-key.yaml", root);
	r = policy_load_file(path, &p, err, sizeof err);
	TEST(r == E_CONFIG && p == NULL && strstr(err, "bad-unknown-key.yaml:4:7: unknown key 'deny_column'"),
	    "fixture with an unknown key names file:line:col");
	snprintf(path, sizeof path, "%s/tests/data/policies/nonexistent.yaml", root);
	r = policy_load_file(path, &p, err, sizeof err);
	TEST(r == E_IO && strstr(err, "cannot open: No such file") != NULL, "missing file: E_IO with the reason");
}

static void
test_full_with_key(const char *root)
{
	char src[512], path[512], err[1024], *text;
	struct policy *p;
	const struct policy_table *t;
	const struct policy_column *c;
	FILE *f;
	long n;
	int r;

	snprintf(src, sizeof src, "%s/tests/data/policies/full.yaml", root);
	if ((f = fopen(src, "r")) == NULL) {
		TEST(0, "full.yaml readable");
		return;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	text = calloc(1, (size_t)n + 1);
	if (text == NULL || fread(text, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(text);
		TEST(0, "full.yaml read");
		return;
	}
	fclose(f);
	write_file(tmpdir, "full.yaml", text, 0644);
	snprintf(path, sizeof path, "%s/full.yaml", tmpdir);

	/* world-readable key: refused */
	write_file(tmpdir, "hash.key", "0123456789abcdef0123456789abcdef\n", 0644);
	r = policy_load_file(path, &p, err, sizeof err);
	if (!TEST(r == E_CONFIG && strstr(err, "full.yaml:22:18: hash_key_file") && strstr(err, "chmod 600"),
	    "world-readable key file is refused with chmod advice"))
		printf("#   got: %s\n", err);
	/* too short */
	write_file(tmpdir, "hash.key", "short\n", 0600);
	r = policy_load_file(path, &p, err, sizeof err);
	TEST(r == E_CONFIG && strstr(err, "holds 5 bytes") != NULL, "too-short key file is refused");

	write_file(tmpdir, "hash.key", "0123456789abcdef0123456789abcdef\n", 0600);
	r = policy_load_file(path, &p, err, sizeof err);
	if (!TEST(r == 0, "full.yaml with a private key file loads (relative key path)"))
		printf("#   %s\n", err);
	if (r == 0) {
		TEST(p->nschemas == 1 && strcmp(p->schemas[0], "public") == 0, "schemas");
		TEST(p->nallow_tables == 4 && strcmp(p->allow_tables[3], "public.order_items") == 0, "qualified allow entry");
		TEST(p->max_concurrent_queries == 2 && p->allow_explain_analyze == 1, "concurrency and explain analyze");
		TEST(p->hash_key_len == 32, "hash key derived (32 bytes)");
		t = policy_find_table(p, "public", "customers");
		TEST(t != NULL && t->schema == NULL, "schema-less table entry");
		c = policy_find_column(t, "country");
		TEST(c != NULL && c->mask == MASK_HASH, "Country folded to country, hash masker");
		c = policy_find_column(t, "email");
		TEST(c != NULL && c->mask == MASK_EMAIL, "email masker");
		c = policy_find_column(t, "name");
		TEST(c != NULL && c->mask == MASK_FIXED && strcmp(c->mask_fixed, "(hidden)") == 0, "fixed text");
		t = policy_find_table(p, "public", "orders");
		TEST(t != NULL && t->schema != NULL && strcmp(t->schema, "public") == 0 && t->row_filter != NULL,
		    "qualified table entry with row filter");
		TEST(policy_find_table(p, "other", "orders") == NULL, "qualified entry does not match another schema");
		t = policy_find_table(p, NULL, "MixedCase");
		TEST(t != NULL && policy_find_table(p, NULL, "mixedcase") == NULL, "\"Quoted\" table keeps its case");
		c = policy_find_column(t, "Secret");
		TEST(c != NULL && c->mask == MASK_REDACT, "\"Secret\" column keeps case (YAML-quoted key with SQL quotes)");
		c = policy_find_column(t, "phone");
		TEST(c != NULL && c->mask == MASK_LAST4, "last4 masker");
		c = policy_find_column(t, "fax");
		TEST(c != NULL && c->mask == MASK_NULL, "null masker");
		policy_free(p);
	}
	free(text);
}

static void
test_folding(void)
{
	static const struct { const char *in; int dot; const char *out; } ok[] = {
		{ "Customers", 0, "customers" },
		{ "\"Customers\"", 0, "Customers" },
		{ "Public.\"Orders\"", 1, "public.Orders" },
		{ "\"a\"\"b\"", 0, "a\"b" },
		{ "_x$1", 0, "_x$1" },
		{ "caf\xc3\xa9", 0, "caf\xc3\xa9" },
	};
	static const struct { const char *in; int dot; } bad[] = {
		{ "", 0 }, { "\"\"", 0 }, { "a.b", 0 }, { "a..b", 1 }, { ".a", 1 }, { "a.", 1 }, { "\"a.b\"", 0 },
		{ "a-b", 0 }, { "a b", 0 }, { "\"abc", 0 },
	};
	const char *why;
	char name[128], *s;

	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		s = policy_fold_ident(ok[i].in, strlen(ok[i].in), ok[i].dot, &why);
		snprintf(name, sizeof name, "fold %s -> %s", ok[i].in, ok[i].out);
		TEST_STREQ(s, ok[i].out, name);
		free(s);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		s = policy_fold_ident(bad[i].in, strlen(bad[i].in), bad[i].dot, &why);
		snprintf(name, sizeof name, "fold rejects '%s'", bad[i].in);
		TEST(s == NULL && why != NULL, name);
		free(s);
	}
}

static void
test_merge(void)
{
	const char *yaml =
	    "policy:\n"
	    "  tables:\n"
	    "    orders: {row_filter: \"region = 'EU' /* EU only */\", deny_columns: [note], mask_columns: {email: '-'}}\n"
	    "    sales.orders: {row_filter: \"amount < 100\", mask_columns: {note: {masker: redact}}}\n";
	struct policy *p;
	const struct policy_table *t;
	const struct policy_column *c;
	char err[256];

	if (!TEST(policy_load_string(yaml, strlen(yaml), "t", NULL, &p, err, sizeof err) == 0, "merge policy loads"))
		return;
	t = policy_find_table(p, "sales", "orders");
	TEST_STREQ(t->row_filter, "(amount < 100\n) AND (region = 'EU' /* EU only */\n)", "merge: row filters ANDed");
	c = policy_find_column(t, "note");
	TEST(c != NULL && c->mask == MASK_REDACT && !c->deny, "merge: the qualified entry's own column rule wins");
	c = policy_find_column(t, "email");
	TEST(c != NULL && c->mask == MASK_FIXED && strcmp(c->mask_fixed, "-") == 0, "merge: schema-less mask inherited");
	t = policy_find_table(p, "public", "orders");
	TEST_STREQ(t->row_filter, "region = 'EU' /* EU only */", "merge: the schema-less entry is unchanged");
	policy_free(p);
}

static void
test_misc(void)
{
	char err[256];
	struct policy *p;
	const char *empty = "policy: {}\n";
	const char *quoted_fixed = "policy:\n  tables:\n    c: {mask_columns: {e: \"email\"}}\n";
	int r;

	r = policy_load_string(empty, strlen(empty), NULL, NULL, &p, err, sizeof err);
	TEST(r == 0 && p != NULL && p->ntables == 0 && p->source == NULL, "policy: {} is an empty policy");
	policy_free(p);
	r = policy_load_string(quoted_fixed, strlen(quoted_fixed), "t", NULL, &p, err, sizeof err);
	TEST(r == 0 && p->tables[0].columns[0].mask == MASK_FIXED, "a quoted masker name is fixed text");
	policy_free(p);
	r = policy_load_string("policy: {}", 10, "t", NULL, &p, err, 8);
	TEST(r == 0, "small error buffer is fine when valid");
	policy_free(p);
	r = policy_load_string("x: 1", 4, "a-long-file-name.yaml", NULL, &p, err, 8);
	TEST(r == E_CONFIG && strlen(err) == 7, "error message truncated to the buffer");
	{
		size_t big = LIMIT_POLICY_BYTES + 1;
		char *b = malloc(big);
		if (b != NULL) {
			memset(b, ' ', big);
			r = policy_load_string(b, big, "t", NULL, &p, err, sizeof err);
			TEST(r == E_TOOBIG && p == NULL, "oversized policy refused");
			free(b);
		}
	}
	{
		/* nesting bomb: [[[[...]]]] */
		char deep[200];
		size_t n = 0;
		memcpy(deep, "policy: ", 8);
		n = 8;
		for (int i = 0; i < 40; i++)
			deep[n++] = '[';
		for (int i = 0; i < 40; i++)
			deep[n++] = ']';
		r = policy_load_string(deep, n, "t", NULL, &p, err, sizeof err);
		TEST(r == E_CONFIG && strstr(err, "nested deeper than") != NULL, "deep nesting refused");
	}
}

int
main(void)
{
	const char *root = getenv("MCPDB_ROOT");

	if (root == NULL)
		root = ".";
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_bad_cases();
	test_fixtures(root);
	test_full_with_key(root);
	test_folding();
	test_merge();
	test_misc();
	{
		char cmd[600];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", tmpdir);
	}
	return test_summary();
}
