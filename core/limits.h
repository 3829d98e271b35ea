/* Every ceiling in mcpdb, in one place, with the reason for its value. A buffer or builder is
 * given one of these at init and fails with E_TOOBIG past it; nothing grows without bound. */
#ifndef MCPDB_LIMITS_H
#define MCPDB_LIMITS_H

/* One JSON-RPC message on stdio. The largest legitimate request is a tools/call with SQL
 * (capped below) plus params; 4 MiB leaves room while bounding a hostile 10 MB line. */
#define LIMIT_MESSAGE_BYTES (4u << 20)

/* JSON nesting depth accepted from a peer (yyjson 0.10 has no reader depth limit, so we
 * check it ourselves before parsing). MCP messages nest about 6 deep. */
#define LIMIT_JSON_DEPTH 64

/* Memory for parsing one JSON message (yyjson pool): ~ message size x 6 in the worst case. */
#define LIMIT_JSON_POOL_BYTES (32u << 20)

/* SQL text the guard accepts. Parse and plan cost is not bounded by statement_timeout:
 * 36 KB of chained CTEs ran 32 s and took 0.9 GB on PostgreSQL 15. Analyst SQL is < 16 KB. */
#define LIMIT_SQL_BYTES (64u << 10)

/* Parse-tree bounds checked by the guard before the database sees the statement. */
#define LIMIT_SQL_NODES 20000
#define LIMIT_SQL_DEPTH 200
#define LIMIT_SQL_CTES 50

/* Rows: the default and the hard ceiling for max_rows (MAX_ROWS, the policy, the call). */
#define LIMIT_DEFAULT_MAX_ROWS 100
#define LIMIT_MAX_ROWS_CEILING 100000

/* One result's size in bytes of JSON, and one cell; past these the result is truncated and
 * says so. Keeps a 10,000-row answer well inside the 16 MB peak-RSS target. */
#define LIMIT_RESULT_BYTES (8u << 20)
#define LIMIT_CELL_BYTES (64u << 10)

/* Requests in flight at once on one connection, and database connections in the pool. */
#define LIMIT_INFLIGHT 64
#define LIMIT_POOL_SIZE 4

#endif
