/* The pool's catalog caches (core/db/pgx.h): user-defined functions with their volatility and
 * extension, and the role's search path with the relations of its schemas, for the SQL guard's
 * resolve callbacks; user-defined type names, for result columns. Loaded by one connection at
 * connect (PGX_SQL_*), again after the database restarted, and when a lookup misses (something
 * was created since: the next setup reloads). The guard never trusts the function facts across
 * calls: every statement that uses a user function rechecks it in its own pipeline (pgx.c). */
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/log.h"
#include "db/pgx_impl.h"
#include "db/values.h"

static int
cmp_func(const void *a, const void *b)
{
	return strcmp(((const struct ufunc *)a)->name, ((const struct ufunc *)b)->name);
}

static int
cmp_rel(const void *a, const void *b)
{
	const struct urel *x = a, *y = b;
	int d = strcmp(x->name, y->name);

	return d != 0 ? d : (x->rank > y->rank) - (x->rank < y->rank);
}

static void
free_funcs(struct ufunc *f, size_t n)
{
	for (size_t i = 0; f != NULL && i < n; i++) {
		free(f[i].schema);
		free(f[i].name);
		free(f[i].extension);
	}
	free(f);
}

static void
free_path(struct pgx *p)
{
	for (size_t i = 0; i < p->nrels; i++)
		free(p->rels[i].name);
	free(p->rels);
	p->rels = NULL;
	p->nrels = 0;
	for (size_t i = 0; i < p->nsearch_path; i++)
		free(p->search_path[i]);
	free(p->search_path);
	p->search_path = NULL;
	p->nsearch_path = 0;
}

static int
cmp_type(const void *a, const void *b)
{
	Oid x = ((const struct utype *)a)->oid, y = ((const struct utype *)b)->oid;

	return x < y ? -1 : x > y;
}

void
pgx_catalog_free(struct pgx *p)
{
	free_funcs(p->funcs, p->nfuncs);
	p->funcs = NULL;
	p->nfuncs = 0;
	free_path(p);
	for (size_t i = 0; i < p->ntypes; i++)
		free(p->types[i].name);
	free(p->types);
	p->types = NULL;
	p->ntypes = 0;
}

const char PGX_SQL_USER_FUNCTIONS[] =
    "SELECT n.nspname, p.proname, p.pronargs, p.provolatile, e.extname FROM pg_catalog.pg_proc p "
    "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
    "LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
    "AND d.objid = p.oid AND d.deptype = 'e' "
    "LEFT JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid "
    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') LIMIT 50000";
/* The schemas the role's search path really has (current_schemas(true): "$user" expanded,
 * pg_catalog where it is searched, missing schemas left out; temporary schemas are left out,
 * mcpdb creates no temporary objects) and the relations in them, one row per relation (a
 * NULL relname for an empty schema). */
const char PGX_SQL_SEARCH_PATH[] =
    "SELECT s.pos, s.nsp, c.relname FROM pg_catalog.unnest(pg_catalog.current_schemas(true)) "
    "WITH ORDINALITY AS s(nsp, pos) JOIN pg_catalog.pg_namespace n ON n.nspname = s.nsp "
    "LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
    "WHERE s.nsp !~ '^pg_temp_' ORDER BY s.pos LIMIT 100000";
const char PGX_SQL_USER_TYPES[] =
    "SELECT t.oid, pg_catalog.format_type(t.oid, NULL) FROM pg_catalog.pg_type t "
    "WHERE t.oid >= 16384 LIMIT 50000";

