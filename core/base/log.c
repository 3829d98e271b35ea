/* Leveled logging to stderr: the threshold (from MCPDB_LOG_LEVEL) and the line formatter.
 * Owns nothing but two statics; each line is one write(2), so lines from one process never
 * interleave mid-line and nothing is buffered when the process exits. */
#include "base/log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/err.h"

static enum log_level log_threshold = LOG_WARN;
static const char *log_prog = "mcpdb";

static const char *const log_names[] = { "error", "warn", "info", "debug" };

int
log_init(const char *prog)
{
	const char *v = getenv("MCPDB_LOG_LEVEL");

	if (prog != NULL)
		log_prog = prog;
	if (v == NULL || *v == '\0')
		return 0;
	for (int i = 0; i <= LOG_DEBUG; i++) {
		if (strcasecmp(v, log_names[i]) == 0) {
			log_threshold = (enum log_level)i;
			return 0;
		}
	}
	if (strcasecmp(v, "warning") == 0) {
		log_threshold = LOG_WARN;
		return 0;
	}
	return E_CONFIG;
}

void
log_set_level(enum log_level level)
{
	log_threshold = level;
}

int
log_enabled(enum log_level level)
{
	return level <= log_threshold;
}

void
log_msg(enum log_level level, const char *fmt, ...)
{
	char line[1024 + 64];
	va_list ap;
	int saved_errno = errno;
	int n, m;

	if (!log_enabled(level))
		return;
	n = snprintf(line, sizeof(line), "%s: %s: ", log_prog, log_names[level]);
	if (n < 0 || (size_t)n >= sizeof(line))
		n = 0;
	va_start(ap, fmt);
	m = vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, ap);
	va_end(ap);
	if (m < 0)
		m = 0;
	if ((size_t)(n + m) >= sizeof(line) - 1) {
		n = (int)sizeof(line) - 5;
		memcpy(line + n, "...", 3);
		n += 3;
	} else {
		n += m;
	}
	line[n++] = '\n';
	for (int off = 0; off < n;) {
		ssize_t w = write(STDERR_FILENO, line + off, (size_t)(n - off));
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (int)w;
	}
	errno = saved_errno;
}
