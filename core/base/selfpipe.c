/* The self-pipe for signals (selfpipe.h). Owns the pipe, the installed handlers and the list
 * of signals to restore. The handler is async-signal-safe: one write(2) of one byte, errno
 * saved; a full pipe drops the byte, which only coalesces repeated signals. */
#include "base/selfpipe.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SIGPIPE_MAX_SIGNALS 8

struct selfpipe {
	struct loop *loop;
	int rfd, wfd;
	int signals[SIGPIPE_MAX_SIGNALS];
	size_t nsignals;
	selfpipe_fn fn;
	void *arg;
};

static volatile sig_atomic_t selfpipe_wfd = -1;

static void
on_signal(int signo)
{
	int saved = errno;
	unsigned char b = (unsigned char)signo;

	if (selfpipe_wfd >= 0) {
		ssize_t w = write(selfpipe_wfd, &b, 1);
		(void)w;
	}
	errno = saved;
}

static void
on_readable(struct loop *l, int fd, short revents, void *arg)
{
	struct selfpipe *sp = arg;
	unsigned char buf[64];
	ssize_t n;

	(void)l;
	(void)revents;
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		for (ssize_t i = 0; i < n; i++)
			sp->fn(buf[i], sp->arg);
	}
}

int
selfpipe_open(struct loop *l, const int *signals, size_t n, selfpipe_fn fn, void *arg, struct selfpipe **out)
{
	struct selfpipe *sp = NULL;
	struct sigaction sa;
	int fds[2] = { -1, -1 };
	int r = E_INTERNAL;

	*out = NULL;
	if (selfpipe_wfd >= 0 || n > SIGPIPE_MAX_SIGNALS || fn == NULL)
		return E_INVAL;
	if ((sp = calloc(1, sizeof(*sp))) == NULL)
		return E_NOMEM;
	sp->rfd = sp->wfd = -1;
	if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
		r = E_IO;
		goto out;
	}
	sp->loop = l;
	sp->rfd = fds[0];
	sp->wfd = fds[1];
	sp->fn = fn;
	sp->arg = arg;
	if ((r = loop_watch(l, sp->rfd, POLLIN, on_readable, sp)) != 0)
		goto out;
	selfpipe_wfd = sp->wfd;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	for (size_t i = 0; i < n; i++) {
		if (sigaction(signals[i], &sa, NULL) != 0) {
			r = E_IO;
			goto out;
		}
		sp->signals[sp->nsignals++] = signals[i];
	}
	*out = sp;
	sp = NULL;
	r = 0;
out:
	if (sp != NULL)
		selfpipe_close(sp);
	return r;
}

void
selfpipe_close(struct selfpipe *sp)
{
	struct sigaction sa;

	if (sp == NULL)
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sp->nsignals; i++)
		sigaction(sp->signals[i], &sa, NULL);
	if (sp->wfd >= 0 && selfpipe_wfd == sp->wfd)
		selfpipe_wfd = -1;
	if (sp->loop != NULL && sp->rfd >= 0)
		loop_unwatch(sp->loop, sp->rfd);
	if (sp->rfd >= 0)
		close(sp->rfd);
	if (sp->wfd >= 0)
		close(sp->wfd);
	free(sp);
}
