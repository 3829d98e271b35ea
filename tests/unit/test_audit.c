/* Unit tests for the audit log (core/gov/audit.c): the record format, the hash chain across
 * restarts, tamper detection naming the changed line, torn last lines (from a crash and from a
 * failed write), fail closed / fail open on a write error, the single-writer lock. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gov/audit.h"
#include "base/limits.h"
#include "test.h"

static char dir[] = "/tmp/mcpdb-audit-test.XXXXXX";
static char path[256];

static char *
slurp(size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = calloc(1, (size_t)n + 1);
	if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void
spill(const char *buf, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f != NULL) {
		fwrite(buf, 1, len, f);
		fclose(f);
	}
}

/* Offset of the start of 1-based line n in buf (or -1). */
static long
line_at(const char *buf, size_t len, long n)
{
	size_t off = 0;

	for (long i = 1; i < n; i++) {
		const char *nl = memchr(buf + off, '\n', len - off);
		if (nl == NULL)
			return -1;
		off = (size_t)(nl - buf) + 1;
	}
	return (long)off;
}

static int
record(struct audit *a, const char *sql, const char *decision)
{
	static const char *const masked[] = { "customers.email" };
	struct audit_entry e = {
		.time_ms = 1700000000123LL, .principal = "stdio", .transport = "stdio", .tool = "query",
		.sql = sql, .sql_len = sql ? strlen(sql) : 0, .decision = decision,
		.code = strcmp(decision, "allow") == 0 ? NULL : "column_denied",
		.reason = strcmp(decision, "allow") == 0 ? NULL : "column ssn is denied",
		.rows = 3, .bytes = 120, .duration_ms = 4, .truncated = 0, .masked = masked, .nmasked = 1,
	};
	return audit_record(a, &e);
}

static void
verify(struct audit_verify_result *res)
{
	if (audit_verify_file(path, res) != 0)
		memset(res, 0xff, sizeof *res);
}

static void
test_format_and_chain(void)
{
	struct audit_options opt = { .sync = AUDIT_SYNC_ALWAYS };
	struct audit_verify_result res;
	struct audit *a;
	char err[256], *buf;
	size_t len;
	int ok = 1;

	snprintf(path, sizeof path, "%s/audit.log", dir);
	if (!TEST(audit_open(path, &opt, &a, err, sizeof err) == 0, "open a new log"))
		return;
	ok &= record(a, "SELECT id, email FROM customers WHERE id = 42", "allow") == 0;
	ok &= record(a, "select ssn from customers", "deny") == 0;
	ok &= record(a, "SELEC broken", "error") == 0;
	ok &= record(a, NULL, "allow") == 0;
	ok &= record(a, "SELECT 'x\"y\\n' AS s", "allow") == 0;
	TEST(ok, "five records written");
	audit_close(a);

	buf = slurp(&len);
	TEST(buf != NULL && strncmp(buf, "{\"time\":\"2023-11-14T22:13:20.123Z\",\"principal\":\"stdio\","
	    "\"transport\":\"stdio\",\"tool\":\"query\",\"sql\":\"SELECT id, email FROM customers WHERE id = 42\","
	    "\"normalized\":\"SELECT id, email FROM customers WHERE id = $1\",\"fingerprint\":\"", 200) == 0,
	    "record: time, principal, transport, tool, sql, normalized sql");
	TEST(buf != NULL && strstr(buf, "\"decision\":\"allow\",\"rows\":3,\"bytes\":120,\"duration_ms\":4,"
	    "\"truncated\":false,\"masked\":[\"customers.email\"],\"prev\":\"0000000000000000000000000000000000000000000000000000000000000000\"}\n") != NULL,
	    "record: decision, rows, bytes, duration, truncated, masked; the first prev is zeros");
	TEST(buf != NULL && strstr(buf, "\"decision\":\"deny\",\"code\":\"column_denied\",\"reason\":\"column ssn is denied\"") != NULL,
	    "record: denial code and reason");
	TEST(buf != NULL && strstr(buf, "\"sql\":\"SELEC broken\",\"decision\"") != NULL,
	    "record: unparsable SQL has no normalized form or fingerprint");
	free(buf);

	verify(&res);
	TEST(res.lines == 5 && res.first_bad == 0 && res.breaks == 0 && !res.torn_tail && strlen(res.last_hash) == 64,
	    "verify: 5 intact lines");

	/* restart continues the chain */
	if (!TEST(audit_open(path, &opt, &a, err, sizeof err) == 0, "reopen the log"))
		return;
	TEST(record(a, "SELECT 1", "allow") == 0 && record(a, "SELECT 2", "allow") == 0, "two more records after restart");
	audit_close(a);
	verify(&res);
	TEST(res.lines == 7 && res.first_bad == 0 && res.breaks == 0, "verify: the chain continues across a restart");
}