void
pgx_catalog_load_funcs(struct pgx *p, const PGresult *res)
{
	int n = PQntuples(res);
	struct ufunc *f;

	if (PQnfields(res) != 5 || n > LIMIT_USER_FUNCTIONS || (f = calloc((size_t)n + 1, sizeof(*f))) == NULL)
		return;
	for (int i = 0; i < n; i++) {
		f[i].schema = strdup(PQgetvalue(res, i, 0));
		f[i].name = strdup(PQgetvalue(res, i, 1));
		f[i].nargs = atoi(PQgetvalue(res, i, 2));
		f[i].volatility = PQgetvalue(res, i, 3)[0];
		if (!PQgetisnull(res, i, 4) && (f[i].extension = strdup(PQgetvalue(res, i, 4))) == NULL) {
			free_funcs(f, (size_t)i + 1);
			return;
		}
		if (f[i].schema == NULL || f[i].name == NULL) {
			free_funcs(f, (size_t)i + 1);
			return;
		}
	}
	qsort(f, (size_t)n, sizeof(*f), cmp_func);
	free_funcs(p->funcs, p->nfuncs);
	p->funcs = f;
	p->nfuncs = (size_t)n;
}

void
pgx_catalog_load_path(struct pgx *p, const PGresult *res)
{
	int n = PQntuples(res);
	struct urel *rels;
	char **path;
	size_t nrels = 0, npath = 0;

	if (PQnfields(res) != 3 || n > 2 * LIMIT_USER_TYPES)
		return;
	rels = calloc((size_t)n + 1, sizeof(*rels));
	path = calloc((size_t)n + 1, sizeof(*path));
	if (rels == NULL || path == NULL)
		goto fail;
	for (int i = 0; i < n; i++) {
		const char *nsp = PQgetvalue(res, i, 1);
		if (npath == 0 || strcmp(path[npath - 1], nsp) != 0) {  /* rows come by schema */
			if ((path[npath] = strdup(nsp)) == NULL)
				goto fail;
			npath++;
		}
		if (PQgetisnull(res, i, 2))
			continue;
		if ((rels[nrels].name = strdup(PQgetvalue(res, i, 2))) == NULL)
			goto fail;
		rels[nrels++].rank = (int)npath - 1;
	}
	qsort(rels, nrels, sizeof(*rels), cmp_rel);
	free_path(p);
	p->rels = rels;
	p->nrels = nrels;
	p->search_path = path;
	p->nsearch_path = npath;
	return;
fail:
	for (size_t i = 0; rels != NULL && i < nrels; i++)
		free(rels[i].name);
	for (size_t i = 0; path != NULL && i < npath; i++)
		free(path[i]);
	free(rels);
	free(path);
}

void
pgx_catalog_load_types(struct pgx *p, const PGresult *res)
{
	int n = PQntuples(res);
	struct utype *t;

	if (PQnfields(res) != 2 || n > LIMIT_USER_TYPES || (t = calloc((size_t)n + 1, sizeof(*t))) == NULL)
		return;
	for (int i = 0; i < n; i++) {
		t[i].oid = (Oid)strtoul(PQgetvalue(res, i, 0), NULL, 10);
		if ((t[i].name = strdup(PQgetvalue(res, i, 1))) == NULL) {
			for (int j = 0; j < i; j++)
				free(t[j].name);
			free(t);
			return;
		}
	}
	qsort(t, (size_t)n, sizeof(*t), cmp_type);
	for (size_t i = 0; i < p->ntypes; i++)
		free(p->types[i].name);
	free(p->types);
	p->types = t;
	p->ntypes = (size_t)n;
}

static int
vol_rank(char v)
{
	return v == 'v' ? 3 : v == 's' ? 2 : v == 'i' ? 1 : 0;
}

