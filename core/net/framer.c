/* Newline framing for stdio MCP (see framer.h). Owns no memory: all state is the four fields
 * of struct framer, so feeding byte by byte or megabyte by megabyte gives the same frames,
 * and rescanning is avoided by remembering how far the pending line was searched. */
#include "net/framer.h"

#include <limits.h>
#include <string.h>

#include "base/limits.h"

size_t
framer_cap(const struct framer *f)
{
	return f->max_line ? f->max_line : LIMIT_MESSAGE_BYTES;
}

/* Consumed counts are returned as int: never hand out more than INT_MAX at once. */
static size_t
clamp_int(size_t n)
{
	return n > (size_t)INT_MAX ? (size_t)INT_MAX : n;
}

int
framer_feed(struct framer *f, const char *buf, size_t len, struct framer_out *out)
{
	size_t cap = framer_cap(f);
	const char *nl;

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return E_AGAIN;
	len = clamp_int(len);

	if (f->discarding) {
		nl = memchr(buf, '\n', len);
		size_t take = nl ? (size_t)(nl - buf) + 1 : len;
		f->discarded += take;
		out->kind = FRAMER_SKIP;
		out->len = f->discarded;
		if (nl) {
			f->discarding = 0;
			f->discarded = 0;
		}
		return (int)take;
	}

	if (f->scanned > len)  /* the caller dropped bytes: start over */
		f->scanned = 0;
	nl = memchr(buf + f->scanned, '\n', len - f->scanned);
	if (nl == NULL) {
		/* A line of exactly cap bytes may still end in "\r\n": its '\r' is not past the cap
		 * yet (found by fuzz_stdio_framer: chunked and one-shot feeds disagreed). */
		if (len > cap + 1 || (len == cap + 1 && buf[cap] != '\r')) {
			/* Past the cap without a newline: report once, then drop the rest. */
			f->scanned = 0;
			f->discarding = 1;
			f->discarded = len;
			out->kind = FRAMER_OVERSIZE;
			out->len = len;
			return (int)len;
		}
		f->scanned = len;
		return E_AGAIN;
	}

	size_t line_len = (size_t)(nl - buf);
	size_t take = line_len + 1;
	f->scanned = 0;
	if (line_len > 0 && buf[line_len - 1] == '\r')
		line_len--;
	if (line_len > cap) {
		out->kind = FRAMER_OVERSIZE;
		out->len = line_len;
	} else if (line_len == 0) {
		out->kind = FRAMER_SKIP;
		out->len = take;
	} else {
		out->kind = FRAMER_LINE;
		out->line = buf;
		out->len = line_len;
	}
	return (int)take;
}
