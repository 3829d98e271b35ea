/* pgx against the test PostgreSQL (DATABASE_URL from tests/run.sh, seeded with
 * tests/data/test_types.sql): rows in chunks, parameters, errors, read-only enforcement,
 * statement timeout, concurrency across the pool, cancellation, the catalog caches, and an
 * unreachable server. Without DATABASE_URL it skips (`./build.sh unit` has no database). */
#include <stdlib.h>
#include <string.h>

#include "base/config.h"
#include "base/loop.h"
#include "db/pgx.h"
#include "test.h"

struct outcome {
	int done, rc, rows, chunks;
	char msg[512];
	char sqlstate[6];
	char first[64];
	int64_t finished_at;
	Oid ftype;
};

static int
on_rows(void *arg, int stmt, const PGresult *res)
{
	struct outcome *o = arg;

	(void)stmt;
	if (PQntuples(res) > 0) {
		if (o->rows == 0)
			snprintf(o->first, sizeof(o->first), "%s", PQgetvalue(res, 0, 0));
		o->ftype = PQftype(res, 0);
		o->rows += PQntuples(res);
		o->chunks++;
	}
	return 0;
}

static void
on_done(void *arg, int rc, const char *msg, const PGresult *err)
{
	struct outcome *o = arg;

	o->done = 1;
	o->rc = rc;
	o->finished_at = loop_now_ms();
	snprintf(o->msg, sizeof(o->msg), "%s", msg ? msg : "");
	if (err != NULL && PQresultErrorField(err, PG_DIAG_SQLSTATE) != NULL)
		snprintf(o->sqlstate, sizeof(o->sqlstate), "%s", PQresultErrorField(err, PG_DIAG_SQLSTATE));
}

static int
run_until(struct loop *l, struct outcome *o, int n, int64_t max_ms)
{
	int64_t end = loop_now_ms() + max_ms;

	for (;;) {
		int all = 1;
		for (int i = 0; i < n; i++)
			all &= o[i].done;
		if (all)
			return 1;
		if (loop_now_ms() > end)
			return 0;
		if (loop_run_once(l, 50) != 0)
			return 0;
	}
}

static int
submit(struct pgx *p, const char *sql, int nparams, const char *const *params, long timeout,
    struct outcome *o, struct pgx_req **reqp)
{
	struct pgx_query q = {.nstmts = 1, .timeout_ms = timeout, .rows = on_rows, .done = on_done, .arg = o};
	struct pgx_req *dummy;

	memset(o, 0, sizeof(*o));
	q.stmts[0].sql = sql;
	q.stmts[0].nparams = nparams;
	q.stmts[0].params = params;
	return pgx_submit(p, &q, reqp ? reqp : &dummy);
}