char
pgx_resolve(void *ctx, const char *schema, const char *name, const char **schema_out,
    const char **extension_out)
{
	struct pgx *p = ctx;
	struct ufunc key = {NULL, (char *)name, 0, 0, NULL};
	struct ufunc *hit;
	size_t lo, hi;
	char best = 0;
	const char *where = schema;

	*schema_out = NULL;
	*extension_out = NULL;
	if (p == NULL || name == NULL || p->nfuncs == 0)
		goto miss;
	hit = bsearch(&key, p->funcs, p->nfuncs, sizeof(*p->funcs), cmp_func);
	if (hit == NULL)
		goto miss;
	lo = hi = (size_t)(hit - p->funcs);
	while (lo > 0 && strcmp(p->funcs[lo - 1].name, name) == 0)
		lo--;
	while (hi + 1 < p->nfuncs && strcmp(p->funcs[hi + 1].name, name) == 0)
		hi++;
	/* Unqualified: the first schema of the role's search path that has a function of this
	 * name (the statement runs with the name qualified by it, so that is the one judged). */
	for (size_t k = 0; where == NULL && k < p->nsearch_path; k++)
		for (size_t i = lo; i <= hi && where == NULL; i++)
			if (strcmp(p->funcs[i].schema, p->search_path[k]) == 0)
				where = p->search_path[k];
	if (where == NULL)
		goto miss;
	/* Every overload counts: argument defaults, VARIADIC and implicit casts decide which one
	 * PostgreSQL calls, and the argument count cannot (ov(text, int DEFAULT 0) VOLATILE beside
	 * ov(int) STABLE). */
	for (size_t i = lo; i <= hi; i++) {
		const struct ufunc *f = &p->funcs[i];

		if (strcmp(f->schema, where) != 0)
			continue;
		if (vol_rank(f->volatility) > vol_rank(best))
			best = f->volatility;
		*schema_out = f->schema;
		if (f->extension != NULL)
			*extension_out = f->extension;
	}
	if (best != 0)
		return best;
miss:
	*schema_out = NULL;
	*extension_out = NULL;
	if (p != NULL)
		p->cache_stale = 1;
	return 0;
}

const char *
pgx_resolve_relation(void *ctx, const char *name)
{
	struct pgx *p = ctx;
	size_t l = 0, h;

	if (p == NULL || name == NULL)
		return NULL;
	/* the first entry of the name (lowest rank: the schema searched first) */
	h = p->nrels;
	while (l < h) {
		size_t m = l + (h - l) / 2;
		if (strcmp(p->rels[m].name, name) < 0)
			l = m + 1;
		else
			h = m;
	}
	if (l >= p->nrels || strcmp(p->rels[l].name, name) != 0) {
		p->cache_stale = 1;  /* created since the last load, or no such relation */
		return NULL;
	}
	if ((size_t)p->rels[l].rank >= p->nsearch_path)
		return NULL;
	return p->search_path[p->rels[l].rank];
}

const char *const *
pgx_search_path(const struct pgx *p)
{
	return p != NULL && p->nsearch_path > 0 ? (const char *const *)p->search_path : NULL;
}

const char *
pgx_type_name(struct pgx *p, Oid type)
{
	const char *builtin = values_type_name(type);
	struct utype key = {type, NULL}, *hit;

	if (builtin != NULL)
		return builtin;
	if (p == NULL)
		return NULL;
	hit = p->ntypes ? bsearch(&key, p->types, p->ntypes, sizeof(*p->types), cmp_type) : NULL;
	if (hit != NULL)
		return hit->name;
	p->cache_stale = 1;
	return NULL;
}

const char PGX_SQL_ROLE_WRITES[] =
    "SELECT current_user, r.rolsuper, (SELECT count(*) FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') "
    "AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' "
    "AND (pg_catalog.has_table_privilege(c.oid, 'INSERT') OR pg_catalog.has_table_privilege(c.oid, 'UPDATE') "
    "OR pg_catalog.has_table_privilege(c.oid, 'DELETE') OR pg_catalog.has_table_privilege(c.oid, 'TRUNCATE'))) "
    "FROM pg_catalog.pg_roles r WHERE r.rolname = current_user";

void
pgx_catalog_check_role(const PGresult *res)
{
	const char *super, *tables;

	if (PQntuples(res) != 1 || PQnfields(res) != 3)
		return;
	super = PQgetvalue(res, 0, 1);
	tables = PQgetvalue(res, 0, 2);
	if (strcmp(super, "t") == 0)
		log_warn("the database role '%s' is a superuser: mcpdb runs only read-only statements, but a "
		    "read-only role is the strongest protection (see mcpdb doctor)", PQgetvalue(res, 0, 0));
	else if (strcmp(tables, "0") != 0)
		log_warn("the database role '%s' can write to %s tables: mcpdb runs only read-only statements, but "
		    "a read-only role is the strongest protection (see mcpdb doctor)", PQgetvalue(res, 0, 0), tables);
}
