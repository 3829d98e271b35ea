/* A byte buffer with a ceiling fixed at init and a sticky failure, in the shape of OpenSSH's
 * sshbuf and curl's dynbuf: code appends without checking each step, then checks once
 * (buf_err) before using the bytes. Past the ceiling or on allocation failure the buffer keeps
 * what it had, refuses every later append with the same error, and says so; nothing grows
 * without bound. Also grow_array, the one way an array of structs grows. */
#ifndef MCPDB_BUF_H
#define MCPDB_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "base/err.h"

struct buf {
	char *data;   /* NUL-terminated after every successful append (when data != NULL) */
	size_t len;
	size_t cap;
	size_t max;   /* ceiling on len, fixed by buf_init (a value from base/limits.h) */
	int err;      /* 0, or the first failure (E_NOMEM, E_TOOBIG): sticky */
};

/* buf_init: an empty buffer that may hold up to max bytes; allocates nothing yet. */
void buf_init(struct buf *b, size_t max);
/* buf_free: releases the memory; the buffer is then empty and may be used again. */
void buf_free(struct buf *b);
/* buf_reset: empties the buffer and clears a failure, keeping the memory for reuse. */
void buf_reset(struct buf *b);

/* Appends. Each returns 0 or the buffer's (sticky) error. */
int buf_add(struct buf *b, const void *p, size_t n);
int buf_add_str(struct buf *b, const char *s);
int buf_add_char(struct buf *b, char c);
int buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vaddf(struct buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* buf_reserve: room for n more bytes at *out (b->data + b->len); the caller writes up to n
 * bytes and then calls buf_commit with what it wrote. */
MUST_CHECK int buf_reserve(struct buf *b, size_t n, char **out);
void buf_commit(struct buf *b, size_t n);
/* buf_consume: drops the first n bytes (a reader took them). */
void buf_consume(struct buf *b, size_t n);

/* buf_err: 0 when every append so far succeeded, else the first error. */
static inline int buf_err(const struct buf *b) { return b->err; }

/* buf_steal: hands the bytes (NUL-terminated, never NULL on success) to the caller, who frees
 * them; the buffer is then empty. Fails with the sticky error, freeing what was there. */
MUST_CHECK int buf_steal(struct buf *b, char **out, size_t *len);

/* grow_array: makes *arr (elements of elem bytes, *cap of them allocated) hold at least need
 * elements, never more than max: E_TOOBIG past max, E_NOMEM when realloc fails (then *arr and
 * *cap are unchanged). Doubles, so n appends cost O(n). */
MUST_CHECK int grow_array(void *arr, size_t *cap, size_t need, size_t elem, size_t max);

#endif
