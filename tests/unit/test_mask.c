/* Unit tests for the maskers and the lineage lookup (core/gov/mask.c): every masker on ordinary,
 * short, empty, NULL and multi-byte input; the hash against the RFC 4231 HMAC-SHA256 vector
 * and its equal-in/equal-out property; lookup by schema, table and column. */
#include <stdlib.h>
#include <string.h>

#include "gov/mask.h"
#include "gov/policy_yaml.h"
#include "test.h"

static const struct mask_case {
	enum mask_kind kind;
	const char *in;
	const char *expect;      /* NULL: SQL NULL */
} CASES[] = {
	{ MASK_EMAIL, "alice@example.com", "a***@example.com" },
	{ MASK_EMAIL, "a@b.c", "a***@b.c" },
	{ MASK_EMAIL, "@example.com", "***@example.com" },
	{ MASK_EMAIL, "no-at-sign", "***" },
	{ MASK_EMAIL, "", "***" },
	{ MASK_EMAIL, "x\"y@z@host.org", "x***@host.org" },
	{ MASK_EMAIL, "\xc3\xa9lodie@example.fr", "\xc3\xa9***@example.fr" },
	{ MASK_LAST4, "4111111111111111", "****1111" },
	{ MASK_LAST4, "12345", "****2345" },
	{ MASK_LAST4, "1234", "****" },
	{ MASK_LAST4, "", "****" },
	{ MASK_LAST4, "ab\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "****\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9" },
	{ MASK_REDACT, "anything", "[redacted]" },
	{ MASK_REDACT, "", "[redacted]" },
	{ MASK_NULL, "anything", NULL },
	{ MASK_FIXED, "secret", "****@****.com" },
};

static void
test_cases(void)
{
	struct policy_column col;
	char name[200], *out;
	size_t outlen;
	int r;

	for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
		memset(&col, 0, sizeof col);
		col.name = "c";
		col.mask = CASES[i].kind;
		col.mask_fixed = "****@****.com";
		r = mask_apply(NULL, &col, CASES[i].in, strlen(CASES[i].in), 0, &out, &outlen);
		snprintf(name, sizeof name, "%s('%s') -> %s", mask_kind_name(CASES[i].kind), CASES[i].in,
		    CASES[i].expect ? CASES[i].expect : "NULL");
		if (CASES[i].expect == NULL)
			TEST(r == 0 && out == NULL, name);
		else
			TEST(r == 0 && out != NULL && strcmp(out, CASES[i].expect) == 0 && outlen == strlen(out), name);
		free(out);
		/* SQL NULL stays NULL for every masker */
		r = mask_apply(NULL, &col, NULL, 0, 1, &out, &outlen);
		snprintf(name, sizeof name, "%s(NULL) -> NULL", mask_kind_name(CASES[i].kind));
		TEST(r == 0 && out == NULL, name);
	}
}

static void
test_hash(void)
{
	struct policy p;
	struct policy_column col = { .name = "c", .mask = MASK_HASH };
	const char *data = "what do ya want for nothing?";
	char *a = NULL, *b = NULL, *c = NULL;
	size_t la, lb, lc;
	int r;

	memset(&p, 0, sizeof p);
	r = mask_apply(&p, &col, data, strlen(data), 0, &a, &la);
	TEST(r == E_CONFIG && a == NULL, "hash without a key: E_CONFIG");
	memcpy(p.hash_key, "Jefe", 4);
	p.hash_key_len = 4;
	r = mask_apply(&p, &col, data, strlen(data), 0, &a, &la);
	TEST(r == 0 && la == 64 && strcmp(a, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843") == 0,
	    "hash is HMAC-SHA256 (RFC 4231 test case 2)");
	r = mask_apply(&p, &col, data, strlen(data), 0, &b, &lb);
	TEST(r == 0 && strcmp(a, b) == 0, "hash: equal inputs give equal outputs");
	r = mask_apply(&p, &col, "what do ya want for nothing!", 28, 0, &c, &lc);
	TEST(r == 0 && strcmp(a, c) != 0, "hash: different inputs differ");
	free(c);
	memcpy(p.hash_key, "Jeff", 4);
	r = mask_apply(&p, &col, data, strlen(data), 0, &c, &lc);
	TEST(r == 0 && strcmp(a, c) != 0, "hash: another key gives another output");
	free(a);
	free(b);
	free(c);
	r = mask_apply(&p, &col, "a\0b", 3, 0, &a, &la);
	TEST(r == 0 && la == 64, "hash takes len bytes (embedded NUL)");
	free(a);
}

static void
test_errors(void)
{
	struct policy_column col = { .name = "c", .mask = MASK_NONE };
	char *out;
	size_t outlen;

	TEST(mask_apply(NULL, &col, "x", 1, 0, &out, &outlen) == E_INVAL && out == NULL, "unmasked column: E_INVAL");
	TEST(mask_apply(NULL, NULL, "x", 1, 0, &out, &outlen) == E_INVAL, "NULL rule: E_INVAL");
	col.mask = MASK_FIXED;
	TEST(mask_apply(NULL, &col, "x", 1, 0, &out, &outlen) == E_INVAL, "fixed without text: E_INVAL");
	col.mask = MASK_EMAIL;
	TEST(mask_apply(NULL, &col, "alice@example.com", 5, 0, &out, &outlen) == 0 && strcmp(out, "***") == 0,
	    "only len bytes are read");
	free(out);
}

static void
test_lookup(void)
{
	const char *yaml =
	    "policy:\n"
	    "  tables:\n"
	    "    customers:\n"
	    "      deny_columns: [ssn]\n"
	    "      mask_columns: {email: {masker: email}}\n"
	    "    sales.customers:\n"
	    "      mask_columns: {phone: {masker: last4}}\n";
	struct policy *p;
	char err[256];

	if (!TEST(policy_load_string(yaml, strlen(yaml), "t", NULL, &p, err, sizeof err) == 0, "lookup policy loads"))
		return;
	TEST(mask_lookup(p, "public", "customers", "email") != NULL, "lookup: public.customers.email masked");
	TEST(mask_lookup(p, "other", "customers", "email") != NULL, "lookup: schema-less entry matches any schema");
	TEST(mask_lookup(p, "public", "customers", "ssn") == NULL, "lookup: denied column is not a mask");
	TEST(mask_lookup(p, "public", "customers", "name") == NULL, "lookup: unlisted column");
	TEST(mask_lookup(p, "public", "orders", "email") == NULL, "lookup: other table");
	TEST(mask_lookup(p, "sales", "customers", "phone") != NULL, "lookup: qualified entry");
	TEST(mask_lookup(p, "sales", "customers", "email") != NULL,
	    "lookup: a qualified entry also carries the schema-less entry's masks");
	TEST(mask_lookup(p, "public", "customers", "EMAIL") == NULL, "lookup: catalog names are not folded");
	TEST(mask_lookup(NULL, "public", "customers", "email") == NULL, "lookup: no policy");
	policy_free(p);
}

int
main(void)
{
	test_cases();
	test_hash();
	test_errors();
	test_lookup();
	return test_summary();
}
