/* The SQL guard: parses one statement with libpg_query, walks every node of the tree and
 * decides whether it may run under the read-only safety contract and the policy; when it may,
 * rewrites it on the tree (row limit, row filters) and deparses it. Every path a statement
 * takes (stdio, HTTP, tunnel, CLI) calls sqlg_check; there is no other way to the database.
 * docs/SECURITY.md states the contract for users. */
#ifndef MCPDB_SQLGUARD_H
#define MCPDB_SQLGUARD_H

#include <stddef.h>

#include "base/err.h"
#include "gov/policy.h"

/* Looks up a user-defined function (not in pg_catalog) when a database is connected: schema
 * may be NULL (unqualified: the role's real search path decides). Returns the highest
 * volatility over every overload of that schema.name ('i', 's', 'v'), or 0 when there is no
 * such function; sets *schema_out to the schema it resolved to and *extension_out to the
 * owning extension (NULL when none). The strings stay valid for the check. */
typedef char (*sqlg_resolve_fn)(void *ctx, const char *schema, const char *name,
    const char **schema_out, const char **extension_out);

/* The schema an unqualified relation name resolves to under the role's real search path
 * (pg_catalog included), or NULL when none of its schemas has it. */
typedef const char *(*sqlg_resolve_relation_fn)(void *ctx, const char *name);

/* User-defined functions one statement may call (each is rechecked when it runs). */
#define SQLG_MAX_USER_FUNCTIONS 16

struct sqlg_options {
	long max_rows;              /* row limit to enforce (LIMIT max_rows + 1 is written) */
	long max_rows_ceiling;      /* the caller's hard ceiling for max_rows; 0 means
	                               LIMIT_MAX_ROWS_CEILING (the agent); the CLI's streaming
	                               export passes LIMIT_CLI_EXPORT_ROWS */
	int allow_explain_analyze;  /* also settable by the policy; either enables it */
	const struct policy *policy;/* may be NULL: no policy rules */
	sqlg_resolve_fn resolve;    /* may be NULL: unknown non-built-in functions are denied */
	void *resolve_ctx;
	const char *const *search_path; /* NULL-terminated; NULL means {"public", NULL} */
	/* 1: the statement will run with search_path pinned to pg_catalog, pg_temp (the agent and
	 * `mcpdb query` set it in every transaction). Then an unqualified function, operator or
	 * type can only be a built-in, and the rewrite qualifies every unqualified relation with
	 * the schema resolve_relation gives and every allowed user function with its schema. */
	int pinned_search_path;
	sqlg_resolve_relation_fn resolve_relation;  /* with resolve_ctx; may be NULL */
	/* May be NULL; called with resolve_ctx. Whether table (schema NULL: unqualified) has column:
	 * 1 yes, 0 no, -1 unknown. Used where `t.f` could be a column or the whole-row call
	 * f(t) (e.g. `c.name` vs name(c)) on a table with masked or denied columns. */
	int (*column_exists)(void *ctx, const char *schema, const char *table, const char *column);
	/* 1: also compute sqlg_result.fingerprint. Default 0: no fingerprint (it costs a second
	 * full parse, a sixth of a check); `mcpdb check` and the agent's audit log set it. */
	int want_fingerprint;
};

struct sqlg_list {
	char **items;
	size_t n;
};

struct sqlg_result {
	int allowed;                /* 1: may run `rewritten`; 0: rejected, see code/reason */
	const char *code;           /* stable code: "multiple_statements", "not_read_only",
	                               "function_denied", "table_denied", "column_denied",
	                               "parse_error", "too_large", "too_deep", ... (static) */
	char *reason;               /* one sentence for the model: what was wrong, what to do */
	int cursor;                 /* parse_error: 1-based position in the SQL, else 0 */
	char *rewritten;            /* the SQL to execute (allowed only) */
	char *fingerprint;          /* libpg_query fingerprint, hex (also for rejected, if parsed);
	                               NULL unless opt->want_fingerprint */
	int is_explain;             /* the root is EXPLAIN */
	int limit_applied;          /* the rewrite added or tightened a LIMIT */
	struct sqlg_list relations; /* "schema.table" or "table" as written, deduplicated */
	struct sqlg_list columns;   /* "table.column" referenced, deduplicated */
	struct sqlg_list functions; /* function names called, deduplicated */
	struct sqlg_list masked;    /* output columns that will be masked ("table.column") */
	struct sqlg_list user_functions; /* "schema.name" of the user-defined functions the verdict
	                               allowed (judged from catalog facts: recheck when running) */
};

/* sqlg_check: judges sql (len bytes; need not be NUL-terminated; embedded NULs reject).
 * Fills *out (which the caller owns and releases with sqlg_result_free, allowed or not).
 * Returns 0 when a verdict was reached (allowed or rejected: see out->allowed), E_NOMEM or
 * E_INTERNAL when no verdict could be reached (treat as rejected). */
MUST_CHECK int sqlg_check(const char *sql, size_t len, const struct sqlg_options *opt,
    struct sqlg_result *out);

/* sqlg_check_row_filter: validates a policy row filter (a boolean SQL expression over the
 * table's columns) at load time: it must parse as one expression and pass the guard (no
 * volatile or denied functions, no denied catalogs). 0, or E_INVAL/E_DENIED with a message
 * in err (errlen bytes), or E_NOMEM. The YAML loader calls this for every row_filter. */
MUST_CHECK int sqlg_check_row_filter(const char *expr, char *err, size_t errlen);

/* sqlg_result_free: releases what sqlg_check put in r and zeroes it; safe on a zeroed r. */
void sqlg_result_free(struct sqlg_result *r);

#endif
