#!/usr/bin/env python3
"""Issue 13's red-team findings against the agent and `mcpdb query`, with the objects an
attacker with CREATE on public would create: user functions shadowing built-in names,
overloads, a function replaced STABLE -> VOLATILE while the agent runs, user operators, a
domain with a volatile CHECK, a user cast, and a role whose own schema comes first on its
search path. The attacker's functions take an advisory lock: any lock left means one ran."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import Agent, Tap  # noqa: E402

t = Tap()
ROOT = os.environ.get("MCPDB_ROOT", ".")
CLI = os.environ.get("MCPDB_CLI", os.path.join(ROOT, "bin", "mcpdb"))
URL = os.environ["DATABASE_URL"]
PORT = os.environ["PGPORT_TEST"]
TMP = os.environ.get("TEST_TMP", "/tmp")


def psql(sql, url=URL):
    p = subprocess.run(["psql", url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                       capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout.strip(), p.stderr.strip()


def sc(resp):
    r = (resp or {}).get("result") or {}
    return None if r.get("isError") else r.get("structuredContent")


def err(resp):
    r = (resp or {}).get("result") or {}
    return r.get("content", [{}])[0].get("text", "") if r.get("isError") else None


def locks():
    return psql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 1313")[1]


ATTACK = """
DO $$ BEGIN CREATE ROLE g13_attacker LOGIN PASSWORD 'attack-pw'; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE g13_reader LOGIN PASSWORD 'reader-pw'; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT CREATE, USAGE ON SCHEMA public TO g13_attacker;
GRANT USAGE ON SCHEMA public TO g13_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO g13_reader;
CREATE SCHEMA g13_reader AUTHORIZATION g13_reader;
CREATE TABLE g13_reader.products (secret text);
INSERT INTO g13_reader.products VALUES ('the reader''s own secret');
GRANT ALL ON g13_reader.products TO g13_reader;
SET ROLE g13_attacker;
CREATE FUNCTION public.lower(varchar) RETURNS text VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT 'pwned'::text $f$;
CREATE FUNCTION public.length(varchar) RETURNS int VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT 4242 $f$;
CREATE FUNCTION public.random(text) RETURNS float8 VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT 42::float8 $f$;
CREATE FUNCTION public.ov(int) RETURNS int STABLE LANGUAGE sql AS $f$ SELECT $1 $f$;
CREATE FUNCTION public.ov(text, int DEFAULT 0) RETURNS int VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT 1 $f$;
CREATE FUNCTION public.later() RETURNS int STABLE LANGUAGE sql AS $f$ SELECT 7 $f$;
CREATE FUNCTION public.teq(text, text) RETURNS bool VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT true $f$;
CREATE OPERATOR public.=== (LEFTARG = text, RIGHTARG = text, FUNCTION = public.teq);
CREATE OPERATOR public.~~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = public.teq);
CREATE FUNCTION public.vcheck(text) RETURNS bool VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT true $f$;
CREATE DOMAIN public.g13dom AS text CHECK (public.vcheck(VALUE));
CREATE TYPE public.g13t AS (x text);
CREATE FUNCTION public.tocast(text) RETURNS public.g13t VOLATILE LANGUAGE sql
  AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT ROW($1)::public.g13t $f$;
CREATE CAST (text AS public.g13t) WITH FUNCTION public.tocast(text);
RESET ROLE;
"""

CLEANUP = """
DROP SCHEMA IF EXISTS g13_reader CASCADE;
DROP CAST IF EXISTS (text AS public.g13t);
DROP OPERATOR IF EXISTS public.=== (text, text);
DROP OPERATOR IF EXISTS public.~~~ (text, text);
DROP FUNCTION IF EXISTS public.lower(varchar), public.length(varchar), public.random(text), public.ov(int),
  public.ov(text, int), public.later(), public.teq(text, text), public.tocast(text) CASCADE;
