/* JSON parsing under caps, and writing, on top of yyjson 0.10. Owns the capped allocator:
 * it counts the parser's live bytes and fails allocations past the cap, so a hostile message
 * costs at most LIMIT_JSON_POOL_BYTES and nothing is reserved up front (idle RSS stays low).
 * The depth check runs before the parser, since yyjson's reader is recursive-free but
 * unbounded in nesting and deep documents are a cost to every later walker. */
#include "base/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"

struct capped_alc {
	size_t used;
	size_t cap;
};

/* Each block carries its size in a header, because yyjson's free() does not pass it. */
#define HDR 16

static void *
capped_malloc(void *ctx, size_t size)
{
	struct capped_alc *a = ctx;
	unsigned char *p;

	if (size > a->cap - a->used || size > a->cap)
		return NULL;
	if ((p = malloc(size + HDR)) == NULL)
		return NULL;
	memcpy(p, &size, sizeof(size));
	a->used += size;
	return p + HDR;
}

static void *
capped_realloc(void *ctx, void *ptr, size_t old_size, size_t size)
{
	struct capped_alc *a = ctx;
	unsigned char *p;
	size_t have;

	if (ptr == NULL)
		return capped_malloc(ctx, size);
	p = (unsigned char *)ptr - HDR;
	memcpy(&have, p, sizeof(have));
	(void)old_size;
	if (size > have && size - have > a->cap - a->used)
		return NULL;
	if ((p = realloc(p, size + HDR)) == NULL)
		return NULL;
	memcpy(p, &size, sizeof(size));
	a->used = a->used - have + size;
	return p + HDR;
}

/* Called after parsing too (yyjson_doc_free), when the counter is gone: it must not use ctx. */
static void
capped_free(void *ctx, void *ptr)
{
	(void)ctx;
	if (ptr != NULL)
		free((unsigned char *)ptr - HDR);
}

int
json_depth_ok(const char *buf, size_t len, size_t max_depth)
{
	size_t depth = 0;
	int in_string = 0;

	for (size_t i = 0; i < len; i++) {
		char c = buf[i];
		if (in_string) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_string = 0;
			continue;
		}
		switch (c) {
		case '"':
			in_string = 1;
			break;
		case '[':
		case '{':
			if (++depth > max_depth)
				return 0;
			break;
		case ']':
		case '}':
			if (depth > 0)
				depth--;
			break;
		default:
			break;
		}
	}
	return 1;
}

int
json_parse(const char *buf, size_t len, size_t max_depth, size_t pool_bytes, yyjson_doc **out,
    char *err, size_t errlen)
{
	struct capped_alc counter = { 0, pool_bytes ? pool_bytes : LIMIT_JSON_POOL_BYTES };
	yyjson_alc alc = { capped_malloc, capped_realloc, capped_free, &counter };
	yyjson_read_err rerr;
	const char *nul;
	yyjson_doc *doc;

	*out = NULL;
	if (max_depth == 0)
		max_depth = LIMIT_JSON_DEPTH;
	if ((nul = memchr(buf, '\0', len)) != NULL) {
		snprintf(err, errlen, "parse error: raw NUL byte at offset %zu (JSON text cannot "
		    "contain NUL; escape it as \\u0000 inside a string)", (size_t)(nul - buf));
		return E_INVAL;
	}
	if (!json_depth_ok(buf, len, max_depth)) {
		snprintf(err, errlen, "JSON nested deeper than %zu levels (LIMIT_JSON_DEPTH); "
		    "MCP messages need about 6", max_depth);
		return E_TOOBIG;
	}
	memset(&rerr, 0, sizeof(rerr));
	doc = yyjson_read_opts((char *)(uintptr_t)buf, len, YYJSON_READ_NOFLAG, &alc, &rerr);
	if (doc == NULL) {
		if (rerr.code == YYJSON_READ_ERROR_MEMORY_ALLOCATION) {
			snprintf(err, errlen, "JSON needs more than %zu bytes of parser memory "
			    "(LIMIT_JSON_POOL_BYTES)", counter.cap);
			return E_TOOBIG;
		}
		snprintf(err, errlen, "parse error at byte %zu: %s", rerr.pos,
		    rerr.msg ? rerr.msg : "invalid JSON");
		return E_INVAL;
	}
	*out = doc;
	return 0;
}

char *
json_write(const yyjson_mut_doc *doc, size_t *lenp)
{
	yyjson_write_err werr;
	size_t len = 0;
	char *s;

	s = yyjson_mut_write_opts(doc, YYJSON_WRITE_NOFLAG, NULL, &len, &werr);
	*lenp = s ? len : 0;
	return s;
}

int
json_str_is_c(yyjson_val *v)
{
	const char *s = yyjson_get_str(v);

	return s != NULL && memchr(s, '\0', yyjson_get_len(v)) == NULL;
}

const char *
json_obj_str(yyjson_val *obj, const char *key)
{
	yyjson_val *v = yyjson_obj_get(obj, key);

	return json_str_is_c(v) ? yyjson_get_str(v) : NULL;
}
