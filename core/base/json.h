/* yyjson helpers shared by the MCP layer and the tools: parsing a peer's message under a
 * memory cap and a depth limit (yyjson 0.10 has neither), with errors a client can act on;
 * serialising a mutable document; small accessors that respect embedded NULs. */
#ifndef MCPDB_JSON_H
#define MCPDB_JSON_H

#include <stddef.h>
#include <yyjson.h>

#include "base/err.h"

/* json_parse: parse buf[0..len) (not NUL-terminated) with at most max_depth nesting and
 * pool_bytes of parser memory (0: LIMIT_JSON_DEPTH / LIMIT_JSON_POOL_BYTES). Returns 0 and
 * *out (free with yyjson_doc_free); E_INVAL for malformed JSON, a raw NUL byte or invalid
 * UTF-8; E_TOOBIG past the depth or memory cap; err always gets a one-line reason. */
MUST_CHECK int json_parse(const char *buf, size_t len, size_t max_depth, size_t pool_bytes,
    yyjson_doc **out, char *err, size_t errlen);

/* json_depth_ok: 1 when no array/object in buf[0..len) nests deeper than max_depth (strings
 * and escapes are skipped correctly); linear, no allocation. */
int json_depth_ok(const char *buf, size_t len, size_t max_depth);

/* json_write: serialise doc's root compactly into a malloc'd buffer (caller frees), *lenp
 * bytes, no trailing newline. NULL on E_NOMEM or an unwritable value (NaN). */
char *json_write(const yyjson_mut_doc *doc, size_t *lenp);

/* json_obj_str: the string member `key` of obj, or NULL when missing, not a string, or
 * holding an embedded NUL (so the result is a safe C string). */
const char *json_obj_str(yyjson_val *obj, const char *key);

/* json_str_is_c: 1 when a yyjson string value has no embedded NUL. */
int json_str_is_c(yyjson_val *v);

#endif
