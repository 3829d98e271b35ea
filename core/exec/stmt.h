/* The statement pipeline: the one way a user's SQL runs, for the agent's query and explain
 * tools and for `mcpdb query`. It waits for the pool's catalog caches, judges the statement
 * with the SQL guard (nothing reaches the database otherwise), runs [the mask lookup and] the
 * guard's rewrite through the pool, and hands each row to a sink with the policy's masks
 * applied (by result-column lineage), long cells cut at LIMIT_CELL_BYTES and the row cap
 * enforced. The sink only renders: JSON for the agent, table/CSV/JSON for the CLI. */
#ifndef MCPDB_STMT_H
#define MCPDB_STMT_H

#include <stddef.h>

#include <libpq-fe.h>

#include "base/err.h"
#include "db/pgx.h"
#include "gov/policy.h"
#include "guard/sqlguard.h"

struct stmt;

/* A result column. type_name is the built-in or catalog name ("oid N" when unknown); masked
 * columns carry their rule's "table.column". */
struct stmt_col {
	const char *name;
	Oid type;
	int typmod;
	const char *type_name;
	const char *masked;          /* NULL: not masked */
};

/* A cell as the sink must show it: masked and cut cells are text (as_text 1), whatever the
 * column's type; a masker that failed gives NULL (never the stored value). */
struct stmt_cell {
	const char *data;            /* NULL when is_null */
	size_t len;
	int is_null;
	int as_text;
};

struct stmt_sink {
	/* begin: the columns, once, before the first row (not called without a result set).
	 * 0, or an error (E_NOMEM, E_IO, ...) that stops the statement. */
	int (*begin)(void *arg, const struct stmt_col *cols, int ncols);
	/* row: one row of ncols cells. 0: taken; 1: not taken and stop (the sink's own cap);
	 * an error (< 0) stops the statement. */
	int (*row)(void *arg, const struct stmt_cell *cells);
	void *arg;
};

struct stmt_options {
	struct pgx *pgx;
	const struct policy *policy;      /* may be NULL */
	long max_rows;                    /* rows given to the sink at most; the guard's LIMIT */
	long max_rows_ceiling;            /* sqlg_options.max_rows_ceiling */
	int allow_explain_analyze;
	int want_fingerprint;             /* the audit line uses it */
	int whole_cells;                  /* explain's plan: no cell cap */
	int nparams;
	const char *const *params;        /* $1.. as text (NULL entries: SQL NULL); copied */
	long timeout_ms;                  /* 0: the configuration's QUERY_TIMEOUT */
};

/* Where the statement stopped. */
enum stmt_stage {
	STMT_DONE = 0,        /* ran; see rows, truncated, cells_cut, mask_failed */
	STMT_UNREACHABLE,     /* the database could not be reached (message) */
	STMT_REJECTED,        /* the guard said no (guard: code, reason, cursor) */
	STMT_GUARD_ERROR,     /* no verdict (rc: E_NOMEM, E_INTERNAL): it was not run */
	STMT_DB_ERROR,        /* the database failed it (rc E_DB or E_TIMEOUT, message, err) */
	STMT_SINK_ERROR,      /* the sink or the pipeline failed (rc: E_NOMEM, E_IO, ...) */
};

struct stmt_outcome {
	enum stmt_stage stage;
	int rc;
	const char *message;              /* UNREACHABLE, DB_ERROR */
	const PGresult *err;              /* DB_ERROR: SQLSTATE, detail, hint, position */
	long rows;                        /* rows the sink took */
	int truncated;                    /* max_rows stopped it */
	long cells_cut;
	int mask_failed;
	int began;                        /* the sink's begin was called */
};

/* Called exactly once (unless stmt_free came first), from the loop or from stmt_start. The
 * outcome is valid during the call; the callee may stmt_free the statement inside it. */
typedef void (*stmt_done_fn)(void *arg, const struct stmt_outcome *o);

/* stmt_start: run sql (len bytes, copied) with o and sink (copied). 0 and *out, or E_NOMEM
 * (then no callback). done may be called before stmt_start returns. */
MUST_CHECK int stmt_start(const char *sql, size_t len, const struct stmt_options *o,
    const struct stmt_sink *sink, stmt_done_fn done, void *arg, struct stmt **out);

/* stmt_guard_result: the guard's verdict (fingerprint, masked columns, rewritten SQL for
 * error positions); zeroed until the guard has run. Lives as long as the statement. */
const struct sqlg_result *stmt_guard_result(const struct stmt *s);

/* stmt_free: cancels what is still running (no callback) and frees; NULL is fine. */
void stmt_free(struct stmt *s);

#endif
