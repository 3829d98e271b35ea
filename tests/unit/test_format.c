/* The result writers: display width, each format's exact output for NULLs, unicode, wide,
 * multi-line and typed values, CSV quoting, markdown escaping, ndjson key de-duplication, and
 * the table's bounded row hold. */
#include <stdlib.h>

#include "test.h"

#include "render/format.h"
#include "base/limits.h"

static const struct fmt_column cols[] = {
	{ "id", 23, NULL, 0 },
	{ "name", 25, NULL, 0 },
	{ "note", 25, NULL, 1 },
	{ "big", 20, NULL, 0 },
	{ "j", 3802, NULL, 0 },
	{ "id", 1007, NULL, 0 },
};
#define NCOLS (sizeof cols / sizeof cols[0])

#define CELL(s) { s, sizeof(s) - 1, 0 }
#define NUL_CELL { NULL, 0, 1 }

static const struct fmt_cell rows[][NCOLS] = {
	{ CELL("1"), CELL("Ada"), NUL_CELL, CELL("9007199254740993"), CELL("{\"a\": [1, 2]}"), CELL("{1,NULL,3}") },
	{ CELL("22"), CELL("日本語 é"), CELL("two\nlines"), CELL("-5"), CELL("null"), CELL("{}") },
	{ CELL("333"), CELL("a very long value that will be cut"), CELL("x|y,\"z\"\t"), CELL("0"), CELL("\"s\""), CELL("{{1,2},{3,4}}") },
};

