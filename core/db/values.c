/* Typed JSON for PostgreSQL values: the text form of a cell plus its type OID -> a yyjson
 * mutable value. Owns the built-in type table (names, array element types, delimiters) and
 * the parser of PostgreSQL's array text format. Anything that does not parse as its type
 * becomes a string, so hostile or unexpected input never fails a conversion. */
#include "db/values.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct type_info {
	Oid oid;
	Oid array_oid;      /* 0: no array type listed */
	const char *name;
	const char *array_name;
	char delim;         /* array element delimiter (box uses ';') */
};

static const struct type_info type_table[] = {
	{16, 1000, "boolean", "boolean[]", ','},
	{17, 1001, "bytea", "bytea[]", ','},
	{18, 1002, "\"char\"", "\"char\"[]", ','},
	{19, 1003, "name", "name[]", ','},
	{20, 1016, "bigint", "bigint[]", ','},
	{21, 1005, "smallint", "smallint[]", ','},
	{22, 1006, "int2vector", "int2vector[]", ','},
	{23, 1007, "integer", "integer[]", ','},
	{24, 1008, "regproc", "regproc[]", ','},
	{25, 1009, "text", "text[]", ','},
	{26, 1028, "oid", "oid[]", ','},
	{28, 1011, "xid", "xid[]", ','},
	{30, 1013, "oidvector", "oidvector[]", ','},
	{114, 199, "json", "json[]", ','},
	{142, 143, "xml", "xml[]", ','},
	{194, 0, "pg_node_tree", NULL, ','},
	{600, 1017, "point", "point[]", ','},
	{601, 1018, "lseg", "lseg[]", ','},
	{602, 1019, "path", "path[]", ','},
	{603, 1020, "box", "box[]", ';'},
	{604, 1027, "polygon", "polygon[]", ','},
	{628, 629, "line", "line[]", ','},
	{650, 651, "cidr", "cidr[]", ','},
	{700, 1021, "real", "real[]", ','},
	{701, 1022, "double precision", "double precision[]", ','},
	{705, 0, "unknown", NULL, ','},
	{718, 719, "circle", "circle[]", ','},
	{790, 791, "money", "money[]", ','},
	{829, 1040, "macaddr", "macaddr[]", ','},
	{869, 1041, "inet", "inet[]", ','},
	{1033, 1034, "aclitem", "aclitem[]", ','},
	{1042, 1014, "character", "character[]", ','},
	{1043, 1015, "character varying", "character varying[]", ','},
	{1082, 1182, "date", "date[]", ','},
	{1083, 1183, "time without time zone", "time without time zone[]", ','},
	{1114, 1115, "timestamp without time zone", "timestamp without time zone[]", ','},
	{1184, 1185, "timestamp with time zone", "timestamp with time zone[]", ','},
	{1186, 1187, "interval", "interval[]", ','},
	{1266, 1270, "time with time zone", "time with time zone[]", ','},
	{1560, 1561, "bit", "bit[]", ','},
	{1562, 1563, "bit varying", "bit varying[]", ','},
	{1700, 1231, "numeric", "numeric[]", ','},
	{1790, 2201, "refcursor", "refcursor[]", ','},
	{2205, 2210, "regclass", "regclass[]", ','},
	{2206, 2211, "regtype", "regtype[]", ','},
	{2249, 2287, "record", "record[]", ','},
	{2275, 1263, "cstring", "cstring[]", ','},
	{2278, 0, "void", NULL, ','},
	{2950, 2951, "uuid", "uuid[]", ','},
	{3220, 3221, "pg_lsn", "pg_lsn[]", ','},
	{3614, 3643, "tsvector", "tsvector[]", ','},
	{3615, 3645, "tsquery", "tsquery[]", ','},
	{3734, 3735, "regconfig", "regconfig[]", ','},
	{3802, 3807, "jsonb", "jsonb[]", ','},
	{3904, 3905, "int4range", "int4range[]", ','},
	{3906, 3907, "numrange", "numrange[]", ','},
	{3908, 3909, "tsrange", "tsrange[]", ','},
	{3910, 3911, "tstzrange", "tstzrange[]", ','},
	{3912, 3913, "daterange", "daterange[]", ','},
	{3926, 3927, "int8range", "int8range[]", ','},
	{4072, 4073, "jsonpath", "jsonpath[]", ','},
	{4089, 4090, "regnamespace", "regnamespace[]", ','},
	{4096, 4097, "regrole", "regrole[]", ','},
	{5069, 271, "xid8", "xid8[]", ','},
};