/* Changes one byte at line n (offset within the line) and checks verify names expect. */
static void
tamper(long n, size_t col, char to, long expect, const char *name)
{
	struct audit_verify_result res;
	char *buf, old;
	size_t len;
	long off;

	if ((buf = slurp(&len)) == NULL || (off = line_at(buf, len, n)) < 0) {
		TEST(0, name);
		free(buf);
		return;
	}
	old = buf[off + (long)col];
	buf[off + (long)col] = to;
	spill(buf, len);
	verify(&res);
	if (!TEST(res.first_bad == expect, name))
		printf("#   first_bad %ld: %s\n", res.first_bad, res.reason);
	buf[off + (long)col] = old;
	spill(buf, len);
	free(buf);
}

static void
test_tamper(void)
{
	struct audit_verify_result res;
	char *buf, *p;
	size_t len;
	long off3;

	buf = slurp(&len);
	off3 = line_at(buf, len, 3);
	p = strstr(buf + off3, "SELEC broken");
	tamper(3, (size_t)(p - (buf + off3)) + 1, 'X', 3, "a changed byte in line 3's SQL: verify names line 3");
	p = strstr(buf + off3, "\"prev\":\"");
	tamper(3, (size_t)(p - (buf + off3)) + 8, buf[p - buf + 8] == 'a' ? 'b' : 'a', 3,
	    "a changed byte in line 3's prev: verify names line 3");
	tamper(1, 10, '7', 1, "a changed byte in line 1: verify names line 1");
	tamper(2, 0, '[', 2, "line 2 made invalid JSON: verify names line 2");
	tamper(7, 0, 'x', 7, "the last line made invalid JSON: verify names line 7");
	verify(&res);
	TEST(res.first_bad == 0 && res.lines == 7, "restored log verifies again");

	/* a removed line is a break in the chain at that place */
	{
		long o4 = line_at(buf, len, 4), o5 = line_at(buf, len, 5);
		char *cut = malloc(len);
		memcpy(cut, buf, (size_t)o4);
		memcpy(cut + o4, buf + o5, len - (size_t)o5);
		spill(cut, len - (size_t)(o5 - o4));
		verify(&res);
		TEST(res.first_bad == 3 && strstr(res.reason, "removed") != NULL, "a removed line 4: verify names the gap after line 3");
		free(cut);
		spill(buf, len);
	}
	/* the first line removed */
	{
		long o2 = line_at(buf, len, 2);
		spill(buf + o2, len - (size_t)o2);
		verify(&res);
		TEST(res.first_bad == 1 && strstr(res.reason, "does not start a chain") != NULL, "a removed first line is detected");
		spill(buf, len);
	}
	free(buf);
}

