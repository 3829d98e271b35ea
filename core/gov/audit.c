/* The audit log writer and verifier (see audit.h). Owns the line format, the SHA-256 chain
 * (mbedtls), crash recovery on open (torn last line -> newline + chain_break record), the
 * fail-closed state and the fsync policy. Writes are synchronous: one write(2) of at most
 * LIMIT_AUDIT_LINE_BYTES to a local file per call, so the cost per call is bounded and a
 * failure is known before the call's result is sent (which fail-closed needs). */
#include "gov/audit.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <mbedtls/sha256.h>
#include <pg_query.h>
#include <yyjson.h>

#include "base/limits.h"

#define ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"
#define MAX_MASKED_LISTED 256
#define REOPEN_RETRY_MS 1000

struct audit {
	char *path;
	int fd;
	struct audit_options opt;
	char prev[65];            /* hex SHA-256 of the last line written (or found on open) */
	int broken;
	char why[ERR_MSG_BYTES];
	int64_t last_retry_ms;
	int64_t last_sync_ms;
	int unsynced;
};

static int64_t
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
hex32(const unsigned char h[32], char out[65])
{
	static const char digits[] = "0123456789abcdef";

	for (int i = 0; i < 32; i++) {
		out[2 * i] = digits[h[i] >> 4];
		out[2 * i + 1] = digits[h[i] & 15];
	}
	out[64] = '\0';
}

static void
sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char h[32];

	mbedtls_sha256(data, len, h, 0);
	hex32(h, out);
}

static int
write_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n == 0 ? (errno = ENOSPC, -1) : -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

static void
mark_broken(struct audit *a, const char *what, int errnum)
{
	a->broken = 1;
	a->last_retry_ms = mono_ms();
	snprintf(a->why, sizeof a->why, "audit log %s: %s: %s", a->path, what, strerror(errnum));
}

static int
sync_now(struct audit *a)
{
	if (fdatasync(a->fd) != 0) {
		mark_broken(a, "fdatasync failed", errno);
		return E_IO;
	}
	a->unsynced = 0;
	a->last_sync_ms = mono_ms();
	return 0;
}

/* Appends text + '\n' in one write and advances the chain. */
static int
write_line(struct audit *a, const char *text, size_t len)
{
	char *buf;
	int r = 0;

	if ((buf = malloc(len + 1)) == NULL)
		return E_NOMEM;
	memcpy(buf, text, len);
	buf[len] = '\n';
	if (write_all(a->fd, buf, len + 1) != 0) {
		mark_broken(a, "write failed", errno);
		r = E_IO;
		goto out;
	}
	sha256_hex(text, len, a->prev);
	a->unsynced = 1;
	if (a->opt.sync == AUDIT_SYNC_ALWAYS ||
	    mono_ms() - a->last_sync_ms >= (a->opt.sync_interval_ms > 0 ? a->opt.sync_interval_ms : 1000))
		r = sync_now(a);
out:
	free(buf);
	return r;
}

static void
format_time(int64_t ms, char out[80])
{
	struct tm tm;
	time_t secs = (time_t)(ms / 1000);

	gmtime_r(&secs, &tm);
	snprintf(out, 80, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	    tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(ms % 1000));
}

static int64_t
wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Writes the record that closes off a torn line of torn_bytes (the chain already points at it). */
static int
write_break(struct audit *a, long long torn_bytes)
{
	char tbuf[80], *line;
	int n, r;

	format_time(wall_ms(), tbuf);
	n = asprintf(&line, "{\"time\":\"%s\",\"event\":\"chain_break\",\"reason\":\"the previous line is "
	    "incomplete (%lld bytes, no newline): a write was interrupted, e.g. by kill -9 or a full disk; "
	    "the chain continues from it\",\"torn_bytes\":%lld,\"prev\":\"%s\"}", tbuf, torn_bytes, torn_bytes, a->prev);
	if (n < 0)
		return E_NOMEM;
	r = write_line(a, line, (size_t)n);
	free(line);
	return r;
}

