/* values_to_json: every converted type with its edge values, checked by the JSON text the
 * value writes as (what an MCP client receives). */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "db/values.h"

struct value_case {
	Oid type;
	const char *text;    /* NULL: SQL NULL */
	const char *json;    /* expected JSON text */
	const char *name;
};

static const struct value_case cases[] = {
	{VALUES_INT4OID, NULL, "null", "NULL -> null"},
	{VALUES_INT2OID, "-32768", "-32768", "int2 min"},
	{VALUES_INT2OID, "32767", "32767", "int2 max"},
	{VALUES_INT4OID, "-2147483648", "-2147483648", "int4 min"},
	{VALUES_INT4OID, "0", "0", "int4 zero"},
	{VALUES_INT8OID, "9007199254740992", "9007199254740992", "int8 2^53 is a number"},
	{VALUES_INT8OID, "-9007199254740992", "-9007199254740992", "int8 -2^53 is a number"},
	{VALUES_INT8OID, "9007199254740993", "\"9007199254740993\"", "int8 2^53+1 is a string"},
	{VALUES_INT8OID, "-9007199254740993", "\"-9007199254740993\"", "int8 -(2^53+1) is a string"},
	{VALUES_INT8OID, "9223372036854775807", "\"9223372036854775807\"", "int8 max is a string"},
	{VALUES_INT8OID, "-9223372036854775808", "\"-9223372036854775808\"", "int8 min is a string"},
	{VALUES_INT8OID, "12x", "\"12x\"", "garbage int stays a string"},
	{VALUES_INT4OID, "-", "\"-\"", "lone minus stays a string"},
	{VALUES_INT4OID, "1-2", "\"1-2\"", "inner minus stays a string"},
	{VALUES_INT4OID, "", "\"\"", "empty int stays a string"},
	{VALUES_OIDOID, "4294967295", "4294967295", "oid max"},
	{VALUES_FLOAT8OID, "NaN", "\"NaN\"", "float8 NaN is a string"},
	{VALUES_FLOAT8OID, "Infinity", "\"Infinity\"", "float8 Infinity is a string"},
	{VALUES_FLOAT8OID, "-Infinity", "\"-Infinity\"", "float8 -Infinity is a string"},
	{VALUES_FLOAT4OID, "NaN", "\"NaN\"", "float4 NaN is a string"},
	{VALUES_FLOAT8OID, "-0", "-0.0", "float8 -0 keeps its sign"},
	{VALUES_FLOAT8OID, "0.1", "0.1", "float8 0.1 round trips"},
	{VALUES_FLOAT8OID, "1.7976931348623157e+308", "1.7976931348623157e308", "float8 max"},
	{VALUES_FLOAT8OID, "5e-324", "5e-324", "float8 smallest subnormal"},
	{VALUES_FLOAT8OID, "0.30000000000000004", "0.30000000000000004", "float8 full precision"},
	{VALUES_FLOAT4OID, "1.1", "1.1", "float4 1.1 reads as written"},
	{VALUES_FLOAT4OID, "3.4028235e+38", "3.4028235e38", "float4 max"},
	{VALUES_FLOAT8OID, "1e999", "\"1e999\"", "float overflow stays a string"},
	{VALUES_FLOAT8OID, "0x10", "\"0x10\"", "hex float text stays a string"},
	{VALUES_NUMERICOID, "123456789012345678901234567890.000000000000000000001",
	    "\"123456789012345678901234567890.000000000000000000001\"", "huge numeric is an exact string"},
	{VALUES_NUMERICOID, "NaN", "\"NaN\"", "numeric NaN"},
	{VALUES_NUMERICOID, "-0.00", "\"-0.00\"", "numeric keeps its scale"},
	{VALUES_BOOLOID, "t", "true", "bool true"},
	{VALUES_BOOLOID, "f", "false", "bool false"},
	{VALUES_BOOLOID, "x", "\"x\"", "bool garbage stays a string"},
	{VALUES_JSONOID, "{\"a\": [1, 2.5, null, true]}", "{\"a\":[1,2.5,null,true]}", "json embedded"},
	{VALUES_JSONBOID, "{\"big\": 12345678901234567890}", "{\"big\":12345678901234567890}", "jsonb big integer exact"},
	{VALUES_JSONBOID, "{\"x\": 0.10000000000000000001}", "{\"x\":0.10000000000000000001}", "jsonb long decimal exact"},
	{VALUES_JSONBOID, "\"just a string\"", "\"just a string\"", "jsonb scalar string"},
	{VALUES_JSONOID, "{bad json", "\"{bad json\"", "invalid json becomes a string"},
	{VALUES_JSONBOID, "{\"k\": \"caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80\"}", "{\"k\":\"caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80\"}", "jsonb unicode"},
	{17, "\\x00ff10", "\"\\\\x00ff10\"", "bytea hex text"},
	{1082, "2024-02-29", "\"2024-02-29\"", "date ISO text"},
	{1184, "2024-01-02 03:04:05.123456+00", "\"2024-01-02 03:04:05.123456+00\"", "timestamptz full precision"},
	{1186, "1 year 2 mons 3 days 04:05:06.789", "\"1 year 2 mons 3 days 04:05:06.789\"", "interval postgres style"},
	{1114, "infinity", "\"infinity\"", "timestamp infinity"},
	{2950, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "\"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\"", "uuid text"},
	{25, "caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\" \\ \n", "\"caf\xc3\xa9 \xf0\x9f\x98\x80 \\\"q\\\" \\\\ \\n\"", "text unicode, quotes, newline"},
	{99999, "(1,2)", "\"(1,2)\"", "unknown type is text"},
	{1007, "{}", "[]", "empty int4[]"},
	{1007, "{1,2,3}", "[1,2,3]", "int4[]"},
	{1007, "{1,NULL,3}", "[1,null,3]", "int4[] with NULL"},
	{1007, "{{1,2},{3,NULL}}", "[[1,2],[3,null]]", "2-D int4[]"},
	{1007, "{{{1},{2}},{{3},{4}}}", "[[[1],[2]],[[3],[4]]]", "3-D int4[]"},
	{1007, "[0:1]={7,8}", "[7,8]", "int4[] with bounds decoration"},
	{1016, "{9007199254740993,1}", "[\"9007199254740993\",1]", "int8[] beyond 2^53"},
	{1009, "{a,\"b c\",\"with \\\"quote\\\"\",\"back\\\\slash\",NULL,\"NULL\",\"\"}",
	    "[\"a\",\"b c\",\"with \\\"quote\\\"\",\"back\\\\slash\",null,\"NULL\",\"\"]", "text[] quoting, NULL vs \"NULL\", empty"},
	{1009, "{\"{x}\",\"a,b\"}", "[\"{x}\",\"a,b\"]", "text[] braces and commas quoted"},
	{1009, "{caf\xc3\xa9,\xf0\x9f\x98\x80}", "[\"caf\xc3\xa9\",\"\xf0\x9f\x98\x80\"]", "text[] unicode"},
	{1231, "{1.50,NaN,-0.001}", "[\"1.50\",\"NaN\",\"-0.001\"]", "numeric[] as exact strings"},
	{1022, "{1.5,NaN,-Infinity}", "[1.5,\"NaN\",\"-Infinity\"]", "float8[] with NaN/Infinity"},
	{3807, "{\"{\\\"a\\\": 1}\",\"[1, 2]\",NULL}", "[{\"a\":1},[1,2],null]", "jsonb[] embeds each element"},
	{199, "{\"{\\\"n\\\": {\\\"m\\\": [true]}}\"}", "[{\"n\":{\"m\":[true]}}]", "json[] nested"},
	{1000, "{t,f,NULL}", "[true,false,null]", "bool[]"},
	{1001, "{\"\\\\x01\",\"\\\\xff\"}", "[\"\\\\x01\",\"\\\\xff\"]", "bytea[]"},
	{1185, "{\"2024-01-02 03:04:05+00\",infinity}", "[\"2024-01-02 03:04:05+00\",\"infinity\"]", "timestamptz[]"},
	{1020, "{(1,1),(0,0);(2,2),(1,1)}", "[\"(1,1),(0,0)\",\"(2,2),(1,1)\"]", "box[] uses ; as delimiter"},
	{1007, "{1,2", "\"{1,2\"", "unterminated array stays a string"},
	{1007, "{1,2}}", "\"{1,2}}\"", "trailing junk stays a string"},
	{1007, "{{{{{{{1}}}}}}}", "\"{{{{{{{1}}}}}}}\"", "7 dimensions stays a string"},
	{1007, "{{{{{{1}}}}}}", "[[[[[[1]]]]]]", "6 dimensions is an array"},
	{1009, "{\"abc}", "\"{\\\"abc}\"", "unterminated quote stays a string"},
	{1009, "{a,,b}", "\"{a,,b}\"", "empty bare element stays a string"},
	{1009, "{ a , b }", "[\"a\",\"b\"]", "blanks around bare elements"},
};

