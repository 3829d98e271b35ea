/* Runtime configuration shared by mcpdb-agent and the mcpdb CLI: read from the environment
 * (DATABASE_URL, READ_ONLY, MAX_ROWS, QUERY_TIMEOUT, SCHEMAS, MCPDB_POLICY, MCPDB_AUDIT_LOG),
 * then overridden by command-line flags in agent/ or cli/. */
#ifndef MCPDB_CONFIG_H
#define MCPDB_CONFIG_H

#include <stddef.h>

#include "base/err.h"

struct config {
	char *database_url;     /* NULL: libpq's PG* variables and defaults apply */
	int read_only;          /* always 1 today; READ_ONLY=false is refused at start */
	long max_rows;          /* MAX_ROWS, default LIMIT_DEFAULT_MAX_ROWS */
	long query_timeout_ms;  /* QUERY_TIMEOUT, default 10 s */
	char **schemas;         /* SCHEMAS, comma-separated; NULL/0 = all non-system */
	size_t nschemas;
	char *policy_path;      /* MCPDB_POLICY */
	char *audit_log_path;   /* MCPDB_AUDIT_LOG */
	int pool_size;          /* database connections, default LIMIT_POOL_SIZE */
	size_t result_bytes;    /* MCPDB_RESULT_BYTES: the query result cap, default LIMIT_RESULT_BYTES */
};

/* config_from_env: fills c from the environment. On a bad value returns E_CONFIG with a
 * message naming the variable and the expected form in err. Free with config_clear. */
MUST_CHECK int config_from_env(struct config *c, char *err, size_t errlen);

/* config_set: applies one setting by its environment-variable name (used for flags too, e.g.
 * --max-rows sets "MAX_ROWS"). E_CONFIG with a message in err on a bad value. */
MUST_CHECK int config_set(struct config *c, const char *name, const char *value, char *err, size_t errlen);

/* config_parse_duration_ms: "500ms", "10s", "2m", or plain seconds "10" -> ms; -1 if invalid. */
long config_parse_duration_ms(const char *s);

/* config_clear: frees what c owns and zeroes it; safe on a zeroed struct. */
void config_clear(struct config *c);

#endif
