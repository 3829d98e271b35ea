/* The text half of the result writers (format.h): UTF-8 decoding and validation, display
 * width for the table (the rule is stated in format.h), and JSON string escaping for names and
 * invalid text. Typed JSON values come from core/db/values.c, shared with the agent. */
#include <stdint.h>
#include <string.h>

#include "render/format.h"

/* utf8_decode: one code point from s (len > 0). Returns its length, or 0 when the bytes are
 * not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF are invalid). */
static size_t
utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t n, i;
	uint32_t c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Width 0: combining marks, zero-width characters, variation selectors. */
static const struct { uint32_t lo, hi; } zero_width[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd }, { 0x0610, 0x061a },
	{ 0x064b, 0x065f }, { 0x0e31, 0x0e31 }, { 0x0e34, 0x0e3a }, { 0x0e47, 0x0e4e },
	{ 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff }, { 0x200b, 0x200f }, { 0x202a, 0x202e },
	{ 0x2060, 0x2064 }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f },
	{ 0xfeff, 0xfeff }, { 0xe0100, 0xe01ef },
};

/* Width 2: East Asian Wide and Fullwidth blocks, and the emoji blocks. */
static const struct { uint32_t lo, hi; } double_width[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a }, { 0x23e9, 0x23ec },
	{ 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 }, { 0x26aa, 0x26ab },
	{ 0x26bd, 0x26be }, { 0x26c4, 0x26c5 }, { 0x26f2, 0x26f5 }, { 0x2705, 0x2705 },
	{ 0x270a, 0x270b }, { 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x2753, 0x2755 },
	{ 0x2795, 0x2797 }, { 0x2b1b, 0x2b1c }, { 0x2b50, 0x2b50 }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xa000, 0xa4cf },
	{ 0xa960, 0xa97f }, { 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe10, 0xfe19 },
	{ 0xfe30, 0xfe6f }, { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f004, 0x1f004 },
	{ 0x1f0cf, 0x1f0cf }, { 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a }, { 0x1f200, 0x1f251 },
	{ 0x1f300, 0x1f64f }, { 0x1f680, 0x1f6ff }, { 0x1f7e0, 0x1f7eb }, { 0x1f90c, 0x1f9ff },
	{ 0x1fa70, 0x1faff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
};

static int
in_ranges(uint32_t c, const void *ranges, size_t n)
{
	const struct { uint32_t lo, hi; } *r = ranges;
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c < r[mid].lo)
			hi = mid;
		else if (c > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* The display width of one code point (controls are handled by the caller). */
static unsigned
cp_width(uint32_t c)
{
	if (c < 0x300)
		return 1;
	if (in_ranges(c, zero_width, sizeof zero_width / sizeof zero_width[0]))
		return 0;
	if (in_ranges(c, double_width, sizeof double_width / sizeof double_width[0]))
		return 2;
	return 1;
}

size_t
fmt_display_width(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, w = 0, n;
	uint32_t c;

	while (i < len) {
		if (p[i] < 0x20 || p[i] == 0x7f) {
			w += 2;     /* caret notation */
			i++;
			continue;
		}
		n = utf8_decode(p + i, len - i, &c);
		if (n == 0) {
			w += 1;     /* U+FFFD */
			i++;
			continue;
		}
		w += cp_width(c);
		i += n;
	}
	return w;
}


size_t
fmt_char_next(const char *s, size_t len, unsigned *width, int *replace)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;
	size_t n;

	*replace = 0;
	if (p[0] < 0x20 || p[0] == 0x7f) {
		*width = 2;
		*replace = 1;
		return 1;
	}
	n = utf8_decode(p, len, &c);
	if (n == 0) {
		*width = 1;
		*replace = 1;
		return 1;
	}
	*width = cp_width(c);
	return n;
}

void
fmt_json_string(FILE *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0, n;
	uint32_t c;

	putc('"', out);
	while (i < len) {
		unsigned char b = p[i];
		if (b >= 0x20 && b != '"' && b != '\\' && b < 0x80) {
			run++;
			i++;
			continue;
		}
		if (b >= 0x80 && (n = utf8_decode(p + i, len - i, &c)) != 0) {
			run += n;
			i += n;
			continue;
		}
		fwrite(p + i - run, 1, run, out);
		run = 0;
		switch (b) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		case '\b': fputs("\\b", out); break;
		case '\f': fputs("\\f", out); break;
		default:
			if (b < 0x20)
				fprintf(out, "\\u%04x", b);
			else
				fputs("\\ufffd", out);   /* invalid UTF-8 byte */
		}
		i++;
	}
	fwrite(p + i - run, 1, run, out);
	putc('"', out);
}

size_t
fmt_utf8_valid_prefix(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t c;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_decode(p + i, len - i, &c)) == 0)
			return i;
		i += n;
	}
	return len;
}