int
main(void)
{
	struct config cfg;
	char err[256];
	struct loop *l = NULL;
	struct pgx *p = NULL;
	struct outcome o[8];
	struct pgx_req *req;
	int64_t t0;
	const char *params[] = {"41", NULL};

	if (getenv("DATABASE_URL") == NULL) {
		/* `./build.sh unit` runs without PostgreSQL; tests/run.sh always sets it */
		printf("ok - pgx # skip DATABASE_URL is not set (tests/run.sh starts a PostgreSQL)\n");
		return 0;
	}
	if (config_from_env(&cfg, err, sizeof(err)) != 0 || loop_new(&l) != 0) {
		printf("not ok - pgx: setup (%s)\n", err);
		return 1;
	}
	cfg.pool_size = 4;
	if (pgx_new(l, &cfg, &p) != 0) {
		printf("not ok - pgx: pgx_new\n");
		return 1;
	}

	TEST(submit(p, "SELECT g FROM generate_series(1, 3000) g", 0, NULL, 0, &o[0], NULL) == 0 &&
	    run_until(l, o, 1, 10000) && o[0].rc == 0 && o[0].rows == 3000, "pgx: 3000 rows");
	TEST(o[0].chunks >= 3, "pgx: rows arrive in chunks");
	TEST(submit(p, "SELECT $1::int + 1, $2::text IS NULL", 2, params, 0, &o[0], NULL) == 0 &&
	    run_until(l, o, 1, 5000) && o[0].rc == 0 && strcmp(o[0].first, "42") == 0, "pgx: parameters, NULL parameter");
	TEST(submit(p, "SELEC 1", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) &&
	    o[0].rc == E_DB && strcmp(o[0].sqlstate, "42601") == 0 && strstr(o[0].msg, "syntax") != NULL,
	    "pgx: syntax error reported with SQLSTATE");
	TEST(submit(p, "SELECT 1", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) && o[0].rc == 0,
	    "pgx: connection usable after an error (rolled back)");
	TEST(submit(p, "CREATE TABLE pgx_should_not_exist (x int)", 0, NULL, 0, &o[0], NULL) == 0 &&
	    run_until(l, o, 1, 5000) && o[0].rc == E_DB && strcmp(o[0].sqlstate, "25006") == 0,
	    "pgx: writes fail in the read-only transaction");
	TEST(submit(p, "SELECT current_setting('DateStyle') || '/' || current_setting('IntervalStyle') || '/' || "
	    "current_setting('extra_float_digits') || '/' || current_setting('client_encoding') || '/' || "
	    "current_setting('application_name')", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) &&
	    strcmp(o[0].first, "ISO, MDY/postgres/3/UTF8/mcpdb-agent") == 0, "pgx: session settings");
	if (strcmp(o[0].first, "ISO, MDY/postgres/3/UTF8/mcpdb-agent") != 0)
		printf("# settings: %s\n", o[0].first);

	TEST(submit(p, "SELECT pg_sleep(3)", 0, NULL, 300, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) &&
	    o[0].rc == E_TIMEOUT && strcmp(o[0].sqlstate, "57014") == 0, "pgx: statement timeout");

	/* Four slow statements on a pool of four take about as long as one. */
	t0 = loop_now_ms();
	for (int i = 0; i < 4; i++)
		if (submit(p, "SELECT pg_sleep(0.6)", 0, NULL, 0, &o[i], NULL) != 0)
			break;
	TEST(run_until(l, o, 4, 10000) && o[0].rc == 0 && o[3].rc == 0, "pgx: 4 concurrent statements succeed");
	TEST(loop_now_ms() - t0 < 1500, "pgx: 4 concurrent statements run in parallel");
	printf("# 4 x 0.6 s took %lld ms\n", (long long)(loop_now_ms() - t0));

	/* Cancel: no callback, the server stops, the connection serves the next request. */
	TEST(submit(p, "SELECT pg_sleep(5)", 0, NULL, 0, &o[0], &req) == 0, "pgx: slow statement submitted");
	t0 = loop_now_ms();
	while (loop_now_ms() - t0 < 200)
		if (loop_run_once(l, 20) != 0)
			break;
	pgx_cancel(p, req);
	for (int i = 0; i < 4; i++)
		(void)submit(p, "SELECT 1", 0, NULL, 0, &o[1 + i], NULL);
	TEST(run_until(l, o + 1, 4, 3000) && o[1].rc == 0 && o[4].rc == 0 && loop_now_ms() - t0 < 2500,
	    "pgx: pool serves while a cancelled statement drains");
	TEST(!o[0].done && pgx_cancels_sent(p) >= 1, "pgx: cancelled request gets no callback, cancel sent");

	{
		const char *sch, *ext;
		const char *stable[] = {"mcpdb_types.slow", "mcpdb_types.add_one"}, *volatile_fn[] = {"mcpdb_types.add_one", "mcpdb_types.bump"};
		struct pgx_query q = {.nstmts = 1, .rows = on_rows, .done = on_done};

		TEST(pgx_resolve(p, "mcpdb_types", "slow", &sch, &ext) == 's' && sch != NULL && strcmp(sch, "mcpdb_types") == 0 &&
		    ext == NULL, "pgx: resolve user function (stable) and its schema");
		TEST(pgx_resolve(p, "mcpdb_types", "bump", &sch, &ext) == 'v', "pgx: resolve volatile user function");
		TEST(pgx_resolve(p, NULL, "slow", &sch, &ext) == 0 && sch == NULL,
		    "pgx: unqualified names resolve through the role's search path only (mcpdb_types is not on it)");
		TEST(pgx_resolve(p, "public", "slow", &sch, &ext) == 0, "pgx: resolve respects the schema");
		TEST(pgx_resolve(p, NULL, "no_such_function_xyz", &sch, &ext) == 0, "pgx: unknown function");
		TEST(pgx_resolve_relation(p, "customers") != NULL && strcmp(pgx_resolve_relation(p, "customers"), "public") == 0,
		    "pgx: an unqualified relation resolves to the schema of the role's search path");
		TEST(pgx_resolve_relation(p, "pg_class") != NULL && strcmp(pgx_resolve_relation(p, "pg_class"), "pg_catalog") == 0,
		    "pgx: catalogs resolve to pg_catalog");
		TEST(pgx_resolve_relation(p, "big_cells") == NULL, "pgx: a relation off the search path does not resolve");
		TEST(pgx_search_path(p) != NULL && strcmp(pgx_search_path(p)[0], "pg_catalog") == 0,
		    "pgx: the effective search path starts with the implicit pg_catalog");

		TEST(submit(p, "SELECT current_setting('search_path')", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) &&
		    strcmp(o[0].first, "pg_catalog, pg_temp") == 0, "pgx: statements run with search_path pinned");
		q.catalog_sql = 1;
		q.stmts[0].sql = "SELECT current_setting('search_path')";
		memset(&o[0], 0, sizeof(o[0]));
		q.arg = &o[0];
		TEST(pgx_submit(p, &q, &req) == 0 && run_until(l, o, 1, 5000) && strstr(o[0].first, "public") != NULL,
		    "pgx: mcpdb's catalog SQL keeps the role's search path");
		q.catalog_sql = 0;
		q.stmts[0].sql = "SELECT 7";
		q.recheck = stable;
		q.nrecheck = 2;
		memset(&o[0], 0, sizeof(o[0]));
		TEST(pgx_submit(p, &q, &req) == 0 && run_until(l, o, 1, 5000) && o[0].rc == 0 && strcmp(o[0].first, "7") == 0,
		    "pgx: recheck of unchanged STABLE/IMMUTABLE user functions passes");
		q.recheck = volatile_fn;
		memset(&o[0], 0, sizeof(o[0]));
		TEST(pgx_submit(p, &q, &req) == 0 && run_until(l, o, 1, 5000) && o[0].rc == E_DB && o[0].rows == 0 &&
		    strstr(o[0].msg, "mcpdb_types.bump() changed since it was checked") != NULL,
		    "pgx: recheck stops the statement when a user function is VOLATILE now");
		if (strstr(o[0].msg, "changed since") == NULL)
			printf("# recheck: rc %d: %s\n", o[0].rc, o[0].msg);
	}
	TEST(submit(p, "SELECT 'happy'::mcpdb_types.mood", 0, NULL, 0, &o[0], NULL) == 0 &&
	    run_until(l, o, 1, 5000) && o[0].rc == 0, "pgx: enum query");
	TEST(pgx_type_name(p, o[0].ftype) != NULL && strcmp(pgx_type_name(p, o[0].ftype), "mcpdb_types.mood") == 0,
	    "pgx: user-defined type name from the cache");
	TEST(pgx_type_name(p, 1184) != NULL && strcmp(pgx_type_name(p, 1184), "timestamp with time zone") == 0,
	    "pgx: built-in type name");
	pgx_free(p);
	p = NULL;

	/* Pool hygiene: a call's session state (a setting, an advisory lock) does not reach the
	 * next call on the same connection (pool of one), and the connection is reused. */
	{
		struct config one = cfg;
		char pid1[64];

		one.pool_size = 1;
		if (pgx_new(l, &one, &p) == 0) {
			TEST(submit(p, "SELECT pg_backend_pid()::text || set_config('mcpdb.hyg', 'dirty', false) || "
			    "pg_advisory_lock(4242)::text", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) &&
			    o[0].rc == 0 && strstr(o[0].first, "dirty") != NULL, "pgx hygiene: a call leaves a setting and a lock");
			snprintf(pid1, sizeof(pid1), "%.*s", (int)strcspn(o[0].first, "d"), o[0].first);
			TEST(submit(p, "SELECT pg_backend_pid()::text || '/' || coalesce(current_setting('mcpdb.hyg', true), '') || "
			    "'/' || (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())",
			    0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) && o[0].rc == 0, "pgx hygiene: next call runs");
			TEST(strncmp(o[0].first, pid1, strlen(pid1)) == 0 && strcmp(o[0].first + strlen(pid1), "//0") == 0,
			    "pgx hygiene: same connection, setting reset, lock released (DISCARD ALL)");
			printf("# before: %s, after: %s\n", pid1, o[0].first);
			pgx_free(p);
			p = NULL;
		}
	}

	/* The options string: the user's PGOPTIONS cannot turn off ours (ours come last); one too
	 * long for the string is an error that says so, not a silent cut of our settings. */
	setenv("PGOPTIONS", "-c statement_timeout=0 -c default_transaction_read_only=off", 1);
	if (pgx_new(l, &cfg, &p) == 0) {
		TEST(submit(p, "SELECT current_setting('statement_timeout') || '/' || current_setting('transaction_read_only')",
		    0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 5000) && o[0].rc == 0 &&
		    strcmp(o[0].first, "10s/on") == 0, "pgx options: PGOPTIONS cannot override read-only or the timeout");
		printf("# with a hostile PGOPTIONS: %s\n", o[0].first);
		pgx_free(p);
		p = NULL;
	}
	{
		static char big[5000];

		memcpy(big, "-c application_name=", 20);
		memset(big + 20, 'x', sizeof(big) - 21);
		setenv("PGOPTIONS", big, 1);
		if (pgx_new(l, &cfg, &p) == 0) {
			TEST(submit(p, "SELECT 1", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 8000) &&
			    o[0].rc == E_DB && strstr(o[0].msg, "too long") != NULL && strstr(o[0].msg, "PGOPTIONS") != NULL,
			    "pgx options: an options string that does not fit is an error naming PGOPTIONS");
			printf("# %s\n", o[0].msg);
			pgx_free(p);
			p = NULL;
		}
	}
	unsetenv("PGOPTIONS");

	/* A role limited to two connections, a pool of four: the refused connections back off
	 * while the two that work serve every request (two rounds). */
	if (getenv("PGPORT_TEST") != NULL) {
		char url[200];
		struct config lim = cfg;

		snprintf(url, sizeof(url), "postgresql://mcpdb_limited:limited-pw@127.0.0.1:%s/mcpdb_test", getenv("PGPORT_TEST"));
		lim.database_url = url;
		lim.schemas = NULL;
		lim.nschemas = 0;
		if (pgx_new(l, &lim, &p) == 0) {
			t0 = loop_now_ms();
			for (int i = 0; i < 4; i++)
				(void)submit(p, "SELECT pg_sleep(0.4)", 0, NULL, 0, &o[i], NULL);
			TEST(run_until(l, o, 4, 8000) && o[0].rc == 0 && o[1].rc == 0 && o[2].rc == 0 && o[3].rc == 0,
			    "pgx: connection limit: every request served by the connections that work");
			printf("# 4 x 0.4 s over 2 usable connections: %lld ms\n", (long long)(loop_now_ms() - t0));
			TEST(loop_now_ms() - t0 >= 750, "pgx: connection limit: two rounds");
		}
		pgx_free(p);
		p = NULL;
	}

	/* Unreachable: port 1 on the loopback refuses at once; the call says why. */
	config_clear(&cfg);
	cfg.database_url = strdup("postgresql://postgres@127.0.0.1:1/x");
	cfg.query_timeout_ms = 2000;
	cfg.pool_size = 2;
	cfg.max_rows = 100;
	if (pgx_new(l, &cfg, &p) == 0) {
		t0 = loop_now_ms();
		TEST(submit(p, "SELECT 1", 0, NULL, 0, &o[0], NULL) == 0 && run_until(l, o, 1, 8000) &&
		    o[0].rc == E_DB && strstr(o[0].msg, "unreachable") != NULL && strstr(o[0].msg, "127.0.0.1") != NULL,
		    "pgx: unreachable database reported with libpq's reason");
		printf("# %s\n", o[0].msg);
		TEST(loop_now_ms() - t0 < 3000, "pgx: unreachable reported promptly");
	}
	pgx_free(p);
	config_clear(&cfg);
	loop_free(l);
	return test_summary();
}
