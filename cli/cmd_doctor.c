/* mcpdb doctor: a checklist of what makes mcpdb safe and usable here: configuration, the
 * policy file, connectivity and server version, whether the database role can write (the
 * strongest safety layer is a role that cannot), the guard's self-test and the linked
 * libraries. Ends with a verdict and the exit code DESIGN.md assigns (0 ok or warnings only,
 * 1 the role can write, 3 bad configuration or policy, 4 database unreachable). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "base/err.h"
#include "base/limits.h"
#include "opts.h"
#include "session.h"
#include "guard/sqlguard.h"
#include "base/version.h"

enum { OPT_POLICY = 1 };

static const struct opt_spec doctor_opts[] = {
	{ "policy", 'p', 1, OPT_POLICY },
	{ NULL, 0, 0, 0 },
};

enum level { L_OK, L_INFO, L_WARN, L_FAIL };

struct doctor {
	int color;
	int fails, warns;
	int config_bad, db_down;
	int can_write;
};

/* Catalog facts about the connected role, in one fixed query (no parameters needed). */
static const char SQL_ROLE[] =
	"SELECT current_user, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,\n"
	"       r.rolreplication, current_setting('default_transaction_read_only'),\n"
	"       current_setting('server_version'), current_database(),\n"
	"       has_database_privilege(current_database(), 'CREATE')\n"
	"FROM pg_roles r WHERE r.rolname = current_user";

/* Relations in user schemas the role may change, with the privileges it holds; owned objects
 * (an owner can ALTER, DROP and grant itself anything); schemas it may create objects in. */
static const char SQL_WRITABLE[] =
	"SELECT format('%I.%I', n.nspname, c.relname),\n"
	"       concat_ws(',', CASE WHEN has_table_privilege(c.oid, 'INSERT') THEN 'INSERT' END,\n"
	"                 CASE WHEN has_table_privilege(c.oid, 'UPDATE') THEN 'UPDATE' END,\n"
	"                 CASE WHEN has_table_privilege(c.oid, 'DELETE') THEN 'DELETE' END,\n"
	"                 CASE WHEN has_table_privilege(c.oid, 'TRUNCATE') THEN 'TRUNCATE' END)\n"
	"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
	"WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')\n"
	"  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'\n"
	"  AND (has_table_privilege(c.oid, 'INSERT') OR has_table_privilege(c.oid, 'UPDATE')\n"
	"       OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE'))\n"
	"ORDER BY 1";

static const char SQL_OWNED[] =
	"SELECT format('%I.%I', n.nspname, c.relname)\n"
	"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
	"WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'\n"
	"  AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND pg_has_role(c.relowner, 'USAGE')\n"
	"ORDER BY 1";

static const char SQL_CREATE_SCHEMAS[] =
	"SELECT format('%I', n.nspname) FROM pg_namespace n\n"
	"WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'\n"
	"  AND has_schema_privilege(n.oid, 'CREATE')\n"
	"ORDER BY 1";

void
cmd_doctor_help(FILE *f)
{
	fputs("usage: mcpdb doctor [--policy FILE]\n"
	      "\n"
	      "Checks, and prints as a checklist:\n"
	      "  - the configuration (DATABASE_URL or PG*, MAX_ROWS, QUERY_TIMEOUT, SCHEMAS)\n"
	      "  - the policy file (--policy or MCPDB_POLICY): parsed and validated\n"
	      "  - connectivity, server version, database and role\n"
	      "  - whether the role can write anything: superuser, INSERT/UPDATE/DELETE/TRUNCATE\n"
	      "    on any table, ownership of objects, CREATE on a schema or the database,\n"
	      "    CREATEROLE, CREATEDB, BYPASSRLS, REPLICATION, default_transaction_read_only.\n"
	      "    mcpdb runs every statement READ ONLY anyway, but the strongest layer is a role\n"
	      "    that cannot write; doctor prints the SQL that creates one\n"
	      "  - the SQL guard's self-test (a write is refused, a SELECT allowed)\n"
	      "  - the linked libraries and their versions\n"
	      "\n"
	      "Verdict and exit code: 0 ok (warnings allowed), 1 the role can write,\n"
	      "3 bad configuration or policy, 4 database unreachable.\n", f);
}

