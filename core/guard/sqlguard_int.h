/* Internals shared by the SQL guard's files (not for other modules): the per-check context,
 * the reflective child iterator over libpg_query's protobuf-c tree, and the entry points of
 * the walker (sqlguard_walk.c), function rules (sqlguard_func.c), names/policy/masking
 * (sqlguard_names.c) and rewrite (sqlguard_rewrite.c). */
#ifndef MCPDB_SQLGUARD_INT_H
#define MCPDB_SQLGUARD_INT_H

#include <stddef.h>

#include <pg_query.pb-c.h>
#include <protobuf-c/protobuf-c.h>

#include "guard/sqlguard.h"

struct sqlg_block;

/* A table reference that the row-filter rewrite must wrap: the Node slot holding the
 * RangeVar and the policy table whose filter applies. */
struct sqlg_filter_site {
	PgQuery__Node **slot;
	const struct policy_table *table;
};

struct sqlg_ctx {
	const struct sqlg_options *opt;
	const struct policy *policy;       /* opt->policy, may be NULL */
	struct sqlg_result *res;
	const char *const *search_path;    /* never NULL */
	int rejected;                      /* a verdict "rejected" was recorded (first one wins) */
	int failed;                        /* E_NOMEM/E_INTERNAL: no verdict */
	long nodes;                        /* messages visited by the walker */
	long ctes;
	long range_vars_walked, range_vars_named;   /* cross-check between walker and names pass */
	long column_refs_walked, column_refs_named;
	struct sqlg_filter_site *filters;
	size_t nfilters, capfilters;
	struct sqlg_block *blocks;         /* the check's arena (sqlg_alloc), newest first */
	size_t used;                       /* bytes used in blocks (the newest) */
	ProtobufCAllocator pba;            /* the arena for protobuf-c: the unpacked tree */
};

/* Records a rejection (the first one wins) with a stable code and a printf-style reason.
 * Returns -1 so callers can `return sqlg_reject(...)`. */
int sqlg_reject(struct sqlg_ctx *c, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Marks the check as failed for lack of memory; returns -1. */
int sqlg_nomem(struct sqlg_ctx *c);

/* Zeroed memory from the check's arena, released all at once when the check ends (never
 * free() it); NULL (and the context failed) on exhaustion. The unpacked tree, the rewrite's
 * new nodes and all scratch data live there. */
void *sqlg_alloc(struct sqlg_ctx *c, size_t n);
char *sqlg_strdup(struct sqlg_ctx *c, const char *s);

/* Appends s to a deduplicated result list; 0 or -1 (out of memory). */
int sqlg_list_add(struct sqlg_ctx *c, struct sqlg_list *l, const char *s);

/* Calls fn on every direct child message of m (fields of message type, repeated or not,
 * set oneof members). Stops and returns the first non-zero return of fn. */
typedef int (*sqlg_child_fn)(ProtobufCMessage *child, void *arg);
int sqlg_each_child(ProtobufCMessage *m, sqlg_child_fn fn, void *arg);

/* The message held by a Node (NULL if the Node is empty). */
ProtobufCMessage *sqlg_node_inner(const PgQuery__Node *n);

/* A String node's text, or NULL when n is not a String. */
const char *sqlg_node_str(const PgQuery__Node *n);

/* Non-empty protobuf string or NULL. */
static inline const char *
sqlg_s(const char *s)
{
	return (s != NULL && s[0] != '\0') ? s : NULL;
}

/* sqlguard_walk.c: visits every message below root; enforces the node-type allowlist, node
 * count, depth and CTE caps, the function and operator rules, and the statement-level
 * read-only rules (SELECT INTO, locking, data-modifying CTEs). 0 or -1 (verdict recorded). */
int sqlg_walk(struct sqlg_ctx *c, ProtobufCMessage *root);

/* sqlguard_func.c: judges a call of schema.name with nargs arguments (schema may be NULL).
 * how says where it was found ("call", "field notation", ...). 0 or -1 (verdict recorded).
 * *qualify: the schema the rewrite must qualify an unqualified allowed user function with
 * (pinned search_path), else NULL. */
int sqlg_check_function(struct sqlg_ctx *c, const char *schema, const char *name, int nargs,
    const char *how, const char **qualify);

/* sqlguard_resolve.c: puts schema in front of a one-part name list (a function's name in
 * the tree); 0 or -1 (out of memory). */
int sqlg_qualify_names(struct sqlg_ctx *c, PgQuery__Node ***names, size_t *n, const char *schema);

/* sqlguard_resolve.c: with the search_path pinned, qualifies an unqualified relation with the
 * schema of the role's real search path that has it (*schema is set to it); unknown names
 * stay unqualified (PostgreSQL then finds nothing user-defined). 0 or -1. */
int sqlg_qualify_relation(struct sqlg_ctx *c, PgQuery__RangeVar *v, const char **schema);

/* sqlguard_resolve.c: a type name outside pg_catalog/information_schema (a domain whose CHECK
 * runs code, a type with user-defined casts) rejects. 0 or -1. */
int sqlg_check_type(struct sqlg_ctx *c, const PgQuery__TypeName *t);

/* deny_table.c: the reviewed reason why a function of this (bare) name is never allowed, or
 * NULL. sqlg_check_denied rejects with it (full is the name as written); 0 or -1. */
const char *sqlg_denied_reason(const char *name);
int sqlg_check_denied(struct sqlg_ctx *c, const char *full, const char *name);

/* deny_table.c: offset of the first byte of str that is not valid UTF-8, or len. */
size_t sqlg_utf8_invalid_at(const char *str, size_t len);

/* sqlguard_func.c: judges an operator given by its name list (["+"] or ["pg_catalog","+"]). */
int sqlg_check_operator(struct sqlg_ctx *c, PgQuery__Node **name, size_t n);

/* sqlguard_func.c: 1 when a SHOW of this (folded) setting name is allowed. */
int sqlg_show_allowed(const char *name);

/* sqlguard_func.c: 1 when the relation schema.name is in the catalog denylist (schema NULL:
 * an unqualified name, which resolves to pg_catalog first). */
int sqlg_catalog_denied(const char *schema, const char *name);

/* sqlguard_names.c: resolves relations and columns through scopes (CTEs, subqueries, joins,
 * search_path) and applies table, schema, catalog, column-deny and masking rules to the
 * statement rooted at sel. Collects row-filter sites. 0 or -1 (verdict recorded). */
int sqlg_names(struct sqlg_ctx *c, PgQuery__SelectStmt *sel);

/* sqlguard_rewrite.c: injects row filters at the sites found by sqlg_names, then applies the
 * row limit to the statement in root (a Node holding a SelectStmt; NULL: no limit, e.g. for
 * EXPLAIN), replacing it by a wrapping SELECT when needed. Sets res->limit_applied. 0 or -1. */
int sqlg_rewrite(struct sqlg_ctx *c, PgQuery__Node *root, long max_rows);

/* sqlguard_equal.c: 1 when trees a and b are the same apart from source positions. */
int sqlg_tree_equal(const ProtobufCMessage *a, const ProtobufCMessage *b);

#endif