static int
check(const struct value_case *c)
{
	yyjson_mut_doc *d = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *v = NULL;
	char *json = NULL;
	int ok = 0;

	if (d == NULL)
		return 0;
	if (values_to_json(d, c->type, c->text, c->text ? strlen(c->text) : 0, &v) == 0 && v != NULL) {
		json = yyjson_mut_val_write(v, 0, NULL);
		ok = json != NULL && strcmp(json, c->json) == 0;
		if (!ok)
			printf("# %s: got %s, want %s\n", c->name, json ? json : "(write failed)", c->json);
	}
	free(json);
	yyjson_mut_doc_free(d);
	return ok;
}

/* values_write must write exactly what values_to_json's value serialises to. */
static int
check_writer(const struct value_case *c)
{
	struct values_out o;
	int ok;

	values_out_init(&o, 1 << 20);
	ok = values_write(&o, c->type, c->text, c->text ? strlen(c->text) : 0) == 0 &&
	    o.len == strlen(c->json) && memcmp(o.data, c->json, o.len) == 0;
	if (!ok)
		printf("# writer %s: got %.*s, want %s\n", c->name, (int)o.len, o.data ? o.data : "", c->json);
	values_out_free(&o);
	return ok;
}

/* Random texts of the shapes that matter (digits, signs, quotes, braces, escapes, controls,
 * UTF-8) for each kind of type: the writer and the document path agree byte for byte, or both
 * refuse (text that is not UTF-8). */