__attribute__((format(printf, 3, 4))) static void
item(struct doctor *d, enum level lv, const char *fmt, ...)
{
	static const char *const tag[] = { "ok", "info", "WARN", "FAIL" };
	static const char *const sgr[] = { "\033[32m", "\033[2m", "\033[33m", "\033[1;31m" };
	va_list ap;

	if (lv == L_FAIL)
		d->fails++;
	else if (lv == L_WARN)
		d->warns++;
	printf("  %s[%s]%s%*s", d->color ? sgr[lv] : "", tag[lv], d->color ? "\033[0m" : "",
	    (int)(5 - strlen(tag[lv])), "");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static void
check_policy(struct doctor *d, const struct cli_session *s, const char *path)
{
	const struct policy *p = s->policy;
	size_t i, j, denied = 0, masked = 0;

	if (p == NULL) {
		item(d, L_INFO, "policy: none (set MCPDB_POLICY or --policy to deny or mask tables and columns)");
		return;
	}
	for (i = 0; i < p->ntables; i++)
		for (j = 0; j < p->tables[i].ncolumns; j++) {
			denied += p->tables[i].columns[j].deny != 0;
			masked += p->tables[i].columns[j].mask != MASK_NONE;
		}
	item(d, L_OK, "policy: %s is valid (table rules: %zu, denied tables: %zu, denied columns: %zu, masked columns: %zu)",
	    path, p->ntables, p->ndeny_tables, denied, masked);
}

static void
check_guard(struct doctor *d)
{
	static const char *const writes[] = { "DELETE FROM t", "SELECT 1; DROP TABLE t",
		"SELECT pg_read_file('/etc/passwd')", "WITH x AS (UPDATE t SET a = 1 RETURNING *) SELECT * FROM x" };
	struct sqlg_options opt = { 0 };
	struct sqlg_result res;
	size_t i, refused = 0;
	int allowed_select = 0;

	opt.max_rows = LIMIT_DEFAULT_MAX_ROWS;
	for (i = 0; i < sizeof writes / sizeof writes[0]; i++) {
		memset(&res, 0, sizeof res);
		if (sqlg_check(writes[i], strlen(writes[i]), &opt, &res) == 0 && !res.allowed)
			refused++;
		else if (res.allowed == 0)
			refused++;   /* no verdict counts as refused: the guard fails closed */
		sqlg_result_free(&res);
	}
	memset(&res, 0, sizeof res);
	if (sqlg_check("SELECT 1", 8, &opt, &res) == 0 && res.allowed)
		allowed_select = 1;
	sqlg_result_free(&res);
	if (refused == sizeof writes / sizeof writes[0] && allowed_select)
		item(d, L_OK, "sql guard: self-test passed (%zu writes refused, SELECT allowed)", refused);
	else
		item(d, L_FAIL, "sql guard: self-test FAILED (%zu of %zu writes refused, SELECT %s)", refused,
		    sizeof writes / sizeof writes[0], allowed_select ? "allowed" : "refused");
}

/* list_rows: "a, b, c and N more" from column 0 of res (at most 5 names). */
static void
list_rows(char *buf, size_t len, const PGresult *res)
{
	int n = PQntuples(res), i, shown = n < 5 ? n : 5;
	size_t used = 0;

	buf[0] = '\0';
	for (i = 0; i < shown && used < len; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s%s", i ? ", " : "", PQgetvalue(res, i, 0));
	if (n > shown && used < len)
		snprintf(buf + used, len - used, " and %d more", n - shown);
}

static void
check_role(struct doctor *d, PGconn *conn)
{
	PGresult *res = PQexec(conn, SQL_ROLE), *w = NULL, *o = NULL, *sc = NULL;
	char names[512], privs[64];
	int ver = PQserverVersion(conn), i, n;
	const char *user;

	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		item(d, L_FAIL, "role: cannot read pg_roles: %s", PQresultErrorMessage(res));
		d->can_write = 1;
		goto out;
	}
	user = PQgetvalue(res, 0, 0);
	item(d, L_OK, "connection: PostgreSQL %s, database %s, role %s", PQgetvalue(res, 0, 7),
	    PQgetvalue(res, 0, 8), user);
	if (PQgetvalue(res, 0, 1)[0] == 't') {
		item(d, L_FAIL, "role %s is a SUPERUSER: it can write, drop and read files, whatever the grants", user);
		d->can_write = 1;
	}
	w = PQexec(conn, SQL_WRITABLE);
	if (PQresultStatus(w) == PGRES_TUPLES_OK && (n = PQntuples(w)) > 0) {
		privs[0] = '\0';
		for (i = 0; i < n && strlen(privs) < 40; i++)
			if (strlen(PQgetvalue(w, i, 1)) > strlen(privs))
				snprintf(privs, sizeof privs, "%s", PQgetvalue(w, i, 1));
		list_rows(names, sizeof names, w);
		item(d, L_FAIL, "role %s can change %d table%s (%s on %s)", user, n, n == 1 ? "" : "s", privs, names);
		d->can_write = 1;
	} else if (PQresultStatus(w) == PGRES_TUPLES_OK)
		item(d, L_OK, "table privileges: no INSERT, UPDATE, DELETE or TRUNCATE on any table");
	o = PQexec(conn, SQL_OWNED);
	if (PQresultStatus(o) == PGRES_TUPLES_OK && (n = PQntuples(o)) > 0) {
		list_rows(names, sizeof names, o);
		item(d, L_FAIL, "role %s owns %d object%s (%s): an owner can alter and drop them", user, n,
		    n == 1 ? "" : "s", names);
		d->can_write = 1;
	} else if (PQresultStatus(o) == PGRES_TUPLES_OK)
		item(d, L_OK, "ownership: the role owns no tables, views or sequences");
	sc = PQexec(conn, SQL_CREATE_SCHEMAS);
	if (PQresultStatus(sc) == PGRES_TUPLES_OK && PQntuples(sc) > 0) {
		list_rows(names, sizeof names, sc);
		item(d, L_FAIL, "role %s may CREATE objects in schema %s", user, names);
		d->can_write = 1;
	}
	if (PQgetvalue(res, 0, 9)[0] == 't')
		item(d, L_WARN, "role %s may CREATE schemas in this database", user);
	if (PQgetvalue(res, 0, 2)[0] == 't')
		item(d, L_WARN, "role %s has CREATEROLE: it can create and alter other roles", user);
	if (PQgetvalue(res, 0, 3)[0] == 't')
		item(d, L_WARN, "role %s has CREATEDB", user);
	if (PQgetvalue(res, 0, 4)[0] == 't')
		item(d, L_WARN, "role %s has BYPASSRLS: row-level security does not apply to it", user);
	if (PQgetvalue(res, 0, 5)[0] == 't')
		item(d, L_WARN, "role %s has REPLICATION", user);
	if (strcmp(PQgetvalue(res, 0, 6), "on") != 0)
		item(d, L_WARN, "default_transaction_read_only is off for this role (mcpdb still uses READ ONLY transactions)");
	else
		item(d, L_OK, "default_transaction_read_only is on");
	if (d->can_write) {
		printf("\n  %s!!! THE DATABASE ROLE CAN WRITE.%s mcpdb runs every statement in a READ ONLY\n"
		       "  transaction behind the SQL guard, but the strongest layer is a role that cannot\n"
		       "  write at all. Create one (as a superuser) and put it in DATABASE_URL:\n\n    ",
		    d->color ? "\033[1;31m" : "", d->color ? "\033[0m" : "");
		if (ver >= 140000)
			printf("CREATE ROLE mcpdb_ro LOGIN PASSWORD 'change-me' NOSUPERUSER NOCREATEDB NOCREATEROLE; "
			       "GRANT pg_read_all_data TO mcpdb_ro; "
			       "ALTER ROLE mcpdb_ro SET default_transaction_read_only = on;\n");
		else
			printf("CREATE ROLE mcpdb_ro LOGIN PASSWORD 'change-me' NOSUPERUSER NOCREATEDB NOCREATEROLE; "
			       "GRANT USAGE ON SCHEMA public TO mcpdb_ro; "
			       "GRANT SELECT ON ALL TABLES IN SCHEMA public TO mcpdb_ro; "
			       "ALTER ROLE mcpdb_ro SET default_transaction_read_only = on;\n");
		printf("\n  (Or per schema instead of pg_read_all_data: GRANT USAGE ON SCHEMA s TO mcpdb_ro; "
		       "GRANT SELECT ON ALL TABLES IN SCHEMA s TO mcpdb_ro;)\n\n");
	}
out:
	PQclear(res);
	PQclear(w);
	PQclear(o);
	PQclear(sc);
}

static void
check_libraries(struct doctor *d)
{
	char *buf = NULL, *p, *nl;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	if (m == NULL) {
		item(d, L_WARN, "libraries: cannot list them (out of memory)");
		return;
	}
	version_print(m, "mcpdb");
	fclose(m);
	/* the first line is "mcpdb <version>", then "  <library> <version>" lines */
	for (p = buf; p && *p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		item(d, L_OK, "%s", p + strspn(p, " "));
	}
	free(buf);
}

int
cmd_doctor(int argc, char **argv)
{
	struct doctor d = { 0 };
	struct cli_session sess;
	const char *policy = NULL, *arg, *path;
	struct opts o;
	int id, rc;

	opts_init(&o, argc, argv, "doctor");
	while ((id = opts_next(&o, doctor_opts, &arg)) != OPTS_END) {
		if (id == OPT_POLICY)
			policy = arg;
		else if (id == OPTS_HELP) {
			cmd_doctor_help(stdout);
			return EXIT_OK_;
		} else {
			if (id == OPTS_ARG)
				fprintf(stderr, "mcpdb doctor: unexpected argument '%s'\n", arg);
			return EXIT_USAGE;
		}
	}
	d.color = cli_color(STDOUT_FILENO);
	printf("mcpdb doctor\n");
	fflush(stdout);
	rc = cli_session_open(&sess, "doctor", policy);
	path = policy ? policy : sess.cfg.policy_path;
	if (rc == EXIT_CONFIG || rc == EXIT_SYSTEM) {
		item(&d, L_FAIL, "configuration or policy is invalid (the message above says what to fix)");
		d.config_bad = 1;
	} else {
		item(&d, L_OK, "configuration: %s, MAX_ROWS %ld, QUERY_TIMEOUT %ld ms, SCHEMAS %s",
		    sess.cfg.database_url ? "DATABASE_URL set" : "PG* variables (DATABASE_URL not set)",
		    sess.cfg.max_rows, sess.cfg.query_timeout_ms, sess.cfg.nschemas ? "set" : "all non-system");
		check_policy(&d, &sess, path);
		fflush(stdout);
		if (cli_session_connect(&sess) != EXIT_OK_) {
			item(&d, L_FAIL, "connection: the database is unreachable (the message above says why)");
			d.db_down = 1;
		} else
			check_role(&d, sess.conn);
	}
	check_guard(&d);
	check_libraries(&d);
	cli_session_close(&sess);
	if (d.config_bad)
		rc = EXIT_CONFIG;
	else if (d.db_down)
		rc = EXIT_DB;
	else if (d.fails)
		rc = EXIT_FAILED;
	else
		rc = EXIT_OK_;
	printf("\nverdict: %s (%d problem%s, %d warning%s)\n",
	    rc == EXIT_OK_ ? (d.warns ? "OK with warnings" : "OK") :
	    d.can_write ? "FAIL: the database role can write" : "FAIL",
	    d.fails, d.fails == 1 ? "" : "s", d.warns, d.warns == 1 ? "" : "s");
	return rc;
}
