/* The one-pass JSON writer for PostgreSQL values (values.h): a cell's text form goes straight
 * into an output buffer as JSON text, with the same decisions as values_to_json (numbers exact
 * in JSON, json embedded, arrays parsed) and the same bytes as yyjson would write, but without
 * building a document node per cell and serialising it again. Owns the output buffer and the
 * string escaper (yyjson's rules: \" \\ \b \f \n \r \t, other controls as \u00XX). */
#include "db/values.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* PostgreSQL's MAXDIM (the same bound as values_to_json). */
#define WRITE_ARRAY_MAXDIM 6
/* Longest text form of a number we convert (float8 needs 24, int8 20). */
/* Array elements are de-quoted into a stack buffer up to this size, else into the heap. */
#define WRITE_SCRATCH_STACK 512

void
values_out_init(struct values_out *o, size_t max)
{
	memset(o, 0, sizeof(*o));
	o->max = max;
}

void
values_out_free(struct values_out *o)
{
	if (o == NULL)
		return;
	free(o->data);
	o->data = NULL;
	o->len = o->cap = 0;
}

int
values_out_grow(struct values_out *o, size_t n)
{
	size_t cap = o->cap != 0 ? o->cap : 4096;
	char *p;

	if (o->err != 0)
		return o->err;
	if (n > o->max || o->len > o->max - n)
		return o->err = E_TOOBIG;
	while (cap - o->len < n)
		cap = cap <= SIZE_MAX / 2 ? cap * 2 : SIZE_MAX;
	if (cap > o->max)
		cap = o->max;
	if ((p = realloc(o->data, cap)) == NULL)
		return o->err = E_NOMEM;
	o->data = p;
	o->cap = cap;
	return 0;
}

int
values_out_add(struct values_out *o, const void *p, size_t n)
{
	if (values_out_reserve(o, n) != 0)
		return o->err;
	memcpy(o->data + o->len, p, n);
	o->len += n;
	return 0;
}

/* What each byte needs inside a JSON string: 0 copy, 1 a short escape, 2 \u00XX, 3 the start
 * of a multi-byte UTF-8 sequence (checked), 4 never valid in UTF-8. */
