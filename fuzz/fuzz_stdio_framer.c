/* fuzz_stdio_framer: arbitrary bytes fed to the newline framer in arbitrary chunk sizes (the
 * first byte seeds the chunking). Properties: never reads out of bounds (ASan), the caller
 * never holds more than cap + one chunk, and the sequence of messages and oversize reports is
 * the same as for a one-shot feed of the same bytes (differential). */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "net/framer.h"

#define CAP 64
#define MAX_EVENTS 4096

struct trace { size_t n; uint64_t h[MAX_EVENTS]; };

/* Feeds data in chunks (chunk 0: all at once) and records a hash per LINE/OVERSIZE event. */
static void
run(const uint8_t *data, size_t size, uint8_t seed, int oneshot, struct trace *t)
{
	struct framer f = { .max_line = CAP };
	char *buf = malloc(size + 1);
	size_t have = 0, off = 0;

	t->n = 0;
	while (off < size || have > 0) {
		size_t chunk = oneshot ? size - off : 1 + (seed + off) % 17;
		if (chunk > size - off)
			chunk = size - off;
		memcpy(buf + have, data + off, chunk);
		have += chunk, off += chunk;
		assert(have <= CAP + 1 + 17 || oneshot);
		for (;;) {
			struct framer_out out;
			int r = framer_feed(&f, buf, have, &out);
			if (r == E_AGAIN)
				break;
			assert(r > 0 && (size_t)r <= have);
			if (out.kind != FRAMER_SKIP && t->n < MAX_EVENTS) {
				uint64_t h = 1469598103934665603ull ^ out.kind;
				for (size_t i = 0; out.kind == FRAMER_LINE && i < out.len; i++)
					h = (h ^ (uint8_t)out.line[i]) * 1099511628211ull;
				t->h[t->n++] = h;
			}
			memmove(buf, buf + r, have - (size_t)r);
			have -= (size_t)r;
		}
		if (off == size)
			break;
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct trace a, b;

	if (size < 1)
		return 0;
	run(data + 1, size - 1, data[0], 1, &a);
	run(data + 1, size - 1, data[0], 0, &b);
	assert(a.n == b.n && memcmp(a.h, b.h, a.n * sizeof(a.h[0])) == 0);
	return 0;
}
