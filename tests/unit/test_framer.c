/* Unit tests for the newline framer (core/net/framer.c): boundaries, CRLF, empty lines, split
 * feeds, and the cap: an over-long line is reported once and skipped through its newline. */
#include <stdlib.h>
#include <string.h>

#include "net/framer.h"
#include "base/limits.h"
#include "test.h"

/* A caller like the stdio transport: holds unconsumed bytes, appends `chunk`-sized pieces,
 * records events as "L:<line>" / "O" / "S" joined by '|'. */
static void
run(size_t cap, const char *input, size_t chunk, char *events, size_t evlen)
{
	struct framer f;
	char buf[256];
	size_t held = 0, in = 0, total = strlen(input);

	memset(&f, 0, sizeof(f));
	f.max_line = cap;
	events[0] = '\0';
	while (in < total || held > 0) {
		size_t take = total - in < chunk ? total - in : chunk;
		memcpy(buf + held, input + in, take);
		held += take;
		in += take;
		for (;;) {
			struct framer_out o;
			int n = framer_feed(&f, buf, held, &o);
			if (n == E_AGAIN)
				break;
			if (n <= 0) {
				strcat(events, "ERR|");
				return;
			}
			size_t el = strlen(events);
			if (o.kind == FRAMER_LINE)
				snprintf(events + el, evlen - el, "L:%.*s|", (int)o.len, o.line);
			else if (o.kind == FRAMER_OVERSIZE)
				snprintf(events + el, evlen - el, "O|");
			memmove(buf, buf + n, held - (size_t)n);
			held -= (size_t)n;
		}
		if (in == total)
			break;
	}
}

struct framer_case {
	const char *name;
	size_t cap;
	const char *input;
	const char *want;
};

static const struct framer_case cases[] = {
	{ "one line", 16, "{\"a\":1}\n", "L:{\"a\":1}|" },
	{ "two lines in one buffer", 16, "a\nbb\n", "L:a|L:bb|" },
	{ "CRLF is stripped", 16, "abc\r\nd\n", "L:abc|L:d|" },
	{ "empty lines are skipped", 16, "\n\r\n\nx\n\n", "L:x|" },
	{ "no newline yet: nothing", 16, "partial", "" },
	{ "line of exactly the cap passes", 4, "abcd\nx\n", "L:abcd|L:x|" },
	{ "cap + 1 is refused, next line served", 4, "abcde\nx\n", "O|L:x|" },
	{ "long line skipped through its newline", 4, "0123456789abcdef\nok\n", "O|L:ok|" },
	{ "two long lines give two reports", 4, "aaaaaaa\nbbbbbbb\nc\n", "O|O|L:c|" },
};

int
main(void)
{
	char ev[512], name[160];
	static const size_t chunks[] = { 1, 2, 3, 7, 64 };

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (size_t c = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
			run(cases[i].cap, cases[i].input, chunks[c], ev, sizeof(ev));
			snprintf(name, sizeof(name), "%s (fed %zu bytes at a time)", cases[i].name, chunks[c]);
			if (!TEST_STREQ(ev, cases[i].want, name))
				fprintf(stderr, "  got '%s'\n", ev);
		}
	}

	/* The zero state uses LIMIT_MESSAGE_BYTES, and a 10 MB line fed in 64 KiB pieces never
	 * needs more than the cap held. */
	struct framer f;
	memset(&f, 0, sizeof(f));
	TEST(framer_cap(&f) == LIMIT_MESSAGE_BYTES, "zero state: cap is LIMIT_MESSAGE_BYTES");
	size_t piece = 64u << 10, held = 0, max_held = 0, reports = 0, lines = 0;
	size_t big = 10u << 20;
	char *buf = malloc(LIMIT_MESSAGE_BYTES + piece + 16);
	TEST(buf != NULL, "buffer");
	for (size_t sent = 0; buf && sent < big + 1 + 3;) {
		size_t take = piece;
		if (sent + take > big + 4)
			take = big + 4 - sent;
		for (size_t k = 0; k < take; k++) {
			size_t pos = sent + k;
			buf[held + k] = pos < big ? 'x' : (pos == big ? '\n' : (pos == big + 3 ? '\n' : 'o'));
		}
		held += take;
		sent += take;
		if (held > max_held)
			max_held = held;
		for (;;) {
			struct framer_out o;
			int n = framer_feed(&f, buf, held, &o);
			if (n <= 0)
				break;
			if (o.kind == FRAMER_OVERSIZE)
				reports++;
			if (o.kind == FRAMER_LINE)
				lines += (o.len == 2 && memcmp(o.line, "oo", 2) == 0);
			memmove(buf, buf + n, held - (size_t)n);
			held -= (size_t)n;
		}
	}
	TEST(reports == 1, "10 MB line: reported exactly once");
	TEST(lines == 1, "10 MB line: the next line is delivered");
	TEST(max_held <= LIMIT_MESSAGE_BYTES + piece, "10 MB line: never held more than cap + one read");
	free(buf);

	/* Consumed counts point just past the newline; E_AGAIN consumes nothing. */
	memset(&f, 0, sizeof(f));
	struct framer_out o;
	TEST(framer_feed(&f, "ab", 2, &o) == E_AGAIN, "partial line: E_AGAIN");
	TEST(framer_feed(&f, "ab\ncd", 5, &o) == 3 && o.kind == FRAMER_LINE && o.len == 2,
	    "completed line: consumed through the newline");
	TEST(framer_feed(&f, "", 0, &o) == E_AGAIN, "empty input: E_AGAIN");
	return test_summary();
}