static int
differential(unsigned seed, int rounds)
{
	static const Oid types[] = {VALUES_INT4OID, VALUES_INT8OID, VALUES_OIDOID, VALUES_FLOAT8OID,
	    VALUES_FLOAT4OID, VALUES_BOOLOID, VALUES_JSONOID, VALUES_JSONBOID, VALUES_TEXTOID, 1007, 1009,
	    1022, 3807, 1020, 1000, 869, 99999};
	static const char *const atoms[] = {"1", "-", "0", "9", ".", "e", "+", "{", "}", ",", "\"", "\\",
	    "NULL", " ", "\n", "\x01", "\x1f", "caf\xc3\xa9", "\xf0\x9f\x98\x80", "[1:2]=", "true", "t",
	    "\"a\":", "[", "]", "\xc3", "\x7f", ";", "9007199254740993", "1e308", "NaN", "\xed\xa0\x80"};
	char text[256];
	int bad = 0;

	srand(seed);
	for (int i = 0; i < rounds; i++) {
		Oid type = types[rand() % (int)(sizeof(types) / sizeof(types[0]))];
		size_t len = 0;
		int n = rand() % 12;
		yyjson_mut_doc *d = yyjson_mut_doc_new(NULL);
		yyjson_mut_val *v = NULL;
		struct values_out o;
		char *want = NULL;
		size_t wlen = 0;
		int wr;

		for (int k = 0; k < n; k++) {
			const char *a = atoms[rand() % (int)(sizeof(atoms) / sizeof(atoms[0]))];
			size_t al = strlen(a);

			if (len + al >= sizeof(text))
				break;
			memcpy(text + len, a, al);
			len += al;
		}
		if (d != NULL && values_to_json(d, type, text, len, &v) == 0 && v != NULL)
			want = yyjson_mut_val_write(v, 0, &wlen);
		values_out_init(&o, 1 << 20);
		wr = values_write(&o, type, text, len);
		if (want != NULL ? wr != 0 || o.len != wlen || memcmp(o.data, want, wlen) != 0 : wr != E_INVAL) {
			if (bad++ < 5)
				printf("# differential type %u text %.*s: writer %.*s (%d), document %s\n", type, (int)len, text,
				    (int)o.len, o.data ? o.data : "", wr, want ? want : "(refused)");
		}
		free(want);
		values_out_free(&o);
		yyjson_mut_doc_free(d);
	}
	return bad == 0;
}