/* render: runs the whole result through one format into a malloc'd string. */
static char *
render(enum fmt_kind kind, size_t width, int truncated)
{
	struct fmt_options o = { kind, NULL, 0, width };
	struct fmt_summary s = { truncated, NULL };
	struct fmt *f = NULL;
	char *buf = NULL;
	size_t len = 0, i;
	int r;

	o.out = open_memstream(&buf, &len);
	r = fmt_new(&o, &f);
	r = r ? r : fmt_begin(f, cols, NCOLS);
	for (i = 0; r == 0 && i < sizeof rows / sizeof rows[0]; i++)
		r = fmt_row(f, rows[i]);
	r = r ? r : fmt_end(f, &s);
	fmt_free(f);
	fclose(o.out);
	if (r != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static void
test_width(void)
{
	TEST(fmt_display_width("abc", 3) == 3, "width: ascii");
	TEST(fmt_display_width("e\xcc\x81", 3) == 1, "width: combining acute accent is 0");
	TEST(fmt_display_width("日本", 6) == 4, "width: CJK is 2 each");
	TEST(fmt_display_width("\xf0\x9f\x98\x80", 4) == 2, "width: emoji is 2");
	TEST(fmt_display_width("\xef\xbc\xa1", 3) == 2, "width: fullwidth A is 2");
	TEST(fmt_display_width("a\tb", 3) == 4, "width: tab shown as ^I");
	TEST(fmt_display_width("\xff" "a", 2) == 2, "width: invalid byte is one U+FFFD");
	TEST(fmt_display_width("\xe6\x97", 2) == 2, "width: truncated sequence is two U+FFFD");
	TEST(fmt_display_width("\xed\xa0\x80", 3) == 3, "width: a UTF-8 surrogate is invalid");
	TEST(fmt_display_width("\xc0\xaf", 2) == 2, "width: an overlong form is invalid");
	TEST(fmt_utf8_valid_prefix("ab\xff", 3) == 2, "valid prefix stops at the bad byte");
}

static void
test_table(void)
{
	char *t = render(FMT_TABLE, 20, 1);
	TEST_STREQ(t,
	    " id  |         name         |   note    |       big        |       j       |      id\n"
	    "-----+----------------------+-----------+------------------+---------------+---------------\n"
	    "   1 | Ada                  | (null)    | 9007199254740993 | {\"a\": [1, 2]} | {1,NULL,3}\n"
	    "  22 | 日本語 é             | two      +|               -5 | null          | {}\n"
	    "     |                      | lines     |                  |               | \n"
	    " 333 | a very long value t… | x|y,\"z\"^I |                0 | \"s\"           | {{1,2},{3,4}}\n"
	    "(3 rows, truncated)\n", "table: alignment, NULL, unicode width, multi-line '+', cut with ellipsis");
	free(t);
}

static void
test_json(void)
{
	char *t = render(FMT_JSON, 0, 0);
	TEST_STREQ(t,
	    "{\"columns\":[{\"name\":\"id\",\"type\":\"integer\"},{\"name\":\"name\",\"type\":\"text\"},"
	    "{\"name\":\"note\",\"type\":\"text\",\"masked\":true},{\"name\":\"big\",\"type\":\"bigint\"},"
	    "{\"name\":\"j\",\"type\":\"jsonb\"},{\"name\":\"id\",\"type\":\"integer[]\"}],\n"
	    "\"rows\":[\n"
	    "[1,\"Ada\",null,\"9007199254740993\",{\"a\":[1,2]},[1,null,3]],\n"
	    "[22,\"日本語 é\",\"two\\nlines\",-5,null,[]],\n"
	    "[333,\"a very long value that will be cut\",\"x|y,\\\"z\\\"\\t\",0,\"s\",[[1,2],[3,4]]]\n"
	    "],\n\"row_count\":3,\"truncated\":false}\n", "json: typed values, int8 past 2^53 as string");
	free(t);
	t = render(FMT_NDJSON, 0, 0);
	TEST_STREQ(t,
	    "{\"id\":1,\"name\":\"Ada\",\"note\":null,\"big\":\"9007199254740993\",\"j\":{\"a\":[1,2]},\"id_2\":[1,null,3]}\n"
	    "{\"id\":22,\"name\":\"日本語 é\",\"note\":\"two\\nlines\",\"big\":-5,\"j\":null,\"id_2\":[]}\n"
	    "{\"id\":333,\"name\":\"a very long value that will be cut\",\"note\":\"x|y,\\\"z\\\"\\t\",\"big\":0,\"j\":\"s\",\"id_2\":[[1,2],[3,4]]}\n",
	    "ndjson: one object per line, duplicate names made unique");
	free(t);
}

static void
test_csv_markdown(void)
{
	char *t = render(FMT_CSV, 0, 1);
	TEST_STREQ(t,
	    "id,name,note,big,j,id\r\n"
	    "1,Ada,,9007199254740993,\"{\"\"a\"\": [1, 2]}\",\"{1,NULL,3}\"\r\n"
	    "22,日本語 é,\"two\nlines\",-5,null,{}\r\n"
	    "333,a very long value that will be cut,\"x|y,\"\"z\"\"\t\",0,\"\"\"s\"\"\",\"{{1,2},{3,4}}\"\r\n",
	    "csv: RFC 4180 quoting, CRLF, NULL empty");
	free(t);
	t = render(FMT_MARKDOWN, 0, 0);
	TEST_STREQ(t,
	    "| id | name | note | big | j | id |\n"
	    "| ---: | --- | --- | ---: | --- | --- |\n"
	    "| 1 | Ada | *NULL* | 9007199254740993 | {\"a\": [1, 2]} | {1,NULL,3} |\n"
	    "| 22 | 日本語 é | two<br>lines | -5 | null | {} |\n"
	    "| 333 | a very long value that will be cut | x\\|y,\"z\"  | 0 | \"s\" | {{1,2},{3,4}} |\n"
	    "\n_3 rows_\n", "markdown: escaping, <br> for newlines, NULL marked");
	free(t);
}

/* An empty string and NULL differ in csv; invalid UTF-8 never reaches JSON output. */
static void
test_edges(void)
{
	static const struct fmt_column c1[] = { { "v", 25, NULL, 0 } };
	static const struct fmt_cell e[] = { CELL("") }, n[] = { NUL_CELL }, bad[] = { CELL("a\xff" "b") };
	struct fmt_options o = { FMT_CSV, NULL, 0, 0 };
	struct fmt *f = NULL;
	char *buf = NULL;
	size_t len = 0;
	enum fmt_kind k;
	int r;

	o.out = open_memstream(&buf, &len);
	r = fmt_new(&o, &f);
	r = r ? r : fmt_begin(f, c1, 1);
	r = r ? r : fmt_row(f, e);
	r = r ? r : fmt_row(f, n);
	r = r ? r : fmt_end(f, NULL);
	fmt_free(f);
	fclose(o.out);
	TEST(r == 0 && strcmp(buf, "v\r\n\"\"\r\n\r\n") == 0, "csv: empty string quoted, NULL empty");
	free(buf);

	buf = NULL;
	o.kind = FMT_NDJSON;
	o.out = open_memstream(&buf, &len);
	r = fmt_new(&o, &f);
	r = r ? r : fmt_begin(f, c1, 1);
	r = r ? r : fmt_row(f, bad);
	r = r ? r : fmt_end(f, NULL);
	fmt_free(f);
	fclose(o.out);
	TEST(r == 0 && strcmp(buf, "{\"v\":\"a\xef\xbf\xbd" "b\"}\n") == 0, "ndjson: invalid UTF-8 becomes U+FFFD");
	free(buf);

	buf = NULL;
	o.kind = FMT_TABLE;
	o.out = open_memstream(&buf, &len);
	r = fmt_new(&o, &f);
	r = r ? r : fmt_begin(f, NULL, 0);
	r = r ? r : fmt_row(f, NULL);
	r = r ? r : fmt_end(f, NULL);
	fmt_free(f);
	fclose(o.out);
	TEST(r == 0 && strcmp(buf, "(no columns)\n(1 row)\n") == 0, "table: zero columns");
	free(buf);

	TEST(fmt_parse_kind("md", &k) == 0 && k == FMT_MARKDOWN, "parse kind: md");
	TEST(fmt_parse_kind("xml", &k) == E_INVAL, "parse kind: unknown");
}

/* Past LIMIT_FORMAT_HOLD_BYTES the table prints what it holds and keeps those widths: memory
 * stays bounded and later, wider values are cut. */
static void
test_table_hold(void)
{
	static const struct fmt_column c2[] = { { "a", 25, NULL, 0 }, { "b", 25, NULL, 0 } };
	struct fmt_options o = { FMT_TABLE, NULL, 0, 0 };
	struct fmt_cell cells[2];
	size_t big = 1u << 20, len = 0, i, printed_before_end = 0;
	char *blob = malloc(big), *buf = NULL;
	struct fmt *f = NULL;
	int r;

	memset(blob, 'x', big);
	o.out = open_memstream(&buf, &len);
	r = fmt_new(&o, &f);
	r = r ? r : fmt_begin(f, c2, 2);
	cells[0] = (struct fmt_cell){ "y", 1, 0 };
	cells[1] = (struct fmt_cell){ blob, big, 0 };
	for (i = 0; r == 0 && i < LIMIT_FORMAT_HOLD_BYTES / big + 1; i++)
		r = fmt_row(f, cells);
	fflush(o.out);
	printed_before_end = len;
	cells[0] = (struct fmt_cell){ "wider", 5, 0 };
	r = r ? r : fmt_row(f, cells);
	r = r ? r : fmt_end(f, NULL);
	fmt_free(f);
	fclose(o.out);
	TEST(r == 0 && printed_before_end > 0, "table: rows printed once the hold is full");
	TEST(r == 0 && strstr(buf, "\n \xe2\x80\xa6 | ") != NULL, "table: later wider value cut to the held width");
	TEST(r == 0 && strstr(buf, "(10 rows)") != NULL, "table: all rows counted");
	free(buf);
	free(blob);
}

int
main(void)
{
	test_width();
	test_table();
	test_json();
	test_csv_markdown();
	test_edges();
	test_table_hold();
	return test_summary();
}