static void
test_torn(void)
{
	struct audit_options opt = { .sync = AUDIT_SYNC_INTERVAL };
	struct audit_verify_result res;
	struct audit *a;
	char err[256];
	int fd;

	fd = open(path, O_WRONLY | O_APPEND);
	TEST(fd >= 0 && write(fd, "{\"time\":\"2023-11-14T22:13", 25) == 25, "simulate a crash mid-line");
	close(fd);
	verify(&res);
	TEST(res.lines == 7 && res.first_bad == 0 && res.torn_tail == 1, "verify: intact up to the last complete line, torn tail reported");
	if (!TEST(audit_open(path, &opt, &a, err, sizeof err) == 0, "reopen after the crash"))
		return;
	TEST(record(a, "SELECT 3", "allow") == 0, "a record after the recovery");
	audit_close(a);
	verify(&res);
	TEST(res.lines == 10 && res.first_bad == 0 && res.breaks == 1 && !res.torn_tail,
	    "verify: torn line closed off by a chain_break record, chain continues");
	{
		size_t len;
		char *buf = slurp(&len);
		long o9 = line_at(buf, len, 9);
		TEST(o9 > 0 && strstr(buf + o9, "\"event\":\"chain_break\"") == buf + o9 + 35 &&
		    strstr(buf + o9, "\"torn_bytes\":25,") != NULL, "the break record states the torn line's size");
		free(buf);
	}
	tamper(8, 3, 'X', 8, "a changed byte in the torn line: verify names it");
}

static void
test_fail_closed(void)
{
	struct audit_options closed = { .sync = AUDIT_SYNC_ALWAYS }, open_ = { .fail_open = 1 };
	struct audit_verify_result res;
	struct audit *a, *b;
	struct rlimit old, lim;
	struct stat st;
	char err[256], big[4096];
	int r;

	if (!TEST(audit_open(path, &closed, &a, err, sizeof err) == 0, "open for the failure tests"))
		return;
	r = audit_open(path, &closed, &b, err, sizeof err);
	TEST(r == E_IO && b == NULL && strstr(err, "in use by another mcpdb process") != NULL, "a second writer is refused");
	memset(big, 'a', sizeof big - 1);
	memcpy(big, "SELECT '", 8);
	big[sizeof big - 2] = '\'';
	big[sizeof big - 1] = '\0';
	r = 0;
	for (int i = 0; i < 20; i++)
		r |= record(a, big, "allow");
	TEST(r == 0, "grow the log past 64 KiB");
	signal(SIGXFSZ, SIG_IGN);
	getrlimit(RLIMIT_FSIZE, &old);
	stat(path, &st);
	lim = old;
	lim.rlim_cur = (rlim_t)st.st_size + 100;   /* the next line is cut after 100 bytes */
	setrlimit(RLIMIT_FSIZE, &lim);
	r = record(a, big, "allow");
	setrlimit(RLIMIT_FSIZE, &old);
	TEST(r == E_IO && strstr(audit_why(a), "write failed: File too large") != NULL, "a failed write: E_IO with the reason");
	TEST(audit_ready(a) == E_IO, "fail closed: calls are refused while the log is broken");
	TEST(record(a, "SELECT 1", "allow") == E_IO, "records are refused while broken");
	sleep(1);
	usleep(50 * 1000);
	TEST(audit_ready(a) == 0 && audit_why(a)[0] == '\0', "after a second the log is reopened");
	TEST(record(a, "SELECT 4", "allow") == 0, "records resume");
	audit_close(a);
	verify(&res);
	TEST(res.first_bad == 0 && res.breaks == 2, "the half-written line was closed off by a second chain_break");

	if (!TEST(audit_open(path, &open_, &a, err, sizeof err) == 0, "open fail-open"))
		return;
	stat(path, &st);
	lim.rlim_cur = (rlim_t)st.st_size;
	setrlimit(RLIMIT_FSIZE, &lim);
	r = record(a, "SELECT 5", "allow");
	setrlimit(RLIMIT_FSIZE, &old);
	TEST(r == 0 && audit_ready(a) == 0 && audit_why(a)[0] != '\0', "fail open: calls go on, the reason is kept");
	audit_close(a);
}

