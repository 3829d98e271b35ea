/* The governance policy: which schemas, tables and columns the model may see, what is masked,
 * row filters, and per-principal limits. The data structure lives here so the SQL guard, the
 * pipeline, the CLI and the YAML loader share one definition; loading (YAML, strict
 * validation with file:line:column messages) is in policy_yaml.c.
 *
 * Names are stored as PostgreSQL would fold them (unquoted identifiers lower-cased). A table
 * entry's schema is NULL when the policy named it without one: it then matches that table name
 * in any schema. */
#ifndef MCPDB_POLICY_H
#define MCPDB_POLICY_H

#include <stddef.h>

#include "base/err.h"

enum mask_kind {
	MASK_NONE = 0,
	MASK_FIXED,   /* a fixed string given in the policy */
	MASK_EMAIL,   /* a***@example.com: first letter and domain kept */
	MASK_LAST4,   /* ****1234 */
	MASK_HASH,    /* hex HMAC-SHA256 with the policy's key: equal inputs, equal outputs */
	MASK_NULL,    /* null */
	MASK_REDACT,  /* "[redacted]" */
};

struct policy_column {
	char *name;
	int deny;             /* any reference rejects the statement */
	enum mask_kind mask;  /* MASK_NONE when not masked */
	char *mask_fixed;     /* MASK_FIXED's replacement text */
};

struct policy_table {
	char *schema;         /* NULL: any schema */
	char *name;
	struct policy_column *columns;
	size_t ncolumns;
	char *row_filter;     /* SQL boolean expression, or NULL */
};

struct policy {
	char **schemas;       /* allowlist; nschemas == 0 means every non-system schema */
	size_t nschemas;
	char **allow_tables;  /* "name" or "schema.name"; nallow_tables == 0 means all */
	size_t nallow_tables;
	char **deny_tables;
	size_t ndeny_tables;
	char **allow_functions;        /* "schema.name" of user-defined functions the guard may
	                                  allow (all overloads; VOLATILE ones stay denied) */
	size_t nallow_functions;
	char **allow_extensions;       /* extensions whose functions count as allowed */
	size_t nallow_extensions;
	struct policy_table *tables;
	size_t ntables;
	long max_rows_per_query;       /* 0: not set (MAX_ROWS applies) */
	long max_queries_per_minute;   /* 0: unlimited */
	long max_concurrent_queries;   /* 0: the pool size */
	int allow_explain_analyze;     /* EXPLAIN ANALYZE runs the statement: off by default */
	unsigned char hash_key[32];    /* for MASK_HASH, read from hash_key_file */
	size_t hash_key_len;
	char *source;                  /* the file it came from, for messages (may be NULL) */
};

/* policy_new: an empty policy (everything visible, nothing masked). NULL on allocation failure. */
struct policy *policy_new(void);

/* policy_free: frees p and everything it owns (wipes the hash key); NULL is fine. */
void policy_free(struct policy *p);

/* policy_find_table: the rule for schema.name (schema may be NULL: match on name only), or
 * NULL. An entry with a schema wins over a schema-less one. */
const struct policy_table *policy_find_table(const struct policy *p, const char *schema, const char *name);

/* policy_find_column: the column rule of t, or NULL. */
const struct policy_column *policy_find_column(const struct policy_table *t, const char *column);

/* policy_table_visible: 0 when schema.name is allowed, else E_DENIED (deny list, allow list,
 * schema allowlist). schema may be NULL when unknown (then only name-based rules apply). */
MUST_CHECK int policy_table_visible(const struct policy *p, const char *schema, const char *name);

#endif
