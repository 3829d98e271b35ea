/* The guard's function, operator, SHOW and catalog rules: the reviewed deny table
 * (deny_table.c) first, then volatility from the generated pg_proc table with a short allowlist of harmless VOLATILE
 * built-ins, non-built-ins through the caller's resolver, the SHOW allowlist and the denylist
 * of sensitive catalog relations. */
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

int
sqlg_check_function(struct sqlg_ctx *c, const char *schema, const char *name, int nargs,
    const char *how)
{
	int field = strcmp(how, "field notation") == 0;
	int builtin_schema = schema == NULL || strcmp(schema, "pg_catalog") == 0;
	char vol = 0, full[200];

	snprintf(full, sizeof(full), "%s%s%s", schema ? schema : "", schema ? "." : "", name);
	if (sqlg_check_denied(c, full, name) != 0)
		return -1;
	if (builtin_schema)
		vol = builtin_volatility(name);
	if (vol == 0) {
		if (c->opt->resolve != NULL)
			vol = c->opt->resolve(c->opt->resolve_ctx, schema, name, nargs < 0 ? 1 : nargs);
		if (vol == 0) {
			if (field)  /* a plain column name: not a function we know of */
				return 0;
			if (c->opt->resolve == NULL)
				return sqlg_reject(c, "function_denied", "%.100s() is not a PostgreSQL built-in and no database is connected to check it; only built-in functions can be verified offline.", full);
			return sqlg_reject(c, "function_denied", "Function %.100s() does not exist or is not visible; check the name with list_schemas/describe_table or use a built-in.", full);
		}
	}
	if (sqlg_list_add(c, &c->res->functions, full) != 0)
		return -1;
	if (vol == 'v' && !(builtin_schema && in_list(volatile_ok, name)))
		return sqlg_reject(c, "function_denied", "%.100s() is VOLATILE (it may change data or state) and is not allowed%s; use a stable or immutable function instead.",
		    full, field ? " (written in field notation x.f, which PostgreSQL runs as f(x))" : "");
	if (vol != 'i' && vol != 's' && vol != 'v')
		return sqlg_reject(c, "function_denied", "%.100s(): unknown volatility; not allowed.", full);
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