int
main(void)
{
	char name[160];
	yyjson_mut_doc *d;
	yyjson_mut_val *v = NULL;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(name, sizeof(name), "values: %s", cases[i].name);
		TEST(check(&cases[i]), name);
	}

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(name, sizeof(name), "values writer: %s", cases[i].name);
		TEST(check_writer(&cases[i]), name);
	}
	TEST(differential(1, 200000), "values writer: 200,000 random texts give the same bytes as the document path");
	{
		struct values_out o;

		values_out_init(&o, 16);
		TEST(values_write(&o, VALUES_TEXTOID, "0123456789", 10) == 0 && o.len == 12,
		    "values writer: a string that fits the ceiling");
		TEST(values_write(&o, VALUES_TEXTOID, "0123456789", 10) == E_TOOBIG && o.len == 12,
		    "values writer: past the ceiling fails and keeps what it had");
		TEST(values_out_add(&o, "x", 1) == E_TOOBIG, "values writer: the failure is sticky");
		values_out_free(&o);
		values_out_init(&o, 1 << 10);
		TEST(values_write(&o, VALUES_TEXTOID, "a\xff", 2) == E_INVAL, "values writer: text that is not UTF-8 is refused");
		values_out_free(&o);
	}

	/* Length, not NUL, ends the text: the same buffer cut short converts differently. */
	d = yyjson_mut_doc_new(NULL);
	TEST(values_to_json(d, VALUES_INT4OID, "12345", 2, &v) == 0 && yyjson_mut_get_sint(v) == 12,
	    "values: length bounds the text");
	TEST(values_to_json(d, 1007, "{1,2}\0{3}", 9, &v) == 0 && yyjson_mut_is_str(v),
	    "values: array text with an embedded NUL stays a string");
	yyjson_mut_doc_free(d);

	TEST_STREQ(values_type_name(23), "integer", "values: type name integer");
	TEST_STREQ(values_type_name(1185), "timestamp with time zone[]", "values: type name of an array");
	TEST(values_type_name(424242) == NULL, "values: unknown type has no built-in name");
	TEST(values_array_elem(3807) == VALUES_JSONBOID, "values: jsonb[] element is jsonb");
	TEST(values_array_elem(23) == 0, "values: integer is not an array");
	{
		char buf[64];

		TEST_STREQ(values_type_with_mod(1700, (10 << 16 | 2) + 4, "numeric", buf, sizeof(buf)), "numeric(10,2)",
		    "values: numeric typmod");
		TEST_STREQ(values_type_with_mod(1043, 44, "character varying", buf, sizeof(buf)), "character varying(40)",
		    "values: varchar typmod");
		TEST_STREQ(values_type_with_mod(1700, -1, "numeric", buf, sizeof(buf)), "numeric", "values: no typmod");
		TEST_STREQ(values_type_with_mod(23, 7, "integer", buf, sizeof(buf)), "integer", "values: typmod ignored for integer");
		TEST_STREQ(values_type_with_mod(1042, 6, "character", buf, 4), "character", "values: typmod that does not fit");
	}
	return test_summary();
}
