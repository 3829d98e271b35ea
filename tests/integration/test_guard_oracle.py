"""Oracle for the SQL guard: every case the table (tests/data/guard_cases.tsv) allows runs on
the real test PostgreSQL inside BEGIN READ ONLY ... ROLLBACK and must succeed, and none may
change anything: a checksum of the catalog and of all test data is compared before and after.
The SQL run is the guard's rewrite (from `mcpdb check --json`, with the case's policy) when
the CLI has the check command, else the case as written. Cases with $n parameters are
PREPAREd (parsed, analysed and planned) instead of executed."""
import json
import os
import re
import subprocess
import sys

ROOT = os.environ.get("MCPDB_ROOT", ".")
CLI = os.environ.get("MCPDB_CLI", "")
URL = os.environ["DATABASE_URL"]
TABLE = os.path.join(ROOT, "tests/data/guard_cases.tsv")
POLICY = os.path.join(ROOT, "tests/data/guard_policy.yaml")

CHECKSUM = r"""
SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
  SELECT 'rel:' || n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast%'
  UNION ALL SELECT 'proc:' || oid::regprocedure::text FROM pg_proc WHERE pronamespace <> 'pg_catalog'::regnamespace
  UNION ALL SELECT 'lo:' || count(*) FROM pg_largeobject_metadata
  UNION ALL SELECT 'slot:' || count(*) FROM pg_replication_slots
  UNION ALL SELECT 'role:' || rolname FROM pg_roles
  UNION ALL SELECT 'seq:' || last_value || is_called::text FROM guard_fx.seq
  UNION ALL SELECT 'touched:' || count(*) FROM guard_fx.touched
  UNION ALL SELECT 'customers:' || md5(string_agg(t::text, ',' ORDER BY t.id)) FROM customers t
  UNION ALL SELECT 'orders:' || md5(string_agg(t::text, ',' ORDER BY t.id)) FROM orders t
  UNION ALL SELECT 'items:' || md5(string_agg(t::text, ',' ORDER BY t.order_id, t.line_no)) FROM order_items t
  UNION ALL SELECT 'products:' || md5(string_agg(t::text, ',' ORDER BY t.id)) FROM products t
  UNION ALL SELECT 'payments:' || md5(string_agg(t::text, ',' ORDER BY t.id)) FROM guard_fx.payments t
  UNION ALL SELECT 'events:' || md5(string_agg(t::text, ',' ORDER BY t.id)) FROM guard_fx.events t
) s(x)
"""


def psql(sql, single=True):
    args = ["psql", URL, "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1"]
    if single:
        args.append("--single-transaction")
    p = subprocess.run(args, input=sql, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout.strip(), p.stderr.strip()


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def cases():
    policy, pg = "none", 0
    with open(TABLE, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("@policy "):
                policy = line.split()[1]
                continue
            if line.startswith("@pg "):
                v = line.split()[1]
                pg = 0 if v == "any" else int(v)
                continue
            verdict, code, sql = line.split("\t", 2)
            yield lineno, verdict, policy, pg, unescape(sql)


def have_check():
    if not CLI or not os.access(CLI, os.X_OK):
        return False
    p = subprocess.run([CLI, "check", "--json", "SELECT 1"], capture_output=True, text=True)
    return p.returncode == 0 and p.stdout.startswith("{")


def rewrite(sql, policy):
    args = [CLI, "check", "--json", "--max-rows", "100"]
    if policy == "test":
        args += ["--policy", POLICY]
    env = dict(os.environ)
    env.pop("MCPDB_POLICY", None)
    p = subprocess.run(args + ["-"], input=sql, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        return None, p.stdout + p.stderr
    return json.loads(p.stdout)["rewritten"], ""


def main():
    rc, version, err = psql("SHOW server_version_num")
    if rc != 0:
        print("not ok - oracle: cannot reach the test database (%s)" % err)
        return 1
    version = int(version)
    use_cli = have_check()
    if not use_cli:
        print("# mcpdb check is not available in %s: running the cases as written" % CLI)
    rc, before, err = psql(CHECKSUM)
    if rc != 0:
        print("not ok - oracle: checksum query fails (%s)" % err)
        return 1
    print("ok - oracle: data and catalog checksum taken")
    ran = skipped = failed = 0
    for lineno, verdict, policy, pg, sql in cases():
        if verdict != "allow":
            continue
        if pg and version < pg * 10000:
            skipped += 1
            continue
        run = sql
        if use_cli:
            run, why = rewrite(sql, policy)
            if run is None:
                print("not ok - line %d: mcpdb check rejects an allowed case: %s" % (lineno, why.strip()[:200]))
                failed += 1
                continue
        elif policy != "none":
            skipped += 1
            continue
        body = run.rstrip().rstrip(";")
        if re.search(r"\$\d", re.sub(r"'[^']*'|\$[a-z]*\$.*?\$[a-z]*\$", "", body, flags=re.S)):
            body = "PREPARE mcpdb_oracle AS " + body
        script = "BEGIN READ ONLY;\n%s\n;\nROLLBACK;\n" % body
        rc, out, err = psql(script, single=False)
        ran += 1
        name = "line %d runs read-only: %s" % (lineno, " ".join(sql.split())[:70])
        if rc == 0:
            print("ok - " + name)
        else:
            failed += 1
            print("not ok - %s (%s)" % (name, err.splitlines()[-1] if err else "psql failed"))
    rc, after, err = psql(CHECKSUM)
    if rc == 0 and after == before:
        print("ok - oracle: nothing changed (%d cases ran, %d skipped for server version/CLI)" % (ran, skipped))
    else:
        print("not ok - oracle: the database changed: %s -> %s %s" % (before, after, err))
        failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