static void
test_misc(void)
{
	struct audit_verify_result res;
	struct audit *a;
	char err[256], *sql, p2[300];
	size_t len;

	snprintf(p2, sizeof p2, "%s/nodir/x.log", dir);
	TEST(audit_open(p2, NULL, &a, err, sizeof err) == E_IO && strstr(err, "cannot open") != NULL, "unwritable path: E_IO");
	TEST(audit_verify_file(p2, &res) == E_IO, "verify of a missing file: E_IO");
	snprintf(path, sizeof path, "%s/big.log", dir);
	if (!TEST(audit_open(path, NULL, &a, err, sizeof err) == 0, "open big.log"))
		return;
	sql = malloc(LIMIT_SQL_BYTES + 100);
	memset(sql, ' ', LIMIT_SQL_BYTES + 99);
	memcpy(sql, "SELECT 1", 8);
	sql[LIMIT_SQL_BYTES + 99] = '\0';
	TEST(record(a, sql, "deny") == 0, "oversized SQL is recorded");
	audit_tick(a, INT64_MAX);
	audit_close(a);
	free(sql);
	sql = slurp(&len);
	TEST(sql != NULL && strstr(sql, "\"sql_truncated\":true") != NULL && len < LIMIT_SQL_BYTES + 1000,
	    "oversized SQL is cut to LIMIT_SQL_BYTES and marked");
	free(sql);
	spill("", 0);
	verify(&res);
	TEST(res.lines == 0 && res.first_bad == 0, "an empty log verifies");
	spill("garbage\n", 8);
	verify(&res);
	TEST(res.first_bad == 1 && strstr(res.reason, "not valid JSON") != NULL, "a foreign file fails at line 1");
}

/* A child writes records as fast as it can and is killed with SIGKILL mid-burst (several
 * rounds); every time the log must verify up to its last complete line, and a new writer must
 * continue it so that the whole file verifies. */
static long
file_size(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 ? (long)st.st_size : 0;
}

static void
test_kill9(void)
{
	struct audit_verify_result res;
	struct audit *a;
	char err[256], sql[3000];
	long before = 0, before_bytes = 0;
	int ok = 1, grew = 1;

	snprintf(path, sizeof path, "%s/kill9.log", dir);
	memset(sql, 'x', sizeof sql - 1);
	memcpy(sql, "SELECT '", 8);
	sql[sizeof sql - 2] = '\'';
	sql[sizeof sql - 1] = '\0';
	for (int round = 0; round < 5; round++) {
		pid_t pid = fork();
		if (pid == 0) {
			struct audit_options o = { .sync = AUDIT_SYNC_INTERVAL };
			if (audit_open(path, &o, &a, err, sizeof err) != 0)
				_exit(2);
			for (;;)
				if (record(a, sql, "allow") != 0)
					_exit(3);
		}
		/* kill only once this round has written (a loaded machine may take long to start
		 * the child), then at a varying point of its burst */
		for (int waited = 0; waited < 1000 && file_size(path) <= before_bytes; waited++)
			usleep(5000);
		usleep(5000 + round * 7000);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		verify(&res);
		ok &= res.first_bad == 0;
		grew &= res.lines > before;
		before = res.lines;
		before_bytes = file_size(path);
		if (res.first_bad != 0)
			printf("#   round %d: line %ld: %s\n", round, res.first_bad, res.reason);
	}
	TEST(ok, "kill -9 during a burst: the log verifies up to its last complete line (5 rounds)");
	TEST(grew, "each round appended to the same chain");
	if (audit_open(path, NULL, &a, err, sizeof err) == 0) {
		TEST(record(a, "SELECT 1", "allow") == 0, "a writer continues after the kills");
		audit_close(a);
	}
	verify(&res);
	TEST(res.first_bad == 0 && !res.torn_tail, "the whole log verifies after the restart");
	printf("# kill -9 test: %ld lines, %ld recorded torn writes\n", res.lines, res.breaks);
}

int
main(void)
{
	char cmd[300];

	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_format_and_chain();
	test_tamper();
	test_torn();
	test_fail_closed();
	test_misc();
	test_kill9();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return test_summary();
}
