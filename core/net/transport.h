/* Transports carry MCP messages between one peer and the MCP layer, behind one small ops
 * table: stdio today (transport_stdio.c), the TLS tunnel streams and HTTP next. A transport
 * reads on its own (driven by the loop), frames, and reports each message through struct
 * transport_events; the MCP layer answers through transport_send(). */
#ifndef MCPDB_TRANSPORT_H
#define MCPDB_TRANSPORT_H

#include <stddef.h>

#include "base/err.h"
#include "base/loop.h"

struct transport;

/* What a transport reports. All callbacks run from the loop; `message` gets one complete
 * message (not NUL-terminated, valid only during the call). */
struct transport_events {
	void (*message)(void *arg, const char *msg, size_t len);
	void (*oversize)(void *arg, size_t seen);  /* a message passed the cap; it is skipped */
	void (*eof)(void *arg);                    /* the peer closed its side (no more input) */
	void (*broken)(void *arg);                 /* output failed: the peer is gone */
	void *arg;
	/* pressure (may be NULL): 1 when answers queued for the peer passed the pause mark (the
	 * peer is not reading: stop producing, e.g. stop fetching rows), 0 when they fell below. */
	void (*pressure)(void *arg, int paused);
};

struct transport_ops {
	const char *name;
	/* send: queue one message (takes ownership of msg, malloc'd, len bytes, unframed). 0;
	 * E_TOOBIG when the output cap would be passed (msg freed; send a short error instead);
	 * E_IO when the output is broken (msg freed). */
	int (*send)(struct transport *t, char *msg, size_t len);
	/* pending: bytes accepted by send but not yet written. */
	size_t (*pending)(const struct transport *t);
	/* want_write: 1 while output is waiting for the peer to read. */
	int (*want_write)(const struct transport *t);
	/* close: unwatch, restore fd flags, free the transport (not the fds it was given). */
	void (*close)(struct transport *t);
};

struct transport {
	const struct transport_ops *ops;
};

static inline MUST_CHECK int
transport_send(struct transport *t, char *msg, size_t len)
{
	return t->ops->send(t, msg, len);
}

static inline size_t
transport_pending(const struct transport *t)
{
	return t->ops->pending(t);
}

/* transport_close: NULL is fine. */
static inline void
transport_close(struct transport *t)
{
	if (t != NULL)
		t->ops->close(t);
}

/* transport_stdio_new: newline-delimited messages on in_fd/out_fd (distinct fds, set to
 * non-blocking until close). Reads with read(2) into a buffer that grows only while one
 * message is longer than LIMIT_READ_CHUNK, up to LIMIT_MESSAGE_BYTES + 2. */
MUST_CHECK int transport_stdio_new(struct loop *l, int in_fd, int out_fd,
    const struct transport_events *ev, struct transport **out);

#endif
