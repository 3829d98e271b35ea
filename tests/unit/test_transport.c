/* Unit tests for the stdio transport (core/net/transport_stdio.c) over pipes: framing across
 * reads, the oversize report, a last line without newline at EOF, the output queue with its
 * backpressure (input paused while the peer does not read) and its hard cap, broken output. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/limits.h"
#include "base/loop.h"
#include "test.h"
#include "net/transport.h"

static char got[4096];
static int nmsg, noversize, neof, nbroken;

static void
on_message(void *arg, const char *msg, size_t len)
{
	(void)arg;
	nmsg++;
	strncat(got, msg, len < 200 ? len : 200);
	strcat(got, "|");
}

static void on_oversize(void *arg, size_t seen) { (void)arg; (void)seen; noversize++; strcat(got, "O|"); }
static void on_eof(void *arg) { (void)arg; neof++; }
static void on_broken(void *arg) { (void)arg; nbroken++; }

static void
spin(struct loop *l, int rounds)
{
	for (int i = 0; i < rounds; i++)
		if (loop_run_once(l, 10) != 0)
			break;
}

static char *
dup_msg(const char *s, size_t len)
{
	char *m = malloc(len);
	memcpy(m, s, len);
	return m;
}

/* Reads and discards what the transport wrote; returns the byte count. */
static size_t
drain_fd(int fd)
{
	char buf[65536];
	size_t total = 0;
	ssize_t n;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		total += (size_t)n;
	return total;
}

