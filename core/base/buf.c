/* The capped byte buffer and array growth (buf.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

void
buf_init(struct buf *b, size_t max)
{
	memset(b, 0, sizeof(*b));
	b->max = max;
}

void
buf_free(struct buf *b)
{
	size_t max = b->max;

	free(b->data);
	buf_init(b, max);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	b->err = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

/* Room for n more bytes plus the terminating NUL; sets the sticky error on failure. */
static int
make_room(struct buf *b, size_t n)
{
	size_t need, cap;
	char *p;

	if (b->err != 0)
		return b->err;
	if (n > b->max - b->len)
		return b->err = E_TOOBIG;
	need = b->len + n + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	if (cap > b->max + 1)
		cap = b->max + 1;
	if ((p = realloc(b->data, cap)) == NULL)
		return b->err = E_NOMEM;
	b->data = p;
	b->cap = cap;
	return 0;
}

int
buf_add(struct buf *b, const void *p, size_t n)
{
	int r;

	if ((r = make_room(b, n)) != 0)
		return r;
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int
buf_add_str(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int
buf_add_char(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n, r;

	if (b->err != 0)
		return b->err;
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return b->err = E_INVAL;
	if ((r = make_room(b, (size_t)n)) != 0)
		return r;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = buf_vaddf(b, fmt, ap);
	va_end(ap);
	return r;
}

int
buf_reserve(struct buf *b, size_t n, char **out)
{
	int r;

	*out = NULL;
	if ((r = make_room(b, n)) != 0)
		return r;
	*out = b->data + b->len;
	return 0;
}

void
buf_commit(struct buf *b, size_t n)
{
	/* make_room reserved n + 1 bytes: the NUL always fits */
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_consume(struct buf *b, size_t n)
{
	if (n >= b->len) {
		b->len = 0;
	} else {
		memmove(b->data, b->data + n, b->len - n);
		b->len -= n;
	}
	if (b->data != NULL)
		b->data[b->len] = '\0';
}

int
buf_steal(struct buf *b, char **out, size_t *len)
{
	int r = b->err;

	*out = NULL;
	if (r == 0 && b->data == NULL && make_room(b, 0) != 0)
		r = b->err;
	if (r != 0) {
		buf_free(b);
		return r;
	}
	b->data[b->len] = '\0';
	*out = b->data;
	if (len != NULL)
		*len = b->len;
	b->data = NULL;
	buf_free(b);
	return 0;
}

int
grow_array(void *arr, size_t *cap, size_t need, size_t elem, size_t max)
{
	void **pp = arr;
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	if (need > max)
		return E_TOOBIG;
	ncap = *cap ? *cap : 8;
	while (ncap < need)
		ncap = ncap > max / 2 ? max : ncap * 2;
	if (ncap > max)
		ncap = max;
	if (elem != 0 && ncap > SIZE_MAX / elem)
		return E_TOOBIG;
	if ((p = realloc(*pp, ncap * elem)) == NULL)
		return E_NOMEM;
	*pp = p;
	*cap = ncap;
	return 0;
}
