/* Internals shared by pgx.c (connections, requests) and pgx_catalog.c (catalog caches). Not
 * for use outside these two files. */
#ifndef MCPDB_PGX_IMPL_H
#define MCPDB_PGX_IMPL_H

#include "db/pgx.h"

struct conn;

struct ufunc {
	char *schema, *name;
	int nargs;
	char volatility;
	char *extension;            /* NULL when no extension owns it */
};

/* A relation of the role's search path; rank is its schema's place in the path. */
struct urel {
	char *name;
	int rank;
};

struct utype {
	Oid oid;
	char *name;
};

struct pgx {
	struct loop *loop;
	const struct config *cfg;
	struct conn *conns;
	int nconns;
	struct pgx_req *queue_head, *queue_tail;
	size_t queue_len;
	char last_error[512];
	struct ufunc *funcs;
	size_t nfuncs;
	struct utype *types;
	size_t ntypes;
	struct urel *rels;          /* sorted by name, then rank */
	size_t nrels;
	char **search_path;         /* the role's effective search path, NULL-terminated */
	size_t nsearch_path;
	int cache_stale, cache_loading, cache_loaded;
	int role_checked;
	struct pgx_waiter *waiters;
	int64_t cache_retry_at;
	unsigned long cancels;
};

/* The setup queries of a connection (run when the caches are stale). */
extern const char PGX_SQL_USER_FUNCTIONS[];
extern const char PGX_SQL_USER_TYPES[];
extern const char PGX_SQL_SEARCH_PATH[];
/* Once per process: can the role write? (DESIGN.md, safety layer 5: warn loudly.) */
extern const char PGX_SQL_ROLE_WRITES[];

/* pgx_catalog_load_funcs / _types: replace a cache with the rows of its setup query (the old
 * cache stays when res is malformed, over its ceiling, or memory runs out). */
void pgx_catalog_load_funcs(struct pgx *p, const PGresult *res);
void pgx_catalog_load_types(struct pgx *p, const PGresult *res);
/* pgx_catalog_load_path: the role's search path and the relations of its schemas. */
void pgx_catalog_load_path(struct pgx *p, const PGresult *res);
/* pgx_catalog_check_role: logs a warning when the role of PGX_SQL_ROLE_WRITES's result can write. */
void pgx_catalog_check_role(const PGresult *res);
/* pgx_catalog_free: frees the caches. */
void pgx_catalog_free(struct pgx *p);

#endif
