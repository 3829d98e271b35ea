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
 * says so. An answer holds the result about four times at its peak (structuredContent, the
 * text block, the serialised message, the output queue): 2 MiB keeps the agent's peak RSS
 * under the 16 MB target, and is already ~500k tokens, more than a model can read. */
#define LIMIT_RESULT_BYTES (2u << 20)
#define LIMIT_CELL_BYTES (64u << 10)
/* MCPDB_RESULT_BYTES may move the result cap within these (the benchmark raises it for its
 * 10,000 wide rows; the agent holds a result about twice at its peak, see tools_query.c). */
#define LIMIT_RESULT_BYTES_MIN (64u << 10)
#define LIMIT_RESULT_BYTES_MAX (64u << 20)
/* The ceiling of the one-pass writer's buffer for one result (core/db/values_write.c): the
 * cell bytes counted against the result cap can grow at most 6x when escaped (\u00XX), plus
 * the columns, separators and notes. Reaching it cuts the result like the byte cap. */
#define LIMIT_RESULT_JSON_BYTES(cap) (6u * (size_t)(cap) + (1u << 20))

/* Governance (policy_yaml.c, mask.c, audit.c, ratelimit.c). A policy naming hundreds of tables
 * is < 100 KB; 1 MiB and 100k YAML nodes bound a hostile file. Nesting is 5 deep in the format.
 * IDENT: PostgreSQL's NAMEDATALEN-1; a longer policy name could never match. HASH_KEY_FILE:
 * a key is 32 random bytes, maybe base64 or hex; 4 KiB refuses a wrong file. AUDIT_LINE: one
 * record holds the SQL and its normalized form (64 KiB each, JSON-escaped up to 6x).
 * RATE_PRINCIPALS: buckets kept at once (idle ones are evicted first). */
#define LIMIT_POLICY_BYTES (1u << 20)
#define LIMIT_POLICY_NODES 100000
#define LIMIT_POLICY_DEPTH 16
#define LIMIT_IDENT_BYTES 63
#define LIMIT_HASH_KEY_FILE_BYTES 4096
#define LIMIT_AUDIT_LINE_BYTES (1u << 20)
#define LIMIT_RATE_PRINCIPALS 1024

/* CLI `--format table` holds this many bytes of rows to size its columns like psql; later rows
 * print with those widths (cut with a marker), so a big result never grows memory further. */
#define LIMIT_FORMAT_HOLD_BYTES (8u << 20)

/* Rows `mcpdb query` writes at most (--max-rows 0 means this). Its output streams in bounded
 * memory (ndjson/csv hold one chunk of rows), so the ceiling only bounds how long an export
 * may run; the CLI passes it to the guard as sqlg_options.max_rows_ceiling. */
#define LIMIT_CLI_EXPORT_ROWS 10000000L

/* Requests in flight at once on one connection, and database connections in the pool. */
#define LIMIT_INFLIGHT 64
#define LIMIT_POOL_SIZE 4

/* Answers queued for a client that does not read (stdio, later per stream). Above the pause
 * mark we stop reading new requests (backpressure); an answer that would pass the hard cap is
 * replaced by a short error, so a stalled reader cannot make us buffer without bound. A
 * full-size result (LIMIT_RESULT_BYTES of rows, about twice that as a message with the text
 * block) fits many times under the cap. */
#define LIMIT_OUTPUT_PAUSE_BYTES (1u << 20)
#define LIMIT_OUTPUT_QUEUE_BYTES (40u << 20)

/* File descriptors one loop watches: stdio, the pool, the signal pipe, later tunnel/HTTP
 * sockets. poll(2) is linear in this; 256 is far above any real use of one agent. */
#define LIMIT_LOOP_FDS 256

/* Timers armed at once on one loop: a few per call in flight and per connection; the cap turns
 * a leak into an error instead of a growing heap. */
#define LIMIT_LOOP_TIMERS 4096

/* Bytes read(2) asks for at once from a transport; the line buffer grows from here up to
 * LIMIT_MESSAGE_BYTES only while one message is longer than what it holds. */
#define LIMIT_READ_CHUNK (64u << 10)

/* After stdin EOF, how long completed answers may take to drain to stdout before we exit. */
#define LIMIT_EOF_FLUSH_MS 5000

/* Database layer (config.c, pgx.c, tools*.c). POOL_SIZE_MAX: each connection is a backend
 * process on the server; 32 is plenty for one agent. QUERY_TIMEOUT_MAX: an hour is longer than
 * any interactive question should take. SCHEMAS: the allowlist is typed by a person. */
#define LIMIT_POOL_SIZE_MAX 32
#define LIMIT_QUERY_TIMEOUT_MAX_MS (3600L * 1000)
#define LIMIT_SCHEMAS 256
/* Reconnect backoff: starts at MIN, doubles up to MAX, so a restarted database is picked up
 * within seconds without hammering one that is down. */
#define LIMIT_RECONNECT_MIN_MS 100
#define LIMIT_RECONNECT_MAX_MS 5000
/* Connect attempt deadline (libpq connect_timeout is whole seconds and blocking-only). */
#define LIMIT_CONNECT_TIMEOUT_MS 5000
/* Calls waiting for a free connection; beyond this a call fails at once ("busy"). */
#define LIMIT_PGX_QUEUE 256
/* Catalog caches loaded at connect: user-defined functions (for the guard's volatility
 * resolve) and user-defined type names (for column types); larger catalogs are cut here. */
#define LIMIT_USER_FUNCTIONS 50000
#define LIMIT_USER_TYPES 50000
/* Parameters of one query call ($1..$n); PostgreSQL's own limit is 65535. */
#define LIMIT_QUERY_PARAMS 256
/* Rows fetched per chunk while a result streams (PQsetChunkedRowsMode). */
#define LIMIT_FETCH_CHUNK_ROWS 1000
/* Catalog tools: entries listed by list_schemas/list_tables (a model cannot use more, and
 * each costs tokens), foreign keys read by find_relationships, its join paths and hops. */
#define LIMIT_CATALOG_ROWS 1000
#define LIMIT_FK_EDGES 10000
#define LIMIT_JOIN_PATHS 100
#define LIMIT_JOIN_HOPS 3

#endif