DROP DOMAIN IF EXISTS public.g13dom CASCADE;
DROP FUNCTION IF EXISTS public.vcheck(text) CASCADE;
DROP TYPE IF EXISTS public.g13t CASCADE;
REVOKE ALL ON SCHEMA public FROM g13_attacker, g13_reader;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM g13_reader;
DROP ROLE IF EXISTS g13_attacker;
DROP ROLE IF EXISTS g13_reader;
"""

policy = os.path.join(TMP, "g13_policy.yaml")
with open(policy, "w") as fh:
    fh.write("policy:\n  allow_functions: [public.later, public.ov]\n  deny_tables: [g13_reader.products]\n")

psql(CLEANUP)
rc, _, e = psql(ATTACK)
t.ok(rc == 0, "attacker objects created", e)
try:
    a = Agent(env={"MCPDB_POLICY": policy})
    a.initialize()
    # shadowing built-in names: the built-in runs (search_path pinned to pg_catalog)
    r = sc(a.tool("query", {"sql": "SELECT lower(name::varchar) AS l FROM products ORDER BY id LIMIT 1"}))
    t.ok(r is not None and r["rows"][0][0] != "pwned" and r["rows"][0][0] == r["rows"][0][0].lower(),
         "agent: lower(varchar) is the built-in, not public.lower", r)
    r = sc(a.tool("query", {"sql": "SELECT length(name::varchar) AS n, random() < 2 AS r FROM products ORDER BY id LIMIT 1"}))
    t.ok(r is not None and r["rows"][0][0] != 4242, "agent: length(varchar) is the built-in", r)
    e = err(a.tool("query", {"sql": "SELECT random('x')"}))
    t.ok(e is not None, "agent: random(text) exists only in public: not callable unqualified", e)
    e = err(a.tool("query", {"sql": "SELECT public.lower('X'::varchar)"}))
    t.ok(e is not None and "allow_functions" in e, "agent: a user function named qualified is denied by default", e)
    t.ok(locks() == "0", "no attacker function ran (no advisory lock held)")
    # overloads: ov(text, int DEFAULT 0) VOLATILE beside ov(int) STABLE, both allowed by name
    e = err(a.tool("query", {"sql": "SELECT ov('x')"}))
    t.ok(e is not None and "VOLATILE" in e, "agent: the volatile overload counts (ov('x') denied)", e)
    e = err(a.tool("query", {"sql": "SELECT ov(1)"}))
    t.ok(e is not None and "VOLATILE" in e, "agent: ... whatever the argument count (ov(1) denied)", e)
    # stale cache: later() STABLE, allowed and run; replaced VOLATILE: never runs on the old verdict
    r = sc(a.tool("query", {"sql": "SELECT later() AS v"}))
    t.ok(r is not None and r["rows"] == [[7]], "agent: allowed STABLE user function runs (qualified by the rewrite)", r)
    t.ok(r is not None and "public.later()" in r.get("executed_sql", "public.later()"), "agent: the rewrite qualified it", r)
    rc, _, e2 = psql("SET ROLE g13_attacker; CREATE OR REPLACE FUNCTION public.later() RETURNS int VOLATILE LANGUAGE sql "
                     "AS $f$ SELECT pg_catalog.pg_advisory_lock(1313); SELECT 8 $f$")
    t.ok(rc == 0, "attacker replaced later() VOLATILE", e2)
    e = err(a.tool("query", {"sql": "SELECT later() AS v"}))
    t.ok(e is not None and ("changed since it was checked" in e or "VOLATILE" in e), "agent: the replaced function does not run", e)
    e = err(a.tool("query", {"sql": "SELECT later() AS v"}))
    t.ok(e is not None and "VOLATILE" in e, "agent: after the recheck the cache knows it is VOLATILE", e)
    t.ok(locks() == "0", "no advisory lock left by the replaced function")
    # operators, domains, casts
    for sql, name in [("SELECT 'a'::text === 'b'::text", "user operator ==="),
                      ("SELECT 'a'::text ~~~ 'b'::text", "user operator on built-in types ~~~"),
                      ("SELECT OPERATOR(public.===)('a'::text, 'b'::text)", "qualified user operator"),
                      ("SELECT 'a'::public.g13dom", "cast to a domain with a volatile CHECK"),
                      ("SELECT 'a'::g13dom", "unqualified user domain"),
                      ("SELECT 'a'::public.g13t", "user CREATE CAST"),
                      ("SELECT CAST('a' AS g13t)", "unqualified user type")]:
        e = err(a.tool("query", {"sql": sql}))
        t.ok(e is not None, f"agent: {name} does not run", e)
    t.ok(locks() == "0", "no user operator, domain check or cast ran")
    a.stop()

    # the role's real search path: "$user" first
    reader = f"postgresql://g13_reader:reader-pw@127.0.0.1:{PORT}/mcpdb_test"
    a = Agent(env={"MCPDB_POLICY": policy, "DATABASE_URL": reader})
    a.initialize()
    e = err(a.tool("query", {"sql": "SELECT * FROM products"}))
    t.ok(e is not None and "g13_reader.products" in e, "agent: products resolves to the role's own schema, which is denied", e)
    r = sc(a.tool("query", {"sql": "SELECT count(*) AS n FROM orders"}))
    t.ok(r is not None, "agent: other tables resolve to public through the real search path", r)
    a.stop()

    # mcpdb query: the same guard, the same pinned execution
    env = dict(os.environ, MCPDB_POLICY=policy)
    p = subprocess.run([CLI, "query", "--format", "csv", "SELECT lower(name::varchar) AS l FROM products ORDER BY id LIMIT 1"],
                       capture_output=True, text=True, env=env, timeout=60)
    t.ok(p.returncode == 0 and "pwned" not in p.stdout, "mcpdb query: lower(varchar) is the built-in", p.stdout + p.stderr)
    p = subprocess.run([CLI, "query", "SELECT public.lower('x'::varchar)"], capture_output=True, text=True, env=env, timeout=60)
    t.ok(p.returncode != 0 and "allow_functions" in p.stderr, "mcpdb query: user function denied by default", p.stderr)
    p = subprocess.run([CLI, "query", "SELECT * FROM products"], capture_output=True, text=True,
                       env=dict(env, DATABASE_URL=reader), timeout=60)
    t.ok(p.returncode != 0 and "g13_reader.products" in p.stderr, "mcpdb query: the role's own schema comes first", p.stderr)
    t.ok(locks() == "0", "mcpdb query: no attacker function ran")
finally:
    psql(CLEANUP)
sys.exit(t.done())
