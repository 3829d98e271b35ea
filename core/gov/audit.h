/* The audit log: one NDJSON line per tool call, allowed or denied, hash-chained (each line
 * carries the SHA-256 of the line before it, "prev"), appended with O_APPEND by one write(2)
 * per line. A torn last line left by a crash is closed off and followed by an explicit
 * "chain_break" record on the next open. Verification (audit_verify_*) names the first line
 * that was changed. The format is documented in docs/SECURITY.md, "Audit". */
#ifndef MCPDB_AUDIT_H
#define MCPDB_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

enum audit_sync {
	AUDIT_SYNC_INTERVAL = 0,  /* fdatasync at most every sync_interval_ms (and on close) */
	AUDIT_SYNC_ALWAYS,        /* fdatasync after every line */
};

struct audit_options {
	enum audit_sync sync;
	long sync_interval_ms;    /* AUDIT_SYNC_INTERVAL: 0 means 1000 */
	int fail_open;            /* 1: calls go on when the log cannot be written (default 0:
	                             fail closed, calls are refused) */
};

struct audit;

/* One call. Strings may be NULL (omitted from the line). */
struct audit_entry {
	int64_t time_ms;          /* wall clock, ms since the epoch; 0: now */
	const char *principal;    /* who asked (stdio: "stdio") */
	const char *transport;    /* "stdio", "http", "tunnel", "cli" */
	const char *tool;         /* "query", "explain", ... */
	const char *sql;          /* the SQL as received (sql_len bytes), or NULL */
	size_t sql_len;
	const char *fingerprint;  /* libpg_query fingerprint if the caller has it; NULL: computed */
	const char *decision;     /* "allow", "deny" or "error" */
	const char *code;         /* stable code, e.g. "column_denied", "rate_limited" */
	const char *reason;       /* one sentence */
	long rows;                /* -1: not applicable */
	long long bytes;          /* result bytes sent; -1: not applicable */
	long duration_ms;
	int truncated;
	const char *const *masked;/* "table.column" entries masked in the output */
	size_t nmasked;
};

/* audit_open: opens (creating, mode 0600) the log at path and continues its chain from the last
 * complete line; a torn last line is terminated and followed by a chain_break record. Returns 0,
 * or E_IO/E_TOOBIG/E_NOMEM with a message in err ("path: what went wrong"). */
MUST_CHECK int audit_open(const char *path, const struct audit_options *opt, struct audit **out,
    char *err, size_t errlen);

/* audit_record: appends one line for e. 0 when written; otherwise E_IO (the log is marked
 * broken, audit_why says why) - unless fail_open, when 0 is returned anyway. With fail closed,
 * a caller that gets an error must not return the call's results. */
MUST_CHECK int audit_record(struct audit *a, const struct audit_entry *e);

/* audit_ready: may a call run? 0 when the log is writable (or fail_open); E_IO when it is
 * broken (a reopen is tried at most once a second). Call before running a statement. */
MUST_CHECK int audit_ready(struct audit *a);

/* audit_why: why the log is broken ("" when it is not); valid until the next audit call. */
const char *audit_why(const struct audit *a);

/* audit_tick: fdatasync when the interval has passed and lines are unsynced; call from a loop
 * timer. now_ms on CLOCK_MONOTONIC (loop_now_ms). */
void audit_tick(struct audit *a, int64_t now_ms);

/* audit_close: syncs and closes; NULL is fine. */
void audit_close(struct audit *a);

/* The result of checking a log's chain. */
struct audit_verify_result {
	long lines;               /* complete lines read */
	long first_bad;           /* 1-based line number of the first broken line, 0 when intact */
	char reason[320];         /* why first_bad is broken */
	long breaks;              /* recorded chain breaks (crash recoveries) */
	int torn_tail;            /* the file ends in an incomplete line (not counted in lines) */
	char last_hash[65];       /* SHA-256 of the last complete line (to anchor externally) */
};

/* audit_verify_fd: reads the log from fd to its end and checks every line. 0 when the check
 * ran (see res->first_bad), E_IO when reading failed. */
MUST_CHECK int audit_verify_fd(int fd, struct audit_verify_result *res);

/* audit_verify_file: audit_verify_fd on path; E_IO when it cannot be opened. */
MUST_CHECK int audit_verify_file(const char *path, struct audit_verify_result *res);

#endif
