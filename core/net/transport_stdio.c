/* The stdio transport: newline-delimited JSON-RPC on two non-blocking fds. Owns the input
 * buffer (fed to the framer), the output queue (one node per message, written with write(2)
 * as the peer reads) and the backpressure rule: above LIMIT_OUTPUT_PAUSE_BYTES queued we stop
 * taking new requests and tell the events (pressure) so producers stop too, until the peer
 * catches up; past LIMIT_OUTPUT_QUEUE_BYTES send() refuses. */
#include "net/transport.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "net/framer.h"
#include "base/buf.h"
#include "base/limits.h"
#include "base/log.h"

/* Short answers (errors that replace a refused big one) may pass the cap by this much. */
#define SMALL_MESSAGE 4096
#define SMALL_SLACK (64u << 10)

struct out_node {
	struct out_node *next;
	char *buf;
	size_t len, off;
};

struct stdio_transport {
	struct transport base;
	struct loop *loop;
	int in_fd, out_fd;
	int in_flags, out_flags;      /* original fcntl flags, restored on close */
	struct transport_events ev;
	struct framer framer;
	char *in_buf;
	size_t in_len, in_cap;
	int in_watched, in_eof, out_broken, in_delivering;
	int paused;                   /* pressure reported to the events (1: over the pause mark) */
	struct out_node *head, *tail;
	size_t pending;
};

static void process_input(struct stdio_transport *s, int force);

static void on_input(struct loop *l, int fd, short revents, void *arg);
static void on_output(struct loop *l, int fd, short revents, void *arg);

/* Tells the events when the queue crosses the pause mark, so producers stop (backpressure
 * reaches the database: rows are not fetched while the peer does not read). */
static void
report_pressure(struct stdio_transport *s)
{
	int paused = !s->out_broken && s->pending >= LIMIT_OUTPUT_PAUSE_BYTES;

	if (paused == s->paused)
		return;
	s->paused = paused;
	if (s->ev.pressure)
		s->ev.pressure(s->ev.arg, paused);
}

static void
set_input_watch(struct stdio_transport *s)
{
	int want = !s->in_eof && s->pending < LIMIT_OUTPUT_PAUSE_BYTES;

	report_pressure(s);
	if (want && !s->in_watched) {
		if (loop_watch(s->loop, s->in_fd, POLLIN, on_input, s) == 0)
			s->in_watched = 1;
		else
			log_error("stdio: cannot watch stdin");
	} else if (!want && s->in_watched) {
		loop_unwatch(s->loop, s->in_fd);
		s->in_watched = 0;
	}
}

static void
set_output_watch(struct stdio_transport *s)
{
	if (s->head != NULL && !s->out_broken) {
		if (loop_watch(s->loop, s->out_fd, POLLOUT, on_output, s) != 0)
			log_error("stdio: cannot watch stdout");
	} else {
		loop_unwatch(s->loop, s->out_fd);
	}
}

static void
free_queue(struct stdio_transport *s)
{
	struct out_node *n, *next;

	for (n = s->head; n != NULL; n = next) {
		next = n->next;
		free(n->buf);
		free(n);
	}
	s->head = s->tail = NULL;
	s->pending = 0;
}

static void
mark_broken(struct stdio_transport *s)
{
	if (s->out_broken)
		return;
	s->out_broken = 1;
	free_queue(s);
	loop_unwatch(s->loop, s->out_fd);
	log_info("stdio: output closed by the client");
	if (s->ev.broken)
		s->ev.broken(s->ev.arg);
}

/* Writes as much of the queue as the fd takes now. */
static void
flush_output(struct stdio_transport *s)
{
	while (s->head != NULL) {
		struct out_node *n = s->head;
		ssize_t w = write(s->out_fd, n->buf + n->off, n->len - n->off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				break;
			mark_broken(s);
			return;
		}
		n->off += (size_t)w;
		s->pending -= (size_t)w;
		if (n->off < n->len)
			continue;
		s->head = n->next;
		if (s->head == NULL)
			s->tail = NULL;
		free(n->buf);
		free(n);
	}
	set_output_watch(s);
}

static void
on_output(struct loop *l, int fd, short revents, void *arg)
{
	struct stdio_transport *s = arg;

	(void)l;
	(void)fd;
	if (revents & (POLLERR | POLLNVAL)) {
		mark_broken(s);
		return;
	}
	flush_output(s);
	report_pressure(s);
	if (s->pending < LIMIT_OUTPUT_PAUSE_BYTES && !s->in_delivering) {
		process_input(s, 0);  /* lines held back while paused */
		set_input_watch(s);
	}
}

static int
stdio_send(struct transport *t, char *msg, size_t len)
{
	struct stdio_transport *s = (struct stdio_transport *)t;
	struct out_node *n;
	char *framed;

	if (s->out_broken) {
		free(msg);
		return E_IO;
	}
	if (s->pending + len + 1 > LIMIT_OUTPUT_QUEUE_BYTES &&
	    (len >= SMALL_MESSAGE || s->pending + len + 1 > LIMIT_OUTPUT_QUEUE_BYTES + SMALL_SLACK)) {
		free(msg);
		return E_TOOBIG;
	}
	if ((framed = realloc(msg, len + 1)) == NULL) {
		free(msg);
		return E_NOMEM;
	}
	framed[len] = '\n';
	if ((n = malloc(sizeof(*n))) == NULL) {
		free(framed);
		return E_NOMEM;
	}
	n->next = NULL;
	n->buf = framed;
	n->len = len + 1;
	n->off = 0;
	if (s->tail)
		s->tail->next = n;
	else
		s->head = n;
	s->tail = n;
	s->pending += n->len;
	if (s->head == n)
		flush_output(s);  /* try at once: most answers leave without touching poll */
	else
		set_output_watch(s);
	if (s->pending >= LIMIT_OUTPUT_PAUSE_BYTES)
		set_input_watch(s);
	return 0;
}