int
main(void)
{
	struct loop *l = NULL;
	struct transport *t = NULL;
	struct transport_events ev = { on_message, on_oversize, on_eof, on_broken, NULL, NULL };
	int in[2], out[2];

	signal(SIGPIPE, SIG_IGN);
	TEST(loop_new(&l) == 0, "loop");
	TEST(pipe(in) == 0 && pipe(out) == 0, "pipes");
	fcntl(out[0], F_SETFL, O_NONBLOCK);
	TEST(transport_stdio_new(l, in[0], out[1], &ev, &t) == 0 && t != NULL, "transport_stdio_new");
	struct transport *t2 = NULL;
	TEST(transport_stdio_new(l, 5, 5, &ev, &t2) == E_INVAL && t2 == NULL, "same fd for both sides refused");

	/* Framing across writes. */
	TEST(write(in[1], "{\"a\":1}\n{\"b\"", 12) == 12, "write 1");
	spin(l, 3);
	TEST_STREQ(got, "{\"a\":1}|", "complete line delivered, partial held");
	TEST(write(in[1], ":2}\r\n\n", 6) == 6, "write 2");
	spin(l, 3);
	TEST_STREQ(got, "{\"a\":1}|{\"b\":2}|", "line completed by the next read; CRLF and empty line dropped");

	/* A line past the cap is reported once and skipped; the next one is served. */
	got[0] = '\0';
	size_t big = LIMIT_MESSAGE_BYTES + 100;
	char *chunk = malloc(65536);
	memset(chunk, 'x', 65536);
	size_t sent = 0;
	while (sent < big) {
		size_t n = big - sent < 65536 ? big - sent : 65536;
		ssize_t w = write(in[1], chunk, n);
		if (w > 0)
			sent += (size_t)w;
		spin(l, 1);
	}
	TEST(write(in[1], "\n{\"c\":3}\n", 9) == 9, "end of the long line, then a short one");
	spin(l, 5);
	TEST(noversize == 1, "over-long line reported once");
	TEST_STREQ(got, "O|{\"c\":3}|", "the line after it is delivered");
	/* A line of exactly the cap ending in CRLF is a message, even when "\r" fills the buffer. */
	got[0] = '\0';
	nmsg = 0;
	sent = 0;
	while (sent < LIMIT_MESSAGE_BYTES) {
		size_t n = LIMIT_MESSAGE_BYTES - sent < 65536 ? LIMIT_MESSAGE_BYTES - sent : 65536;
		ssize_t w = write(in[1], chunk, n);
		if (w > 0)
			sent += (size_t)w;
		spin(l, 1);
	}
	TEST(write(in[1], "\r", 1) == 1, "CR after exactly cap bytes");
	spin(l, 3);
	TEST(write(in[1], "\n", 1) == 1, "then LF");
	spin(l, 3);
	TEST(nmsg == 1 && noversize == 1, "a line of exactly LIMIT_MESSAGE_BYTES + CRLF is delivered");
	free(chunk);

	/* Output: written at once when the peer reads. */
	TEST(transport_send(t, dup_msg("{\"r\":1}", 7), 7) == 0, "send");
	char rb[64];
	ssize_t rn = read(out[0], rb, sizeof(rb));
	TEST(rn == 8 && memcmp(rb, "{\"r\":1}\n", 8) == 0, "message framed with a newline on the output");
	TEST(transport_pending(t) == 0, "nothing pending after a direct write");

	/* Backpressure: the peer does not read; past the pause mark input is not taken. */
	size_t msg_len = 256 << 10;
	char *payload = malloc(msg_len);
	memset(payload, 'y', msg_len);
	int sends = 0;
	while (transport_pending(t) < LIMIT_OUTPUT_PAUSE_BYTES && sends < 1000) {
		if (transport_send(t, dup_msg(payload, msg_len), msg_len) != 0)
			break;
		sends++;
	}
	TEST(t->ops->want_write(t), "output waits for the peer");
	got[0] = '\0';
	nmsg = 0;
	TEST(write(in[1], "{\"d\":4}\n", 8) == 8, "a request while the peer is not reading");
	spin(l, 3);
	TEST(nmsg == 0, "input paused while the output queue is above the pause mark");
	/* The hard cap: large answers are refused, small ones still fit. */
	int r = 0;
	while (r == 0 && transport_pending(t) < LIMIT_OUTPUT_QUEUE_BYTES + msg_len)
		r = transport_send(t, dup_msg(payload, msg_len), msg_len);
	TEST(r == E_TOOBIG, "a large answer past LIMIT_OUTPUT_QUEUE_BYTES is refused");
	TEST(transport_pending(t) <= LIMIT_OUTPUT_QUEUE_BYTES, "the queue never passes its cap");
	TEST(transport_send(t, dup_msg("{\"e\":1}", 7), 7) == 0, "a short error still fits");
	/* The peer reads: the queue drains and the held request is served. */
	size_t drained = 0;
	for (int i = 0; i < 2000 && (transport_pending(t) > 0 || nmsg == 0); i++) {
		drained += drain_fd(out[0]);
		spin(l, 1);
	}
	drained += drain_fd(out[0]);
	TEST(transport_pending(t) == 0 && drained > LIMIT_OUTPUT_QUEUE_BYTES, "queue drained once the peer reads");
	TEST(nmsg == 1 && strcmp(got, "{\"d\":4}|") == 0, "held request served after the queue drained");
	free(payload);

	/* EOF: a last line without newline counts; then the eof event. */
	got[0] = '\0';
	TEST(write(in[1], "{\"f\":5}", 7) == 7, "last line without newline");
	close(in[1]);
	spin(l, 3);
	TEST_STREQ(got, "{\"f\":5}|", "last line delivered at EOF");
	TEST(neof == 1, "eof reported once");

	/* Broken output: the reader is gone. */
	close(out[0]);
	int rb2 = transport_send(t, dup_msg("{}", 2), 2);
	TEST(nbroken == 1, "broken output reported");
	TEST(rb2 == 0 || rb2 == E_IO, "send on a broken output does not crash");
	TEST(transport_send(t, dup_msg("{}", 2), 2) == E_IO, "later sends: E_IO");

	transport_close(t);
	close(in[0]);
	close(out[1]);
	loop_free(l);
	return test_summary();
}
