/* The newline framer for stdio MCP: pure, incremental, allocation-free. It finds message
 * boundaries in bytes the caller holds, enforces the message-size cap, and skips an over-long
 * line up to its newline without the caller ever buffering more than cap + 2 bytes
 * (a line of exactly cap bytes may end in "\r\n").
 * All-zero is a valid initial state (cap = LIMIT_MESSAGE_BYTES). */
#ifndef MCPDB_FRAMER_H
#define MCPDB_FRAMER_H

#include <stddef.h>

#include "base/err.h"

struct framer {
	size_t max_line;   /* 0: LIMIT_MESSAGE_BYTES; a line longer than this is not delivered */
	size_t scanned;    /* bytes of the pending line already searched for '\n' */
	int discarding;    /* inside an over-long line: drop bytes through its newline */
	size_t discarded;  /* bytes of that line dropped so far (for the log) */
};

enum framer_kind {
	FRAMER_LINE = 1,   /* out->line/out->len: one message, without "\n" or "\r\n" */
	FRAMER_OVERSIZE,   /* a line passed the cap: answer one error; its bytes are being dropped */
	FRAMER_SKIP,       /* bytes dropped (an empty line, or more of an over-long line) */
};

struct framer_out {
	enum framer_kind kind;
	const char *line;  /* FRAMER_LINE: points into the caller's buffer */
	size_t len;        /* FRAMER_LINE: message length; FRAMER_OVERSIZE/SKIP: bytes seen so far */
};

/* framer_feed: buf[0..len) are the caller's unconsumed bytes, starting where the last consumed
 * byte ended. Returns the number of bytes consumed (> 0; the caller drops them after using
 * out->line) with *out set, or E_AGAIN when no complete line is there yet: nothing consumed,
 * the caller keeps the bytes and calls again with more appended. */
MUST_CHECK int framer_feed(struct framer *f, const char *buf, size_t len, struct framer_out *out);

/* framer_cap: the effective cap in bytes. */
size_t framer_cap(const struct framer *f);

#endif