/* Finds the last line of the file (size > 0): its start offset, its end (exclusive, without
 * the newline) and whether the newline is missing; hashes it into a->prev. */
static int
chain_from_tail(struct audit *a, off_t size, int *torn, long long *tornlen, char *err, size_t errlen)
{
	mbedtls_sha256_context sha;
	unsigned char buf[65536], h[32];
	off_t end, start, pos;
	char last;
	int r = 0;

	if (pread(a->fd, &last, 1, size - 1) != 1) {
		snprintf(err, errlen, "%s: cannot read: %s", a->path, strerror(errno));
		return E_IO;
	}
	*torn = last != '\n';
	end = *torn ? size : size - 1;
	start = 0;
	for (pos = end; pos > 0;) {
		size_t want = pos > (off_t)sizeof buf ? sizeof buf : (size_t)pos;
		ssize_t got = pread(a->fd, buf, want, pos - (off_t)want);
		if (got != (ssize_t)want) {
			snprintf(err, errlen, "%s: cannot read: %s", a->path, got < 0 ? strerror(errno) : "short read");
			return E_IO;
		}
		for (size_t i = want; i > 0; i--) {
			if (buf[i - 1] == '\n') {
				start = pos - (off_t)want + (off_t)i;
				goto found;
			}
		}
		pos -= (off_t)want;
		if (end - pos > (off_t)LIMIT_AUDIT_LINE_BYTES) {
			snprintf(err, errlen, "%s: the last line is longer than %u bytes: this is not an mcpdb audit "
			    "log (move it away)", a->path, LIMIT_AUDIT_LINE_BYTES);
			return E_TOOBIG;
		}
	}
found:
	*tornlen = (long long)(end - start);
	mbedtls_sha256_init(&sha);
	mbedtls_sha256_starts(&sha, 0);
	for (pos = start; pos < end;) {
		size_t want = end - pos > (off_t)sizeof buf ? sizeof buf : (size_t)(end - pos);
		ssize_t got = pread(a->fd, buf, want, pos);
		if (got != (ssize_t)want) {
			snprintf(err, errlen, "%s: cannot read: %s", a->path, got < 0 ? strerror(errno) : "short read");
			r = E_IO;
			goto out;
		}
		mbedtls_sha256_update(&sha, buf, want);
		pos += (off_t)want;
	}
	mbedtls_sha256_finish(&sha, h);
	hex32(h, a->prev);
out:
	mbedtls_sha256_free(&sha);
	return r;
}

