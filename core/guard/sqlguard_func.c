/* The guard's function, operator, SHOW and catalog rules: the reviewed deny table
 * (deny_table.c) first, then built-ins by volatility from the generated pg_proc table (with a
 * short allowlist of harmless VOLATILE ones), user-defined functions only when the policy
 * allows them (allow_functions, allow_extensions) and the caller's resolver finds them not
 * VOLATILE, the SHOW allowlist and the denylist of sensitive catalog relations. */
#include <stdio.h>
#include <string.h>

#include "guard/pgproc.h"
#include "guard/sqlguard_int.h"

/* VOLATILE built-ins that are harmless to call: no side effects beyond their result. */
static const char *const volatile_ok[] = {
	"random", "random_normal", "clock_timestamp", "timeofday", "gen_random_uuid",
	"pg_relation_size", "pg_total_relation_size", "pg_table_size", "pg_indexes_size",
	"pg_database_size",
	NULL,
};

static int
in_list(const char *const *list, const char *name)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], name) == 0)
			return 1;
	return 0;
}

static char
max_vol(char a, char b)
{
	if (a == 'v' || b == 'v')
		return 'v';
	if (a == 's' || b == 's')
		return 's';
	return (a == 'i' || b == 'i') ? 'i' : 0;
}

/* Highest volatility over all overloads: argument defaults, VARIADIC and implicit casts make
 * the overload PostgreSQL picks unknowable here, so the worst one counts. */
static char
builtin_volatility(const char *name)
{
	const struct pgproc_entry *e;
	unsigned n = pgproc_find(name, &e);
	char v = 0;

	for (unsigned i = 0; i < n; i++)
		v = max_vol(v, e[i].volatility);
	return v;
}

/* A user-defined function is allowed only when the policy names it (schema.name) or its
 * extension; nothing user-defined is allowed without a policy that says so. */
static int
policy_allows(const struct policy *p, const char *qualified, const char *extension)
{
	if (p == NULL)
		return 0;
	for (size_t i = 0; i < p->nallow_functions; i++)
		if (strcmp(p->allow_functions[i], qualified) == 0)
			return 1;
	for (size_t i = 0; extension != NULL && i < p->nallow_extensions; i++)
		if (strcmp(p->allow_extensions[i], extension) == 0)
			return 1;
	return 0;
}