static const unsigned char byte_class[256] = {
	2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* The length of the valid UTF-8 sequence at s (s < end, *s >= 0xC2), or 0 (overlong forms,
 * surrogates and code points past U+10FFFF are invalid, as in yyjson). */
static size_t
utf8_seq(const unsigned char *s, const unsigned char *end)
{
	unsigned char c = s[0];

	if (c < 0xE0)
		return end - s >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (end - s < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
			return 0;
		return 3;
	}
	if (end - s < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
		return 0;
	if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
		return 0;
	return 4;
}

int
values_write_str(struct values_out *o, const char *str, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	char *w;

	if (o->err != 0)
		return o->err;
	/* Room for the worst case (6 bytes out per byte in, \u00XX, plus the quotes) is the fast
	 * path; otherwise count exactly, so that a string near the ceiling still fits. */
	if (len > (SIZE_MAX - 2) / 6 || o->cap - o->len < len * 6 + 2) {
		size_t need = 2;

		for (size_t i = 0; i < len; i++)
			need += byte_class[s[i]] == 1 ? 2 : byte_class[s[i]] == 2 ? 6 : 1;
		if (values_out_reserve(o, need) != 0)
			return o->err;
	}
	w = o->data + o->len;
	*w++ = '"';
	while (s < end) {
		const unsigned char *run = s;
		size_t n;

		while (s < end && byte_class[*s] == 0)
			s++;
		memcpy(w, run, (size_t)(s - run));
		w += s - run;
		if (s == end)
			break;
		switch (byte_class[*s]) {
		case 1:
			*w++ = '\\';
			switch (*s) {
			case '\b': *w++ = 'b'; break;
			case '\t': *w++ = 't'; break;
			case '\n': *w++ = 'n'; break;
			case '\f': *w++ = 'f'; break;
			case '\r': *w++ = 'r'; break;
			default: *w++ = (char)*s; break;     /* " and \ */
			}
			s++;
			break;
		case 2:
			memcpy(w, "\\u00", 4);
			w[4] = hex[*s >> 4];
			w[5] = hex[*s & 15];
			w += 6;
			s++;
			break;
		case 3:
			if ((n = utf8_seq(s, end)) == 0)
				return o->err = E_INVAL;
			memcpy(w, s, n);
			w += n;
			s += n;
			break;
		default:
			return o->err = E_INVAL;
		}
	}
	*w++ = '"';
	o->len = (size_t)(w - o->data);
	return 0;
}

/* Decimal text of v (what yyjson writes for an integer). */
static int
write_uint(struct values_out *o, int negative, unsigned long long v)
{
	char buf[24], *p = buf + sizeof(buf);

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	if (negative)
		*--p = '-';
	return values_out_add(o, p, (size_t)(buf + sizeof(buf) - p));
}

/* Integers: a number when |x| <= 2^53 (exact in every JSON reader), else the text. */
static int
write_int(struct values_out *o, const char *text, size_t len)
{
	char buf[VALUES_NUMBER_TEXT_MAX + 1], *end;
	long long v;
	const long long max_exact = 9007199254740992LL; /* 2^53 */

	if (!values_number_text(text, len, VALUES_NUM_MINUS, buf) || strchr(buf + 1, '-') != NULL ||
	    (buf[0] == '-' && buf[1] == '\0'))
		return values_write_str(o, text, len);
	errno = 0;
	v = strtoll(buf, &end, 10);
	if (errno != 0 || *end != '\0' || v > max_exact || v < -max_exact)
		return values_write_str(o, text, len);
	return write_uint(o, v < 0, v < 0 ? (unsigned long long)-v : (unsigned long long)v);
}

static int
write_oid(struct values_out *o, const char *text, size_t len)
{
	char buf[VALUES_NUMBER_TEXT_MAX + 1], *end;
	unsigned long long v;

	if (!values_number_text(text, len, VALUES_NUM_DIGITS, buf))
		return values_write_str(o, text, len);
	errno = 0;
	v = strtoull(buf, &end, 10);
	if (errno != 0 || *end != '\0' || v > UINT32_MAX)
		return values_write_str(o, text, len);
	return write_uint(o, 0, v);
}

/* float4/float8: finite values as the shortest text that reads back the same double, written
 * by yyjson's own number writer (into a stack pool: no allocation); NaN and the infinities
 * stay strings. */
static int
write_float(struct values_out *o, const char *text, size_t len)
{
	char buf[VALUES_NUMBER_TEXT_MAX + 1], *end, *s;
	char pool[512];
	yyjson_alc alc;
	yyjson_mut_val v;
	size_t n = 0;
	double d;

	if (!values_number_text(text, len, VALUES_NUM_MINUS | VALUES_NUM_FLOAT, buf))
		return values_write_str(o, text, len);
	errno = 0;
	d = strtod(buf, &end);
	if (*end != '\0' || !isfinite(d) || end == buf)
		return values_write_str(o, text, len);
	memset(&v, 0, sizeof(v));
	yyjson_mut_set_real(&v, d);
	if (!yyjson_alc_pool_init(&alc, pool, sizeof(pool)) ||
	    (s = yyjson_mut_val_write_opts(&v, YYJSON_WRITE_NOFLAG, &alc, &n, NULL)) == NULL)
		return o->err = E_NOMEM;
	return values_out_add(o, s, n);
}

/* json/jsonb: read by yyjson (numbers kept as written) and written back compact; text that is
 * not JSON stays a string. */
static int
write_json(struct values_out *o, const char *text, size_t len)
{
	yyjson_read_err rerr;
	yyjson_write_err werr;
	yyjson_doc *doc;
	char *s;
	size_t n = 0;

	doc = yyjson_read_opts((char *)(uintptr_t)text, len, YYJSON_READ_NUMBER_AS_RAW, NULL, &rerr);
	if (doc == NULL) {
		if (rerr.code == YYJSON_READ_ERROR_MEMORY_ALLOCATION)
			return o->err = E_NOMEM;
		return values_write_str(o, text, len);
	}
	s = yyjson_val_write_opts(yyjson_doc_get_root(doc), YYJSON_WRITE_NOFLAG, NULL, &n, &werr);
	yyjson_doc_free(doc);
	if (s == NULL)
		return o->err = werr.code == YYJSON_WRITE_ERROR_MEMORY_ALLOCATION ? E_NOMEM : E_INVAL;
	values_out_add(o, s, n);
	free(s);
	return o->err;
}

/* The array text format, as values.c parses it: {a,b,"c \"q\"",NULL,{nested}} with an optional
 * dimension decoration [1:2]= in front. The output is written as the input is read; on
 * malformed input the caller rewinds and writes the whole text as a string. */
struct array_parse {
	struct values_out *o;
	const char *p, *end;
	Oid elem;
	char delim;
	char *scratch;
};

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static void
skip_space(struct array_parse *st)
{
	while (st->p < st->end && is_space(*st->p))
		st->p++;
}

static int
parse_element(struct array_parse *st)
{
	size_t n = 0;

	if (*st->p == '"') {
		st->p++;
		for (;;) {
			if (st->p >= st->end)
				return E_INVAL;
			if (*st->p == '"')
				break;
			if (*st->p == '\\' && ++st->p >= st->end)
				return E_INVAL;
			st->scratch[n++] = *st->p++;
		}
		st->p++;
		return values_write(st->o, st->elem, st->scratch, n);
	}
	while (st->p < st->end && *st->p != st->delim && *st->p != '}') {
		if (*st->p == '{' || *st->p == '"')
			return E_INVAL;
		if (*st->p == '\\' && ++st->p >= st->end)
			return E_INVAL;
		st->scratch[n++] = *st->p++;
	}
	while (n > 0 && is_space(st->scratch[n - 1]))
		n--;
	if (n == 0)
		return E_INVAL;
	if (n == 4 && strncasecmp(st->scratch, "NULL", 4) == 0)
		return values_out_add(st->o, "null", 4);
	return values_write(st->o, st->elem, st->scratch, n);
}

static int
parse_level(struct array_parse *st, int depth)
{
	int r;

	if (depth > WRITE_ARRAY_MAXDIM)
		return E_INVAL;
	if ((r = values_out_add(st->o, "[", 1)) != 0)
		return r;
	st->p++;
	skip_space(st);
	if (st->p < st->end && *st->p == '}') {
		st->p++;
		return values_out_add(st->o, "]", 1);
	}
	for (;;) {
		skip_space(st);
		if (st->p >= st->end)
			return E_INVAL;
		r = *st->p == '{' ? parse_level(st, depth + 1) : parse_element(st);
		if (r != 0)
			return r;
		skip_space(st);
		if (st->p >= st->end)
			return E_INVAL;
		if (*st->p == '}') {
			st->p++;
			return values_out_add(st->o, "]", 1);
		}
		if (*st->p != st->delim)
			return E_INVAL;
		st->p++;
		if ((r = values_out_add(st->o, ",", 1)) != 0)
			return r;
	}
}

static int
write_array(struct values_out *o, Oid elem, char delim, const char *text, size_t len)
{
	struct array_parse st = {o, text, text + len, elem, delim, NULL};
	char stack[WRITE_SCRATCH_STACK];
	size_t mark = o->len;
	int r;

	if (memchr(text, '\0', len) != NULL)
		return values_write_str(o, text, len);
	if (len > 0 && text[0] == '[') {
		const char *eq = memchr(text, '=', len);

		if (eq == NULL)
			return values_write_str(o, text, len);
		st.p = eq + 1;
	}
	skip_space(&st);
	if (st.p >= st.end || *st.p != '{')
		return values_write_str(o, text, len);
	st.scratch = len < sizeof(stack) ? stack : malloc(len + 1);
	if (st.scratch == NULL)
		return o->err = E_NOMEM;
	r = parse_level(&st, 1);
	if (r == 0) {
		skip_space(&st);
		if (st.p != st.end)
			r = E_INVAL;
	}
	if (st.scratch != stack)
		free(st.scratch);
	if (r == 0)
		return 0;
	if (o->err != 0 && o->err != E_INVAL)
		return o->err;
	/* Malformed (or an element that is not UTF-8): the whole text as a string, as
	 * values_to_json does. */
	o->len = mark;
	o->err = 0;
	return values_write_str(o, text, len);
}

int
values_write(struct values_out *o, Oid type, const char *text, size_t len)
{
	Oid elem;
	char delim;

	if (text == NULL)
		return values_out_add(o, "null", 4);
	switch (type) {
	case VALUES_INT2OID:
	case VALUES_INT4OID:
	case VALUES_INT8OID:
		return write_int(o, text, len);
	case VALUES_OIDOID:
		return write_oid(o, text, len);
	case VALUES_FLOAT4OID:
	case VALUES_FLOAT8OID:
		return write_float(o, text, len);
	case VALUES_BOOLOID:
		if (len == 1 && (text[0] == 't' || text[0] == 'f'))
			return text[0] == 't' ? values_out_add(o, "true", 4) : values_out_add(o, "false", 5);
		return values_write_str(o, text, len);
	case VALUES_JSONOID:
	case VALUES_JSONBOID:
		return write_json(o, text, len);
	case VALUES_BYTEAOID: case VALUES_CHAROID: case VALUES_NAMEOID: case VALUES_TEXTOID:
	case VALUES_NUMERICOID: case 650: case 829: case 869: case 1042: case 1043: case 1082:
	case 1083: case 1114: case 1184: case 1186: case 1266: case 2950:
		/* The common text-form scalars (cidr, macaddr, inet, bpchar, varchar, date/time
		 * types, uuid): no table scan. */
		return values_write_str(o, text, len);
	default:
		break;
	}
	if ((elem = values_array_elem_delim(type, &delim)) != 0)
		return write_array(o, elem, delim, text, len);
	return values_write_str(o, text, len);
}
