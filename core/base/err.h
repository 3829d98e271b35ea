/* One error space for the whole project: 0 is success, negative values are errors, and
 * E_AGAIN means "need more input / would block" for framers and non-blocking I/O.
 * err_str() gives a short, stable English phrase; callers add the specifics. */
#ifndef MCPDB_ERR_H
#define MCPDB_ERR_H

#define MUST_CHECK __attribute__((warn_unused_result))

enum err {
	E_OK = 0,
	E_AGAIN = -1,     /* need more bytes / would block: call again later */
	E_NOMEM = -2,     /* allocation failed */
	E_TOOBIG = -3,    /* a configured ceiling (core/base/limits.h) was reached */
	E_INVAL = -4,     /* malformed input */
	E_IO = -5,        /* read/write/poll failed; errno has the cause */
	E_EOF = -6,       /* peer closed */
	E_DENIED = -7,    /* refused by the guard or the policy */
	E_DB = -8,        /* the database reported an error or is unreachable */
	E_TIMEOUT = -9,   /* a deadline passed */
	E_CANCELLED = -10,/* the request was cancelled */
	E_CONFIG = -11,   /* bad configuration */
	E_INTERNAL = -12, /* a bug: an invariant did not hold */
};

/* The one size for an error message buffer (char err[ERR_MSG_BYTES]) handed to a function that
 * explains a failure: room for a file:line:column, a quoted input excerpt and what to do. */
#define ERR_MSG_BYTES 1024

/* err_str: a static string for any value of enum err (unknown values included). */
const char *err_str(int err);

/* Process exit codes (docs and --help list them). */
enum exit_code {
	EXIT_OK_ = 0,
	EXIT_FAILED = 1,      /* the check or query failed (e.g. SQL rejected) */
	EXIT_USAGE = 2,       /* bad command line */
	EXIT_CONFIG = 3,      /* bad configuration (environment, policy file) */
	EXIT_DB = 4,          /* database unreachable */
	EXIT_SYSTEM = 111,    /* system error (out of memory, I/O) */
};

#endif