int
sqlg_check_function(struct sqlg_ctx *c, const char *schema, const char *name, int nargs,
    const char *how, const char **qualify)
{
	int field = strcmp(how, "field notation") == 0;
	int builtin_schema = schema == NULL || strcmp(schema, "pg_catalog") == 0;
	const char *where = NULL, *ext = NULL;
	char vol = 0, full[200], qual[200];

	(void)nargs;
	*qualify = NULL;
	snprintf(full, sizeof(full), "%s%s%s", schema ? schema : "", schema ? "." : "", name);
	if (sqlg_check_denied(c, full, name) != 0)
		return -1;
	if (builtin_schema)
		vol = builtin_volatility(name);
	if (vol != 0) {
		/* A built-in. Unqualified, it is the built-in only because the statement runs with
		 * search_path pinned to pg_catalog (pinned_search_path); offline, a user function of
		 * the same name in the path could win, which is for the executing side to prevent. */
		if (sqlg_list_add(c, &c->res->functions, full) != 0)
			return -1;
		if (vol == 'v' && !in_list(volatile_ok, name))
			return sqlg_reject(c, "function_denied", "%.100s() is VOLATILE (it may change data or state) and is not allowed%s; use a stable or immutable function instead.",
			    full, field ? " (written in field notation x.f, which PostgreSQL runs as f(x))" : "");
		return 0;
	}
	if (field && (c->opt->pinned_search_path || c->opt->resolve == NULL))
		return 0;  /* x.f with f no built-in: with the path pinned it can only be a column */
	if (schema != NULL && strcmp(schema, "pg_catalog") == 0)
		return sqlg_reject(c, "function_denied", "%.100s() is not a PostgreSQL built-in function; use a built-in, or a user-defined function by its own schema.", full);
	if (c->opt->resolve == NULL)
		return sqlg_reject(c, "function_denied", "%.100s() is not a PostgreSQL built-in and no database is connected to check it; only built-in functions can be verified offline.", full);
	vol = c->opt->resolve(c->opt->resolve_ctx, schema, name, &where, &ext);
	if (vol == 0 || where == NULL) {
		if (field)
			return 0;
		return sqlg_reject(c, "function_denied", "Function %.100s() does not exist or is not visible; check the name, or use a built-in.", full);
	}
	snprintf(qual, sizeof(qual), "%s.%s", where, name);
	if (sqlg_list_add(c, &c->res->functions, qual) != 0)
		return -1;
	if (!policy_allows(c->policy, qual, ext))
		return sqlg_reject(c, "function_denied", "%.100s() is a user-defined function%s%.64s; user-defined functions may run any code and are denied unless the policy allows them (allow_functions: [%.100s]%s%.64s%s). Use built-in functions instead.",
		    qual, ext ? " of extension " : "", ext ? ext : "", qual,
		    ext ? " or allow_extensions: [" : "", ext ? ext : "", ext ? "]" : "");
	if (vol == 'v')
		return sqlg_reject(c, "function_denied", "%.100s() is VOLATILE (it may change data or state) and is not allowed, even when the policy allows it%s; only STABLE and IMMUTABLE user functions can run.",
		    qual, field ? " (written in field notation x.f, which PostgreSQL runs as f(x))" : "");
	if (vol != 'i' && vol != 's')
		return sqlg_reject(c, "function_denied", "%.100s(): unknown volatility; not allowed.", qual);
	if (sqlg_list_add(c, &c->res->user_functions, qual) != 0)
		return -1;
	if (c->res->user_functions.n > SQLG_MAX_USER_FUNCTIONS)
		return sqlg_reject(c, "too_complex", "The statement calls more than %d different user-defined functions; split it.", SQLG_MAX_USER_FUNCTIONS);
	if (schema == NULL && c->opt->pinned_search_path && (*qualify = sqlg_strdup(c, where)) == NULL)
		return -1;
	return 0;
}

int
sqlg_check_operator(struct sqlg_ctx *c, PgQuery__Node **name, size_t n)
{
	const char *schema;

	if (n == 1)
		return 0;
	schema = n == 2 ? sqlg_node_str(name[0]) : NULL;
	if (schema == NULL || strcmp(schema, "pg_catalog") != 0)
		return sqlg_reject(c, "function_denied", "Operators qualified with a schema other than pg_catalog are not allowed; write the operator unqualified.");
	return 0;
}

int
sqlg_show_allowed(const char *name)
{
	static const char *const ok[] = {
		"server_version", "server_version_num", "server_encoding", "client_encoding",
		"timezone", "datestyle", "intervalstyle", "search_path", "statement_timeout",
		"lock_timeout", "transaction_isolation", "transaction_read_only",
		"default_transaction_read_only", "standard_conforming_strings", "max_connections",
		"work_mem", "shared_buffers", "effective_cache_size", "random_page_cost",
		"lc_messages", "lc_monetary", "lc_numeric", "lc_time", "extra_float_digits",
		"integer_datetimes", "bytea_output", "default_text_search_config",
		"max_parallel_workers_per_gather", "jit", "block_size", "is_superuser",
		"application_name", "max_identifier_length", NULL,
	};
	return name != NULL && in_list(ok, name);
}

int
sqlg_catalog_denied(const char *schema, const char *name)
{
	static const char *const pg[] = {
		"pg_authid", "pg_shadow", "pg_user_mapping", "pg_user_mappings", "pg_largeobject",
		"pg_largeobject_metadata", "pg_hba_file_rules", "pg_ident_file_mappings",
		"pg_file_settings", "pg_statistic", "pg_statistic_ext_data", "pg_subscription",
		"pg_db_role_setting", "pg_replication_origin", "pg_replication_slots",
		"pg_stat_replication", NULL,
	};
	static const char *const info[] = {
		"user_mapping_options", "user_mappings", "_pg_user_mappings", NULL,
	};

	if ((schema == NULL || strcmp(schema, "pg_catalog") == 0) && in_list(pg, name))
		return 1;
	if ((schema == NULL || strcmp(schema, "information_schema") == 0) && in_list(info, name))
		return 1;
	return 0;
}