/* Opens a->path and sets up the chain; used by audit_open and by the reopen after a failure. */
static int
open_log(struct audit *a, char *err, size_t errlen)
{
	struct stat st;
	long long tornlen = 0;
	int torn = 0, r;

	if ((a->fd = open(a->path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600)) < 0) {
		snprintf(err, errlen, "%s: cannot open: %s", a->path, strerror(errno));
		return E_IO;
	}
	if (flock(a->fd, LOCK_EX | LOCK_NB) != 0) {
		snprintf(err, errlen, "%s: %s", a->path, errno == EWOULDBLOCK ?
		    "in use by another mcpdb process (two writers would fork the chain); give each its own log" :
		    strerror(errno));
		r = E_IO;
		goto fail;
	}
	if (fstat(a->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", a->path);
		r = E_IO;
		goto fail;
	}
	memcpy(a->prev, ZERO_HASH, sizeof a->prev);
	if (st.st_size > 0 && (r = chain_from_tail(a, st.st_size, &torn, &tornlen, err, errlen)) != 0)
		goto fail;
	a->broken = 0;
	a->why[0] = '\0';
	a->last_sync_ms = mono_ms();
	if (torn) {
		if (write_all(a->fd, "\n", 1) != 0 || (r = write_break(a, tornlen)) != 0) {
			snprintf(err, errlen, "%s: cannot close off the torn last line: %s", a->path, strerror(errno));
			r = E_IO;
			goto fail;
		}
	}
	return 0;
fail:
	close(a->fd);
	a->fd = -1;
	return r;
}

int
audit_open(const char *path, const struct audit_options *opt, struct audit **out, char *err, size_t errlen)
{
	struct audit *a;
	int r;

	*out = NULL;
	if ((a = calloc(1, sizeof *a)) == NULL || (a->path = strdup(path)) == NULL) {
		free(a);
		snprintf(err, errlen, "%s: out of memory", path);
		return E_NOMEM;
	}
	a->fd = -1;
	if (opt != NULL)
		a->opt = *opt;
	if ((r = open_log(a, err, errlen)) != 0) {
		audit_close(a);
		return r;
	}
	*out = a;
	return 0;
}

static void
add_str(yyjson_mut_doc *doc, yyjson_mut_val *obj, const char *key, const char *val)
{
	if (val != NULL)
		yyjson_mut_obj_add_strcpy(doc, obj, key, val);
}

/* Builds the JSON text of e (without prev's value filled: prev is the last key). */
static char *
entry_json(const struct audit *a, const struct audit_entry *e, size_t *len)
{
	yyjson_mut_doc *doc = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *obj, *arr;
	PgQueryNormalizeResult nr = { 0 };
	PgQueryFingerprintResult fr = { 0 };
	char tbuf[80], *sqlz = NULL, *text = NULL;
	size_t sql_len = e->sql_len;
	int parsed = 0;

	if (doc == NULL || (obj = yyjson_mut_obj(doc)) == NULL)
		goto out;
	yyjson_mut_doc_set_root(doc, obj);
	format_time(e->time_ms != 0 ? e->time_ms : wall_ms(), tbuf);
	add_str(doc, obj, "time", tbuf);
	add_str(doc, obj, "principal", e->principal);
	add_str(doc, obj, "transport", e->transport);
	add_str(doc, obj, "tool", e->tool);
	if (e->sql != NULL) {
		if (sql_len > LIMIT_SQL_BYTES)
			sql_len = LIMIT_SQL_BYTES;
		yyjson_mut_obj_add_strncpy(doc, obj, "sql", e->sql, sql_len);
		if (sql_len < e->sql_len)
			yyjson_mut_obj_add_bool(doc, obj, "sql_truncated", 1);
		if (sql_len == e->sql_len && memchr(e->sql, '\0', sql_len) == NULL && (sqlz = strndup(e->sql, sql_len)) != NULL) {
			nr = pg_query_normalize(sqlz);
			if (nr.error == NULL && nr.normalized_query != NULL)
				add_str(doc, obj, "normalized", nr.normalized_query);
			if (e->fingerprint == NULL) {
				fr = pg_query_fingerprint(sqlz);
				parsed = 1;
				if (fr.error == NULL && fr.fingerprint_str != NULL)
					add_str(doc, obj, "fingerprint", fr.fingerprint_str);
			}
		}
		if (e->fingerprint != NULL)
			add_str(doc, obj, "fingerprint", e->fingerprint);
	}
	add_str(doc, obj, "decision", e->decision);
	add_str(doc, obj, "code", e->code);
	add_str(doc, obj, "reason", e->reason);
	if (e->rows >= 0)
		yyjson_mut_obj_add_int(doc, obj, "rows", e->rows);
	if (e->bytes >= 0)
		yyjson_mut_obj_add_int(doc, obj, "bytes", e->bytes);
	yyjson_mut_obj_add_int(doc, obj, "duration_ms", e->duration_ms);
	yyjson_mut_obj_add_bool(doc, obj, "truncated", e->truncated != 0);
	if (e->nmasked > 0 && (arr = yyjson_mut_obj_add_arr(doc, obj, "masked")) != NULL)
		for (size_t i = 0; i < e->nmasked && i < MAX_MASKED_LISTED; i++)
			yyjson_mut_arr_add_strcpy(doc, arr, e->masked[i]);
	yyjson_mut_obj_add_strcpy(doc, obj, "prev", a->prev);
	text = yyjson_mut_write(doc, YYJSON_WRITE_ALLOW_INVALID_UNICODE, len);
out:
	if (sqlz != NULL)
		pg_query_free_normalize_result(nr);
	if (parsed)
		pg_query_free_fingerprint_result(fr);
	free(sqlz);
	yyjson_mut_doc_free(doc);
	return text;
}

int
audit_record(struct audit *a, const struct audit_entry *e)
{
	char *text;
	size_t len = 0;
	int r;

	if (a == NULL)
		return 0;
	if (a->broken)
		return a->opt.fail_open ? 0 : E_IO;
	if ((text = entry_json(a, e, &len)) == NULL) {
		snprintf(a->why, sizeof a->why, "audit log %s: out of memory building a record", a->path);
		return a->opt.fail_open ? 0 : E_NOMEM;
	}
	if (len > LIMIT_AUDIT_LINE_BYTES) {
		snprintf(a->why, sizeof a->why, "audit log %s: a record of %zu bytes exceeds %u", a->path, len,
		    LIMIT_AUDIT_LINE_BYTES);
		free(text);
		return a->opt.fail_open ? 0 : E_TOOBIG;
	}
	r = write_line(a, text, len);
	free(text);
	return a->opt.fail_open ? 0 : r;
}

int
audit_ready(struct audit *a)
{
	char err[ERR_MSG_BYTES];
	int64_t now;

	if (a == NULL || !a->broken || a->opt.fail_open)
		return 0;
	now = mono_ms();
	if (now - a->last_retry_ms < REOPEN_RETRY_MS)
		return E_IO;
	a->last_retry_ms = now;
	if (a->fd >= 0)
		close(a->fd);
	a->fd = -1;
	if (open_log(a, err, sizeof err) != 0) {
		a->broken = 1;
		snprintf(a->why, sizeof a->why, "%s", err);
		return E_IO;
	}
	return 0;
}

const char *
audit_why(const struct audit *a)
{
	return a != NULL ? a->why : "";
}

void
audit_tick(struct audit *a, int64_t now_ms)
{
	if (a == NULL || a->broken || !a->unsynced)
		return;
	if (now_ms - a->last_sync_ms >= (a->opt.sync_interval_ms > 0 ? a->opt.sync_interval_ms : 1000))
		(void)sync_now(a);
}

void
audit_close(struct audit *a)
{
	if (a == NULL)
		return;
	if (a->fd >= 0) {
		if (a->unsynced)
			(void)fdatasync(a->fd);
		close(a->fd);
	}
	free(a->path);
	free(a);
}

/* ---- verification ---- */

struct vstate {
	struct audit_verify_result *res;
	char prev_hex[65];        /* hash of the last line */
	long pend_bad;            /* a line that is not a record, waiting for its chain_break */
	size_t pend_bad_len;
	char pend_reason[160];
	long pend_mis;            /* a line whose prev did not match, waiting for the next line */
	int done;
};

__attribute__((format(printf, 3, 4))) static void
set_bad(struct vstate *s, long line, const char *fmt, ...)
{
	va_list ap;

	s->res->first_bad = line;
	va_start(ap, fmt);
	vsnprintf(s->res->reason, sizeof s->res->reason, fmt, ap);
	va_end(ap);
	s->done = 1;
}

static void
verify_line(struct vstate *s, const char *line, size_t len)
{
	yyjson_doc *doc;
	yyjson_val *root, *prev, *ev;
	char h[65];
	const char *p = NULL, *bad = NULL;
	long n = ++s->res->lines;
	int is_break = 0;
	long long torn_bytes = -1;

	sha256_hex(line, len, h);
	doc = yyjson_read(line, len, YYJSON_READ_ALLOW_INVALID_UNICODE);
	root = yyjson_doc_get_root(doc);
	prev = yyjson_obj_get(root, "prev");
	if (doc == NULL)
		bad = "not valid JSON";
	else if (!yyjson_is_obj(root))
		bad = "not a JSON object";
	else if (!yyjson_is_str(prev) || yyjson_get_len(prev) != 64)
		bad = "no 64-digit \"prev\" hash";
	else {
		p = yyjson_get_str(prev);
		ev = yyjson_obj_get(root, "event");
		is_break = ev != NULL && yyjson_equals_str(ev, "chain_break");
		if (is_break && yyjson_is_int(yyjson_obj_get(root, "torn_bytes")))
			torn_bytes = yyjson_get_sint(yyjson_obj_get(root, "torn_bytes"));
	}

	if (s->pend_bad) {
		if (bad == NULL && is_break && strcmp(p, s->prev_hex) == 0 && torn_bytes == (long long)s->pend_bad_len) {
			s->res->breaks++;
			s->pend_bad = 0;
		} else {
			set_bad(s, s->pend_bad, "%s, and the next line is not the chain_break record that closes off "
			    "an interrupted write (line %ld)", s->pend_reason, n);
		}
	} else if (s->pend_mis) {
		if (bad == NULL && strcmp(p, s->prev_hex) != 0)
			set_bad(s, s->pend_mis, "line %ld was changed: neither the line before it nor the line after "
			    "it chains to it", s->pend_mis);
		else
			set_bad(s, s->pend_mis - 1, "the chain breaks after this line: it was changed (its SHA-256 no "
			    "longer matches the \"prev\" recorded by line %ld), or lines after it were removed or "
			    "inserted", s->pend_mis);
	} else if (bad != NULL) {
		s->pend_bad = n;
		s->pend_bad_len = len;
		snprintf(s->pend_reason, sizeof s->pend_reason, "line %ld is %s", n, bad);
	} else if (strcmp(p, n == 1 ? ZERO_HASH : s->prev_hex) != 0) {
		if (n == 1)
			set_bad(s, 1, "the first line does not start a chain (its prev is not zeros): the beginning "
			    "of the log was removed or line 1 was changed");
		else
			s->pend_mis = n;
	}
	memcpy(s->prev_hex, h, sizeof h);
	yyjson_doc_free(doc);
}

int
audit_verify_fd(int fd, struct audit_verify_result *res)
{
	struct vstate s;
	char *buf;
	size_t cap = LIMIT_AUDIT_LINE_BYTES + 1, have = 0, scan = 0;
	ssize_t got;

	memset(res, 0, sizeof *res);
	memset(&s, 0, sizeof s);
	s.res = res;
	if ((buf = malloc(cap)) == NULL)
		return E_NOMEM;
	for (;;) {
		char *nl;
		got = read(fd, buf + have, cap - have);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			free(buf);
			return E_IO;
		}
		if (got == 0)
			break;
		have += (size_t)got;
		while (!s.done && (nl = memchr(buf + scan, '\n', have - scan)) != NULL) {
			size_t len = (size_t)(nl - buf) - scan;
			verify_line(&s, buf + scan, len);
			memcpy(res->last_hash, s.prev_hex, sizeof res->last_hash);
			scan += len + 1;
		}
		if (s.done)
			break;
		memmove(buf, buf + scan, have - scan);
		have -= scan;
		scan = 0;
		if (have == cap) {
			set_bad(&s, res->lines + 1, "line %ld is longer than any record mcpdb writes", res->lines + 1);
			break;
		}
	}
	if (!s.done) {
		res->torn_tail = have > 0;
		if (s.pend_bad)
			set_bad(&s, s.pend_bad, "%s, and no chain_break record follows it", s.pend_reason);
		else if (s.pend_mis)
			set_bad(&s, s.pend_mis - 1, "this line was changed (or the \"prev\" of line %ld, the last line): "
			    "its SHA-256 no longer matches what the next line recorded", s.pend_mis);
	}
	free(buf);
	return 0;
}

int
audit_verify_file(const char *path, struct audit_verify_result *res)
{
	int fd, r;

	memset(res, 0, sizeof *res);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return E_IO;
	r = audit_verify_fd(fd, res);
	close(fd);
	return r;
}