#define NTYPES (sizeof(type_table) / sizeof(type_table[0]))

/* PostgreSQL's MAXDIM: arrays have at most 6 dimensions. */
#define VALUES_ARRAY_MAXDIM 6
/* Longest text form of a number we convert (float8 needs 24, int8 20). */

static const struct type_info *
find_array(Oid array_oid)
{
	for (size_t i = 0; i < NTYPES; i++)
		if (type_table[i].array_oid == array_oid && array_oid != 0)
			return &type_table[i];
	return NULL;
}

Oid
values_array_elem(Oid type)
{
	const struct type_info *t = find_array(type);

	return t != NULL ? t->oid : 0;
}

Oid
values_array_elem_delim(Oid type, char *delim)
{
	const struct type_info *t = find_array(type);

	*delim = t != NULL ? t->delim : ',';
	return t != NULL ? t->oid : 0;
}

const char *
values_type_name(Oid type)
{
	for (size_t i = 0; i < NTYPES; i++) {
		if (type_table[i].oid == type)
			return type_table[i].name;
		if (type_table[i].array_oid == type && type != 0)
			return type_table[i].array_name;
	}
	return NULL;
}

const char *
values_type_with_mod(Oid type, int typmod, const char *name, char *buf, size_t len)
{
	int n;

	if (name == NULL || typmod < 0)
		return name;
	switch (type) {
	case VALUES_NUMERICOID:
		if (typmod < 4)
			return name;
		n = snprintf(buf, len, "%s(%d,%d)", name, ((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff);
		break;
	case 1042: /* character */
	case 1043: /* character varying */
		if (typmod < 4)
			return name;
		n = snprintf(buf, len, "%s(%d)", name, typmod - 4);
		break;
	case 1560: /* bit */
	case 1562: /* bit varying */
		n = snprintf(buf, len, "%s(%d)", name, typmod);
		break;
	default:
		return name;
	}
	return n > 0 && (size_t)n < len ? buf : name;
}

static int
as_string(yyjson_mut_doc *d, const char *text, size_t len, yyjson_mut_val **out)
{
	*out = yyjson_mut_strncpy(d, text, len);
	return *out != NULL ? 0 : E_NOMEM;
}

int
values_number_text(const char *text, size_t len, int allow, char *buf)
{
	if (len == 0 || len > VALUES_NUMBER_TEXT_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char ch = text[i];

		if (ch >= '0' && ch <= '9')
			continue;
		if (ch == '-' && (allow & VALUES_NUM_MINUS))
			continue;
		if ((ch == '+' || ch == '.' || ch == 'e' || ch == 'E') && (allow & VALUES_NUM_FLOAT))
			continue;
		return 0;
	}
	memcpy(buf, text, len);
	buf[len] = '\0';
	return 1;
}

/* Integer: a number when |x| <= 2^53 (exact in every JSON reader), else its text. */
static int
conv_int(yyjson_mut_doc *d, const char *text, size_t len, yyjson_mut_val **out)
{
	char buf[VALUES_NUMBER_TEXT_MAX + 1], *end;
	long long v;
	const long long max_exact = 9007199254740992LL; /* 2^53 */

	if (!values_number_text(text, len, VALUES_NUM_MINUS, buf) || strchr(buf + 1, '-') != NULL ||
	    (buf[0] == '-' && buf[1] == '\0'))
		return as_string(d, text, len, out);
	errno = 0;
	v = strtoll(buf, &end, 10);
	if (errno != 0 || *end != '\0' || v > max_exact || v < -max_exact)
		return as_string(d, text, len, out);
	*out = yyjson_mut_sint(d, v);
	return *out != NULL ? 0 : E_NOMEM;
}

static int
conv_oid(yyjson_mut_doc *d, const char *text, size_t len, yyjson_mut_val **out)
{
	char buf[VALUES_NUMBER_TEXT_MAX + 1], *end;
	unsigned long long v;

	if (!values_number_text(text, len, VALUES_NUM_DIGITS, buf))
		return as_string(d, text, len, out);
	errno = 0;
	v = strtoull(buf, &end, 10);
	if (errno != 0 || *end != '\0' || v > UINT32_MAX)
		return as_string(d, text, len, out);
	*out = yyjson_mut_uint(d, v);
	return *out != NULL ? 0 : E_NOMEM;
}

/* float4/float8: finite values as numbers (extra_float_digits=3 gives the shortest exact text,
 * and yyjson writes the shortest text that reads back the same double); NaN, Infinity and
 * -Infinity stay strings because JSON has no such numbers. */
static int
conv_float(yyjson_mut_doc *d, const char *text, size_t len, yyjson_mut_val **out)
{
	char buf[VALUES_NUMBER_TEXT_MAX + 1], *end;
	double v;

	if (!values_number_text(text, len, VALUES_NUM_MINUS | VALUES_NUM_FLOAT, buf))
		return as_string(d, text, len, out);
	errno = 0;
	v = strtod(buf, &end);
	if (*end != '\0' || !isfinite(v) || end == buf)
		return as_string(d, text, len, out);
	*out = yyjson_mut_real(d, v);
	return *out != NULL ? 0 : E_NOMEM;
}

static int
conv_bool(yyjson_mut_doc *d, const char *text, size_t len, yyjson_mut_val **out)
{
	if (len == 1 && (text[0] == 't' || text[0] == 'f')) {
		*out = yyjson_mut_bool(d, text[0] == 't');
		return *out != NULL ? 0 : E_NOMEM;
	}
	return as_string(d, text, len, out);
}

/* json/jsonb: embedded as JSON; numbers are kept as written (raw), so 12345678901234567890
 * and 0.10000000000000000001 survive exactly. Text that is not JSON stays a string. */
static int
conv_json(yyjson_mut_doc *d, const char *text, size_t len, yyjson_mut_val **out)
{
	yyjson_doc *doc;
	yyjson_read_err rerr;

	doc = yyjson_read_opts((char *)text, len, YYJSON_READ_NUMBER_AS_RAW, NULL, &rerr);
	if (doc == NULL) {
		if (rerr.code == YYJSON_READ_ERROR_MEMORY_ALLOCATION)
			return E_NOMEM;
		return as_string(d, text, len, out);
	}
	*out = yyjson_val_mut_copy(d, yyjson_doc_get_root(doc));
	yyjson_doc_free(doc);
	return *out != NULL ? 0 : E_NOMEM;
}

/* Parser state for the array text format: {a,b,"c \"q\"",NULL,{nested}} with an optional
 * dimension decoration [1:2]= in front. */
struct array_parse {
	yyjson_mut_doc *d;
	const char *p, *end;
	Oid elem;
	char delim;
	char *scratch;      /* de-quoted element text; as long as the whole input */
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

/* One element (not a sub-array): quoted or bare; bare NULL is SQL NULL. E_INVAL: malformed. */
static int
parse_element(struct array_parse *st, yyjson_mut_val **out)
{
	size_t n = 0;

	if (*st->p == '"') {
		st->p++;
		for (;;) {
			if (st->p >= st->end)
				return E_INVAL;
			if (*st->p == '"')
				break;
			if (*st->p == '\\') {
				if (++st->p >= st->end)
					return E_INVAL;
			}
			st->scratch[n++] = *st->p++;
		}
		st->p++;
		return values_to_json(st->d, st->elem, st->scratch, n, out);
	}
	while (st->p < st->end && *st->p != st->delim && *st->p != '}') {
		if (*st->p == '{' || *st->p == '"')
			return E_INVAL;
		if (*st->p == '\\') {
			if (++st->p >= st->end)
				return E_INVAL;
		}
		st->scratch[n++] = *st->p++;
	}
	while (n > 0 && is_space(st->scratch[n - 1]))
		n--;
	if (n == 0)
		return E_INVAL;
	if (n == 4 && strncasecmp(st->scratch, "NULL", 4) == 0) {
		*out = yyjson_mut_null(st->d);
		return *out != NULL ? 0 : E_NOMEM;
	}
	return values_to_json(st->d, st->elem, st->scratch, n, out);
}

/* A brace-delimited level; st->p is at '{'. Depth is bounded by VALUES_ARRAY_MAXDIM. */
static int
parse_level(struct array_parse *st, int depth, yyjson_mut_val **out)
{
	yyjson_mut_val *arr, *v;
	int r;

	if (depth > VALUES_ARRAY_MAXDIM)
		return E_INVAL;
	if ((arr = yyjson_mut_arr(st->d)) == NULL)
		return E_NOMEM;
	st->p++;
	skip_space(st);
	if (st->p < st->end && *st->p == '}') {
		st->p++;
		*out = arr;
		return 0;
	}
	for (;;) {
		skip_space(st);
		if (st->p >= st->end)
			return E_INVAL;
		if (*st->p == '{')
			r = parse_level(st, depth + 1, &v);
		else
			r = parse_element(st, &v);
		if (r != 0)
			return r;
		if (!yyjson_mut_arr_append(arr, v))
			return E_NOMEM;
		skip_space(st);
		if (st->p >= st->end)
			return E_INVAL;
		if (*st->p == '}') {
			st->p++;
			*out = arr;
			return 0;
		}
		if (*st->p != st->delim)
			return E_INVAL;
		st->p++;
	}
}

static int
conv_array(yyjson_mut_doc *d, const struct type_info *t, const char *text, size_t len,
    yyjson_mut_val **out)
{
	struct array_parse st = {d, text, text + len, t->oid, t->delim, NULL};
	yyjson_mut_val *v = NULL;
	int r;

	if (memchr(text, '\0', len) != NULL)
		return as_string(d, text, len, out);
	if (len > 0 && text[0] == '[') {
		const char *eq = memchr(text, '=', len);

		if (eq == NULL)
			return as_string(d, text, len, out);
		st.p = eq + 1;
	}
	skip_space(&st);
	if (st.p >= st.end || *st.p != '{')
		return as_string(d, text, len, out);
	if ((st.scratch = malloc(len + 1)) == NULL)
		return E_NOMEM;
	r = parse_level(&st, 1, &v);
	if (r == 0) {
		skip_space(&st);
		if (st.p != st.end)
			r = E_INVAL;
	}
	free(st.scratch);
	if (r == E_NOMEM)
		return r;
	if (r != 0)
		return as_string(d, text, len, out);
	*out = v;
	return 0;
}

int
values_to_json(yyjson_mut_doc *d, Oid type, const char *text, size_t len, yyjson_mut_val **out)
{
	const struct type_info *arr;

	*out = NULL;
	if (text == NULL) {
		*out = yyjson_mut_null(d);
		return *out != NULL ? 0 : E_NOMEM;
	}
	switch (type) {
	case VALUES_INT2OID:
	case VALUES_INT4OID:
	case VALUES_INT8OID:
		return conv_int(d, text, len, out);
	case VALUES_OIDOID:
		return conv_oid(d, text, len, out);
	case VALUES_FLOAT4OID:
	case VALUES_FLOAT8OID:
		return conv_float(d, text, len, out);
	case VALUES_BOOLOID:
		return conv_bool(d, text, len, out);
	case VALUES_JSONOID:
	case VALUES_JSONBOID:
		return conv_json(d, text, len, out);
	case VALUES_BYTEAOID: case VALUES_CHAROID: case VALUES_NAMEOID: case VALUES_TEXTOID:
	case VALUES_NUMERICOID: case 1042: case 1043: case 1082: case 1083: case 1114: case 1184:
	case 1186: case 1266: case 2950:
		/* The common text-form scalars (bpchar, varchar, date/time types, uuid): no table scan. */
		return as_string(d, text, len, out);
	default:
		break;
	}
	if ((arr = find_array(type)) != NULL)
		return conv_array(d, arr, text, len, out);
	/* numeric (exact), bytea (\x hex), date/time types (ISO text), text and the rest. */
	return as_string(d, text, len, out);
}

size_t
values_utf8_cut(const char *s, size_t len, size_t max)
{
	size_t n = len < max ? len : max;

	while (n > 0 && n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}
