/* PostgreSQL values in text form -> typed JSON values (yyjson mutable documents): numbers stay
 * numbers where JSON can hold them exactly, json/jsonb is embedded, arrays become JSON arrays,
 * everything else keeps PostgreSQL's text form. Pure functions: no I/O, no global state. */
#ifndef MCPDB_VALUES_H
#define MCPDB_VALUES_H

#include <stddef.h>

#include <postgres_ext.h>
#include <yyjson.h>

#include "base/err.h"

/* Type OIDs of the built-in types the conversion knows (pg_type.dat). */
enum {
	VALUES_BOOLOID = 16, VALUES_BYTEAOID = 17, VALUES_CHAROID = 18, VALUES_NAMEOID = 19,
	VALUES_INT8OID = 20, VALUES_INT2OID = 21, VALUES_INT4OID = 23, VALUES_TEXTOID = 25,
	VALUES_OIDOID = 26, VALUES_JSONOID = 114, VALUES_FLOAT4OID = 700, VALUES_FLOAT8OID = 701,
	VALUES_NUMERICOID = 1700, VALUES_JSONBOID = 3802,
};

/* values_to_json: the JSON value for one cell of type `type` whose text form is text[0..len)
 * (text NULL: SQL NULL -> JSON null). Values that do not parse as their type become JSON
 * strings (never an error). Returns 0 and sets *out (allocated in d), or E_NOMEM. Strings are
 * copied as given: the caller makes sure they are valid UTF-8. */
MUST_CHECK int values_to_json(yyjson_mut_doc *d, Oid type, const char *text, size_t len, yyjson_mut_val **out);

/* The one-pass writer: a cell's text form straight to JSON text, with no document in between.
 * Writes exactly the bytes values_to_json's value serialises to (tests/unit/test_values.c
 * checks both on every case), so the agent's rows and the CLI's json output agree. */
struct values_out {
	char *data;      /* malloc'd; not NUL-terminated */
	size_t len, cap;
	size_t max;      /* ceiling on len, fixed by values_out_init */
	int err;         /* 0, or the first failure (E_NOMEM, E_TOOBIG, E_INVAL): sticky */
};

/* values_out_init: an empty buffer of at most max bytes; allocates nothing yet. */
void values_out_init(struct values_out *o, size_t max);
/* values_out_free: releases the memory; NULL is fine. */
void values_out_free(struct values_out *o);
/* values_out_grow: room for n more bytes (the slow path of values_out_reserve). */
MUST_CHECK int values_out_grow(struct values_out *o, size_t n);

static inline int
values_out_reserve(struct values_out *o, size_t n)
{
	if (o->err != 0)
		return o->err;
	return o->cap - o->len >= n ? 0 : values_out_grow(o, n);
}

/* values_out_add: appends n raw bytes (already JSON); returns the sticky error. */
int values_out_add(struct values_out *o, const void *p, size_t n);

/* values_write_str: s[0..len) as a JSON string (quotes, escapes as yyjson writes them). Text
 * that is not valid UTF-8 sets E_INVAL (JSON cannot carry it). Returns the sticky error. */
int values_write_str(struct values_out *o, const char *s, size_t len);

/* values_write: the JSON for one cell (as values_to_json decides: numbers, booleans, embedded
 * json, arrays, else the text as a string; text NULL: null). Returns the sticky error. */
int values_write(struct values_out *o, Oid type, const char *text, size_t len);

/* values_array_elem: the element type of a built-in array type, or 0 when `type` is not one. */
Oid values_array_elem(Oid type);
/* values_array_elem_delim: the same, and the element delimiter in *delim (';' for box). */
Oid values_array_elem_delim(Oid type, char *delim);

/* values_type_name: PostgreSQL's name for a built-in type ("integer", "text[]", ...), or NULL
 * when the type is not built in (the caller looks it up in the database). */
const char *values_type_name(Oid type);

/* values_type_with_mod: name (from values_type_name or the catalog) with the type modifier
 * PQfmod reports, as format_type() writes it: numeric(10,2), character varying(40),
 * character(2), bit(8); other types and typmod < 0 give name itself. Writes into buf (len
 * bytes) and returns buf, or name when nothing is added. */
const char *values_type_with_mod(Oid type, int typmod, const char *name, char *buf, size_t len);

/* values_utf8_cut: the length of the longest prefix of s[0..len) of at most max bytes that
 * does not split a UTF-8 sequence (cells cut at LIMIT_CELL_BYTES stay valid UTF-8). */
size_t values_utf8_cut(const char *s, size_t len, size_t max);

/* values_number_text: copies a number's text (at most VALUES_NUMBER_TEXT_MAX bytes, digits
 * plus what allow admits: VALUES_NUM_MINUS '-', VALUES_NUM_FLOAT '+' '.' 'e' 'E') to buf as a C
 * string; 0 when it is longer or holds anything else. Both value writers use it. */
#define VALUES_NUMBER_TEXT_MAX 63
enum { VALUES_NUM_DIGITS = 0, VALUES_NUM_MINUS = 1, VALUES_NUM_FLOAT = 2 };
int values_number_text(const char *text, size_t len, int allow, char *buf);

#endif