static size_t
stdio_pending(const struct transport *t)
{
	return ((const struct stdio_transport *)t)->pending;
}

static int
stdio_want_write(const struct transport *t)
{
	return ((const struct stdio_transport *)t)->head != NULL;
}

/* Hands every complete buffered line to the MCP layer, unless the peer is not reading
 * (force: at EOF, where the rest must be answered or dropped now). */
static void
process_input(struct stdio_transport *s, int force)
{
	size_t off = 0;

	s->in_delivering = 1;
	while (off < s->in_len && (force || s->pending < LIMIT_OUTPUT_PAUSE_BYTES)) {
		struct framer_out fo;
		int n = framer_feed(&s->framer, s->in_buf + off, s->in_len - off, &fo);
		if (n == E_AGAIN)
			break;
		if (n <= 0)
			break;
		if (fo.kind == FRAMER_LINE && s->ev.message)
			s->ev.message(s->ev.arg, fo.line, fo.len);
		else if (fo.kind == FRAMER_OVERSIZE && s->ev.oversize)
			s->ev.oversize(s->ev.arg, fo.len);
		off += (size_t)n;
	}
	s->in_delivering = 0;
	if (off > 0) {
		memmove(s->in_buf, s->in_buf + off, s->in_len - off);
		s->in_len -= off;
	}
	/* Give back a buffer grown for one big message once it is gone. */
	if (s->in_len == 0 && s->in_cap > LIMIT_READ_CHUNK) {
		free(s->in_buf);
		s->in_buf = NULL;
		s->in_cap = 0;
	}
}

static void
handle_eof(struct stdio_transport *s)
{
	s->in_eof = 1;
	set_input_watch(s);
	/* A last message without its newline still counts. */
	if (s->in_len > 0 && !s->framer.discarding && s->ev.message) {
		size_t len = s->in_len;
		if (len > framer_cap(&s->framer)) {
			if (s->ev.oversize)
				s->ev.oversize(s->ev.arg, len);
		} else {
			if (s->in_buf[len - 1] == '\r')
				len--;
			if (len > 0)
				s->ev.message(s->ev.arg, s->in_buf, len);
		}
	}
	s->in_len = 0;
	if (s->ev.eof)
		s->ev.eof(s->ev.arg);
}

static void
on_input(struct loop *l, int fd, short revents, void *arg)
{
	struct stdio_transport *s = arg;
	/* cap + 2: a line of exactly cap bytes may end in "\r\n" (see framer_feed). */
	size_t cap_total = framer_cap(&s->framer) + 2;
	ssize_t n;

	(void)l;
	(void)revents;
	if (s->in_cap - s->in_len < LIMIT_READ_CHUNK / 4 && s->in_cap < cap_total) {
		size_t ncap = s->in_cap ? s->in_cap * 2 : LIMIT_READ_CHUNK;
		if (ncap > cap_total)
			ncap = cap_total;
		if (grow_array(&s->in_buf, &s->in_cap, ncap, 1, cap_total) != 0) {
			log_error("stdio: out of memory for the input buffer");
			return;
		}
	}
	if (s->in_cap == s->in_len) {
		process_input(s, 0);  /* cannot happen with the framer's cap; keep the loop live */
		return;
	}
	n = read(fd, s->in_buf + s->in_len, s->in_cap - s->in_len);
	if (n < 0) {
		if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
			return;
		log_warn("stdio: read failed: %s", strerror(errno));
		process_input(s, 1);
		handle_eof(s);
		return;
	}
	if (n == 0) {
		process_input(s, 1);
		handle_eof(s);
		return;
	}
	s->in_len += (size_t)n;
	process_input(s, 0);
	set_input_watch(s);
}

static void
stdio_close(struct transport *t)
{
	struct stdio_transport *s = (struct stdio_transport *)t;

	if (s == NULL)
		return;
	loop_unwatch(s->loop, s->in_fd);
	loop_unwatch(s->loop, s->out_fd);
	if (s->in_flags >= 0)
		fcntl(s->in_fd, F_SETFL, s->in_flags);
	if (s->out_flags >= 0)
		fcntl(s->out_fd, F_SETFL, s->out_flags);
	free_queue(s);
	free(s->in_buf);
	free(s);
}

static const struct transport_ops stdio_ops = {
	.name = "stdio",
	.send = stdio_send,
	.pending = stdio_pending,
	.want_write = stdio_want_write,
	.close = stdio_close,
};

int
transport_stdio_new(struct loop *l, int in_fd, int out_fd, const struct transport_events *ev,
    struct transport **out)
{
	struct stdio_transport *s;

	*out = NULL;
	if (in_fd == out_fd)
		return E_INVAL;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return E_NOMEM;
	s->base.ops = &stdio_ops;
	s->loop = l;
	s->in_fd = in_fd;
	s->out_fd = out_fd;
	s->ev = *ev;
	s->in_flags = fcntl(in_fd, F_GETFL);
	s->out_flags = fcntl(out_fd, F_GETFL);
	if (s->in_flags >= 0)
		fcntl(in_fd, F_SETFL, s->in_flags | O_NONBLOCK);
	if (s->out_flags >= 0)
		fcntl(out_fd, F_SETFL, s->out_flags | O_NONBLOCK);
	set_input_watch(s);
	if (!s->in_watched) {
		stdio_close(&s->base);
		return E_NOMEM;
	}
	*out = &s->base;
	return 0;
}
