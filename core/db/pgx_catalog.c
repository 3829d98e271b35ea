/* The pool's catalog caches (core/db/pgx.h): user-defined functions with their volatility, for
 * the SQL guard's resolve callback, and user-defined type names, for result columns. Loaded by
 * one connection at connect (PGX_SQL_USER_*), again after the database restarted, and when a
 * lookup misses (something was created since: the next setup reloads). */
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
cmp_type(const void *a, const void *b)
{
	Oid x = ((const struct utype *)a)->oid, y = ((const struct utype *)b)->oid;

	return x < y ? -1 : x > y;
}

void
pgx_catalog_free(struct pgx *p)
{
	for (size_t i = 0; i < p->nfuncs; i++) {
		free(p->funcs[i].schema);
		free(p->funcs[i].name);
	}
	free(p->funcs);
	p->funcs = NULL;
	p->nfuncs = 0;
	for (size_t i = 0; i < p->ntypes; i++)
		free(p->types[i].name);
	free(p->types);
	p->types = NULL;
	p->ntypes = 0;
}

const char PGX_SQL_USER_FUNCTIONS[] =
    "SELECT n.nspname, p.proname, p.pronargs, p.provolatile FROM pg_catalog.pg_proc p "
    "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') LIMIT 50000";
const char PGX_SQL_USER_TYPES[] =
    "SELECT t.oid, pg_catalog.format_type(t.oid, NULL) FROM pg_catalog.pg_type t "
    "WHERE t.oid >= 16384 LIMIT 50000";

void
pgx_catalog_load_funcs(struct pgx *p, const PGresult *res)
{
	int n = PQntuples(res);
	struct ufunc *f;

	if (PQnfields(res) != 4 || n > LIMIT_USER_FUNCTIONS || (f = calloc((size_t)n + 1, sizeof(*f))) == NULL)
		return;
	for (int i = 0; i < n; i++) {
		f[i].schema = strdup(PQgetvalue(res, i, 0));
		f[i].name = strdup(PQgetvalue(res, i, 1));
		f[i].nargs = atoi(PQgetvalue(res, i, 2));
		f[i].volatility = PQgetvalue(res, i, 3)[0];
		if (f[i].schema == NULL || f[i].name == NULL) {
			for (int j = 0; j <= i; j++) {
				free(f[j].schema);
				free(f[j].name);
			}
			free(f);
			return;
		}
	}
	qsort(f, (size_t)n, sizeof(*f), cmp_func);
	for (size_t i = 0; i < p->nfuncs; i++) {
		free(p->funcs[i].schema);
		free(p->funcs[i].name);
	}
	free(p->funcs);
	p->funcs = f;
	p->nfuncs = (size_t)n;
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
pgx_resolve(void *ctx, const char *schema, const char *name, int nargs)
{
	struct pgx *p = ctx;
	struct ufunc key = {NULL, (char *)name, 0, 0};
	struct ufunc *hit;
	size_t lo, hi;
	char best_exact = 0, best_any = 0;

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
	for (size_t i = lo; i <= hi; i++) {
		const struct ufunc *f = &p->funcs[i];

		if (schema != NULL && strcmp(f->schema, schema) != 0)
			continue;
		if (vol_rank(f->volatility) > vol_rank(best_any))
			best_any = f->volatility;
		if (f->nargs == nargs && vol_rank(f->volatility) > vol_rank(best_exact))
			best_exact = f->volatility;
	}
	/* No overload with exactly nargs: defaults or VARIADIC may match; take the strictest. */
	if (best_exact != 0)
		return best_exact;
	if (best_any != 0)
		return best_any;
miss:
	if (p != NULL)
		p->cache_stale = 1;
	return 0;
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
