#!/usr/bin/env python3
"""Governance against the real test PostgreSQL, through both front doors: mcpdb-agent over stdio
(query and explain tools) and `mcpdb query`.

1. The masking attack table of issue 6 (tests/data/policies/masking.yaml: customers.email
   masked, customers.ssn denied): every statement is either answered with the column masked or
   rejected - and no raw email (customerN@example.com) or ssn appears anywhere in any answer.
2. Row-filter escapes (tests/data/policies/row_filter.yaml on orders) through every clause:
   each statement's order ids equal the superuser's ground truth computed with the filter
   applied by hand (psql), so no filtered-out row is ever visible; an error-message oracle on a
   hidden row (a predicate cheaper than the filter) shows nothing of that row; EXPLAIN plans
   carry the filter.
3. Rate limit (tests/data/policies/rate_limit.yaml): a burst past the bucket is refused with
   retry_after_ms, and accepted again after waiting that long.
"""
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import Agent, Tap  # noqa: E402

ROOT = os.environ["MCPDB_ROOT"]
CLI = os.environ["MCPDB_CLI"]
POLICIES = os.path.join(ROOT, "tests/data/policies")
MASKING = os.path.join(POLICIES, "masking.yaml")
ROW_FILTER = os.path.join(POLICIES, "row_filter.yaml")
RATE_LIMIT = os.path.join(POLICIES, "rate_limit.yaml")
FILTER = "lower(status) <> 'cancelled' AND customer_id <= 150"   # as in row_filter.yaml
ENV = dict(os.environ, PGTZ="UTC")
for k in ("MCPDB_POLICY", "MAX_ROWS", "MCPDB_AUDIT_LOG"):
    ENV.pop(k, None)
RAW_EMAIL = re.compile(r"customer\d+@example\.com")

t = Tap()


def psql(sql, setup=None):
    pre = ["-c", setup] if setup else []
    p = subprocess.run(["psql", "-X", "-q", "-At", "-F", "|", "-h", os.environ["PGSOCK_TEST"], "-p",
                        os.environ["PGPORT_TEST"], "-U", "postgres", "-d", "mcpdb_test", *pre, "-c", sql],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"psql: {p.stderr.strip()} in {sql}")
    return p.stdout.strip()


def cli(policy, sql):
    """(exit code, stdout + stderr as text) of mcpdb query --format json."""
    p = subprocess.run([CLI, "query", "--format", "json", "--policy", policy, "--", sql], capture_output=True,
                       env=ENV, timeout=60)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def agent_answer(resp):
    """("ok", structuredContent) or ("error", error object) or (None, resp) of a tools/call."""
    r = (resp or {}).get("result")
    if r is None:
        return None, resp
    if r.get("isError"):
        try:
            return "error", json.loads(r["content"][0]["text"])["error"]
        except (KeyError, IndexError, ValueError):
            return "error", {}
    return "ok", r.get("structuredContent")


SSNS = set(psql("SELECT ssn FROM customers WHERE ssn IS NOT NULL").split("\n"))
t.ok(len(SSNS) > 100, "ground truth: the customers' ssn values", len(SSNS))


def secrets_in(text):
    """Raw emails or ssn values found in text (an empty list when it leaks nothing)."""
    found = RAW_EMAIL.findall(text)
    found += [s for s in re.findall(r"\d{9}", text) if s in SSNS]
    return found


# ---- 1. masking attack table ---------------------------------------------------------------------
# (name, SQL, expected): "mask" = answered with every output column derived from email masked;
# "reject" = refused with column_masked/column_denied. Both are checked, and so is "no secret".
ATTACKS = [
    ("plain projection", "SELECT id, email FROM customers ORDER BY id LIMIT 5", "mask"),
    ("alias", "SELECT id, email AS e FROM customers ORDER BY id LIMIT 5", "mask"),
    ("qualified, quoted", 'SELECT c."email" AS "X" FROM public.customers c ORDER BY c.id LIMIT 5', "mask"),
    ("subquery", "SELECT x.e FROM (SELECT id, email AS e FROM customers) x ORDER BY x.id LIMIT 5", "mask"),
    ("subquery star", "SELECT * FROM (SELECT id, email FROM customers) s ORDER BY id LIMIT 5", "mask"),
    ("CTE", "WITH c AS (SELECT id, email FROM customers) SELECT email FROM c ORDER BY id LIMIT 5", "mask"),
    ("CTE column list", "WITH c(i, z) AS (SELECT id, email FROM customers) SELECT z FROM c ORDER BY i LIMIT 5", "mask"),
    ("LATERAL", "SELECT l.email FROM (SELECT 1) s, LATERAL (SELECT email FROM customers ORDER BY id LIMIT 5) l", "mask"),
    ("join alias", "SELECT j.email FROM (customers c JOIN orders o ON o.customer_id = c.id) AS j ORDER BY j.status, j.customer_id LIMIT 5", "mask"),
    ("UNION", "SELECT email FROM customers UNION SELECT 'x'", "reject"),
    ("UNION ALL", "SELECT email FROM customers UNION ALL SELECT email FROM customers", "reject"),
    ("UNION in a subquery", "SELECT e FROM (SELECT email AS e FROM customers UNION ALL SELECT 'x') u LIMIT 5", "reject"),
    ("row_to_json", "SELECT row_to_json(c) FROM customers c LIMIT 5", "reject"),
    ("to_jsonb", "SELECT to_jsonb(c) FROM customers c LIMIT 5", "reject"),
    ("whole row", "SELECT c FROM customers c LIMIT 5", "reject"),
    ("whole row in FROM function", "SELECT j FROM customers c, LATERAL row_to_json(c) j LIMIT 5", "reject"),
    ("field of whole row", "SELECT (c).email FROM customers c LIMIT 5", "reject"),
    ("::text", "SELECT email::text FROM customers LIMIT 5", "reject"),
    ("whole row ::text", "SELECT c::text FROM customers c LIMIT 5", "reject"),
    ("COLLATE", 'SELECT email COLLATE "C" FROM customers LIMIT 5', "reject"),
    ("array_agg", "SELECT array_agg(email) FROM customers", "reject"),
    ("string_agg", "SELECT string_agg(email, ',') FROM customers", "reject"),
    ("json_agg", "SELECT json_agg(email) FROM customers", "reject"),
    ("ARRAY subquery", "SELECT ARRAY(SELECT email FROM customers LIMIT 5)", "reject"),
    ("scalar subquery", "SELECT (SELECT email FROM customers ORDER BY id LIMIT 1)", "reject"),
    ("ROW()", "SELECT ROW(email) FROM customers LIMIT 5", "reject"),
    ("WHERE LIKE", "SELECT id FROM customers WHERE email LIKE 'a%'", "reject"),
    ("WHERE equality", "SELECT id FROM customers WHERE email = 'customer1@example.com'", "reject"),
    ("WHERE in subquery", "SELECT id FROM customers WHERE id IN (SELECT id FROM customers WHERE email > 'customer5')", "reject"),
    ("EXISTS", "SELECT 1 WHERE EXISTS (SELECT 1 FROM customers WHERE email LIKE 'c%')", "reject"),
    ("FILTER", "SELECT count(*) FILTER (WHERE email LIKE 'c1%') FROM customers", "reject"),
    ("CASE", "SELECT CASE WHEN email LIKE 'c1%' THEN 1 END FROM customers LIMIT 5", "reject"),
    ("length", "SELECT length(email) FROM customers LIMIT 5", "reject"),
    ("md5", "SELECT md5(email) FROM customers LIMIT 5", "reject"),
    ("upper", "SELECT upper(email) FROM customers LIMIT 5", "reject"),
    ("concatenation", "SELECT email || '' FROM customers LIMIT 5", "reject"),
    ("email = email", "SELECT email = email FROM customers LIMIT 5", "reject"),
    ("coalesce", "SELECT coalesce(email, '') FROM customers LIMIT 5", "reject"),
    ("ORDER BY", "SELECT id FROM customers ORDER BY email LIMIT 5", "reject"),
    ("ORDER BY position", "SELECT email FROM customers ORDER BY 1 LIMIT 5", "reject"),
    ("ORDER BY alias shadowing", "SELECT email AS id FROM customers ORDER BY id LIMIT 5", "reject"),
    ("ORDER BY in a subquery", "SELECT x.email FROM (SELECT email FROM customers ORDER BY email LIMIT 1) x", "reject"),
    ("DISTINCT", "SELECT DISTINCT email FROM customers LIMIT 5", "reject"),
    ("DISTINCT ON", "SELECT DISTINCT ON (email) id FROM customers LIMIT 5", "reject"),
    ("DISTINCT in a subquery", "SELECT x.email FROM (SELECT DISTINCT email FROM customers) x LIMIT 5", "reject"),
    ("GROUP BY", "SELECT email FROM customers GROUP BY email LIMIT 5", "reject"),
    ("GROUP BY position", "SELECT email FROM customers GROUP BY 1 LIMIT 5", "reject"),
    ("count(DISTINCT)", "SELECT count(DISTINCT email) FROM customers", "reject"),
    ("window ORDER BY", "SELECT email, row_number() OVER (ORDER BY email) FROM customers LIMIT 5", "reject"),
    ("window function argument", "SELECT first_value(email) OVER (ORDER BY id) FROM customers LIMIT 5", "reject"),
    ("named window", "SELECT id, email FROM customers WINDOW w AS (ORDER BY email) LIMIT 5", "reject"),
    ("JOIN ON", "SELECT a.id FROM customers a JOIN customers b ON a.email = b.email LIMIT 5", "reject"),
    ("JOIN USING", "SELECT id FROM customers JOIN (SELECT email FROM customers) x USING (email) LIMIT 5", "reject"),
    ("NATURAL JOIN", "SELECT id FROM customers NATURAL JOIN (SELECT email FROM customers) x LIMIT 5", "reject"),
    ("LATERAL correlated", "SELECT e FROM customers c, LATERAL (SELECT c.email AS e) l LIMIT 5", "reject"),
    ("LATERAL WHERE", "SELECT id FROM customers JOIN LATERAL (SELECT 1 WHERE email LIKE 'c1%') x ON true LIMIT 5", "reject"),
    ("recursive CTE", "WITH RECURSIVE r(e) AS (SELECT email FROM customers UNION SELECT e FROM r) SELECT e FROM r LIMIT 5", "reject"),
    ("OFFSET from the value", "SELECT id FROM customers LIMIT 1 OFFSET (SELECT length(email) FROM customers LIMIT 1)", "reject"),
    ("table alias column list", "SELECT e2 FROM customers AS c(i, n, e2) LIMIT 5", "reject"),
    ("denied ssn", "SELECT ssn FROM customers LIMIT 5", "reject"),
    ("denied ssn via star", "SELECT * FROM customers LIMIT 5", "reject"),
    ("denied ssn in WHERE", "SELECT id FROM customers WHERE ssn LIKE '1%'", "reject"),
    ("denied ssn through a subquery star", "SELECT s.ssn FROM (SELECT * FROM customers) s LIMIT 5", "reject"),
    ("TABLE", "TABLE customers", "reject"),
]

MASKED_VALUE = re.compile(r"^c\*\*\*@example\.com$")


def check_masked_agent(name, kind, body):
    if kind != "ok":
        return t.ok(False, f"agent masks: {name}", body)
    cols = body.get("columns", [])
    rows = body.get("rows", [])
    masked = [i for i, c in enumerate(cols) if c.get("masked")]
    good = (len(masked) == 1 and len(rows) == 5 and all(MASKED_VALUE.match(r[masked[0]] or "") for r in rows)
            and body.get("masked_columns") == ["customers.email"])
    return t.ok(good, f"agent masks: {name}", body)


def check_masked_cli(name, rc, out, err):
    try:
        doc = json.loads(out)
    except ValueError:
        return t.ok(False, f"cli masks: {name}", f"rc={rc} {out[:200]} {err[:200]}")
    cols = doc.get("columns", [])
    rows = doc.get("rows", [])
    masked = [i for i, c in enumerate(cols) if c.get("masked")]
    vals = [r[masked[0]] for r in rows] if len(masked) == 1 else []
    good = rc == 0 and len(masked) == 1 and len(rows) == 5 and all(MASKED_VALUE.match(v or "") for v in vals)
    return t.ok(good, f"cli masks: {name}", f"rc={rc} {out[:300]} {err[:200]}")


a = Agent(env={"MCPDB_POLICY": MASKING, "PGTZ": "UTC"})
a.initialize()
for name, sql, expect in ATTACKS:
    resp = a.tool("query", {"sql": sql})
    kind, body = agent_answer(resp)
    raw = json.dumps(resp)
    t.ok(not secrets_in(raw), f"agent leaks nothing: {name}", secrets_in(raw)[:3])
    if expect == "mask":
        check_masked_agent(name, kind, body)
    else:
        t.ok(kind == "error" and body.get("code") in ("column_masked", "column_denied") and body.get("denied") is True,
             f"agent rejects: {name}", body)
    rc, out, err = cli(MASKING, sql)
    t.ok(not secrets_in(out + err), f"cli leaks nothing: {name}", secrets_in(out + err)[:3])
    if expect == "mask":
        check_masked_cli(name, rc, out, err)
    else:
        t.ok(rc == 1 and out == "" and re.search(r"rejected \(column_(masked|denied)\)", err) is not None,
             f"cli rejects: {name}", f"rc={rc} {out[:200]} {err[:200]}")

# explain of a masked use is judged like the query (the plan would show the predicate's constant).
resp = a.tool("explain", {"sql": "SELECT id FROM customers WHERE email = 'customer1@example.com'"})
kind, body = agent_answer(resp)
t.ok(kind == "error" and body.get("code") == "column_masked", "agent explain: a masked column in WHERE is rejected", body)
# Sanity: without the policy the same answer has raw values (so the leak check can fail).
a.stop()
p = subprocess.run([CLI, "query", "--format", "json", "SELECT email, ssn FROM customers ORDER BY id LIMIT 2"],
                   capture_output=True, env=ENV, timeout=60)
t.ok(len(secrets_in(p.stdout.decode())) == 4, "sanity: without a policy the raw emails and ssn show (the leak check works)",
     p.stdout[:200])

# ---- 2. row filters --------------------------------------------------------------------------------
# Each case selects order ids (one int column x); {o} is the orders reference under test. The
# superuser's ground truth replaces {o} by a temporary view with the filter written out by hand.
TRUTH_VIEW = f"CREATE TEMP VIEW filtered_orders AS SELECT * FROM public.orders WHERE {FILTER}"
ROW_CASES = [
    ("FROM", "SELECT id FROM {o}"),
    ("FROM with alias", "SELECT o.id FROM {o} AS o"),
    ("schema-qualified", "SELECT id FROM {po}"),
    ("ONLY", "SELECT id FROM ONLY {po}"),
    ("upper-case and quoted name", 'SELECT id FROM {O}'),
    ("TABLE", "SELECT id FROM (TABLE {o}) t"),
    ("JOIN", "SELECT o.id FROM customers c JOIN {o} o ON o.customer_id = c.id"),
    ("LEFT JOIN", "SELECT o.id FROM customers c LEFT JOIN {o} o ON o.customer_id = c.id WHERE o.id IS NOT NULL"),
    ("RIGHT JOIN", "SELECT o.id FROM customers c RIGHT JOIN {o} o ON o.customer_id = c.id"),
    ("FULL JOIN", "SELECT o.id FROM (SELECT 0 AS k) z FULL JOIN {o} o ON o.id = z.k WHERE o.id IS NOT NULL"),
    ("self join", "SELECT a.id FROM {o} a JOIN {o} b ON b.id = a.id"),
    ("join through order_items", "SELECT DISTINCT oi.order_id FROM order_items oi JOIN {o} o ON o.id = oi.order_id"),
    ("FROM subquery", "SELECT id FROM (SELECT * FROM {o}) s"),
    ("nested subqueries", "SELECT id FROM (SELECT id FROM (SELECT id FROM {o}) a) b"),
    ("IN subquery", "SELECT g FROM generate_series(1, 1000) g WHERE g IN (SELECT id FROM {o})"),
    ("NOT IN subquery", "SELECT g FROM generate_series(1, 1000) g WHERE g NOT IN (SELECT id FROM {o})"),
    ("EXISTS", "SELECT g FROM generate_series(1, 1000) g WHERE EXISTS (SELECT 1 FROM {o} WHERE id = g)"),
    ("NOT EXISTS", "SELECT g FROM generate_series(1, 1000) g WHERE NOT EXISTS (SELECT 1 FROM {o} WHERE id = g)"),
    ("scalar subquery", "SELECT g FROM generate_series(1, 1000) g WHERE (SELECT status FROM {o} WHERE id = g) IS NOT NULL"),
    ("scalar subquery in the select list", "SELECT (SELECT id FROM {o} WHERE id = g) FROM generate_series(1, 1000) g"),
    ("ARRAY subquery", "SELECT unnest(ARRAY(SELECT id FROM {o}))"),
    ("aggregate FILTER", "SELECT g FROM generate_series(1, 1000) g GROUP BY g HAVING count(*) FILTER (WHERE g IN (SELECT id FROM {o})) > 0"),
    ("CTE", "WITH x AS (SELECT id FROM {o}) SELECT id FROM x"),
    ("CTE MATERIALIZED", "WITH x AS MATERIALIZED (SELECT * FROM {o}) SELECT id FROM x"),
    ("recursive CTE walk", "WITH RECURSIVE r(id) AS (SELECT min(id) FROM {o} UNION SELECT (SELECT min(o.id) FROM {o} o WHERE o.id > r.id) FROM r WHERE r.id IS NOT NULL) SELECT id FROM r WHERE id IS NOT NULL"),
    ("LATERAL", "SELECT l.id FROM customers c, LATERAL (SELECT id FROM {o} o WHERE o.customer_id = c.id) l"),
    ("LATERAL join", "SELECT l.id FROM customers c LEFT JOIN LATERAL (SELECT id FROM {o} o WHERE o.customer_id = c.id) l ON true WHERE l.id IS NOT NULL"),
    ("UNION", "SELECT id FROM {o} UNION SELECT id FROM {o}"),
    ("UNION ALL with a constant", "SELECT id FROM {o} UNION ALL SELECT -1"),
    ("INTERSECT", "SELECT g FROM generate_series(1, 1000) g INTERSECT SELECT id FROM {o}"),
    ("EXCEPT", "SELECT g FROM generate_series(1, 1000) g EXCEPT SELECT id FROM {o}"),
    ("VALUES join", "SELECT v.x FROM (VALUES (1), (5), (6), (12), (999)) v(x) JOIN {o} o ON o.id = v.x"),
    ("WHERE on a hidden value", "SELECT id FROM {o} WHERE status = 'cancelled' OR customer_id > 150"),
    ("ORDER BY/LIMIT/OFFSET", "SELECT id FROM (SELECT id FROM {o} ORDER BY id DESC LIMIT 50 OFFSET 3) t"),
    ("window", "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) FROM {o}) w"),
    ("GROUP BY", "SELECT customer_id FROM {o} GROUP BY customer_id"),
]


def wrap(inner):
    return ("SELECT count(*), coalesce(sum(x), 0), coalesce(string_agg(x::text, ',' ORDER BY x), '') "
            f"FROM ({inner}) q(x)")


def fill(case, o, po, big_o):
    return case.replace("{o}", o).replace("{po}", po).replace("{O}", big_o)


hidden = psql(f"SELECT count(*) FROM orders WHERE NOT ({FILTER})")
t.ok(int(hidden) > 100, "ground truth: the filter hides orders", hidden)
a = Agent(env={"MCPDB_POLICY": ROW_FILTER, "PGTZ": "UTC"})
a.initialize()
for name, case in ROW_CASES:
    truth = psql(wrap(fill(case, "filtered_orders", "filtered_orders", "filtered_orders")), TRUTH_VIEW).split("|")
    unfiltered = psql(wrap(fill(case, "public.orders", "public.orders", "public.orders"))).split("|")
    sql = wrap(fill(case, "orders", "public.orders", 'PUBLIC."orders"'))
    kind, body = agent_answer(a.tool("query", {"sql": sql}))
    got = [str(v) for v in body["rows"][0]] if kind == "ok" and body.get("rows") else body
    t.ok(got == truth, f"agent row filter: {name}", f"got {str(got)[:150]} want {str(truth)[:150]}")
    rc, out, err = cli(ROW_FILTER, sql)
    try:
        row = json.loads(out)["rows"][0]
        got = [str(v) for v in row.values()] if isinstance(row, dict) else [str(v) for v in row]
    except (ValueError, KeyError, IndexError):
        got = f"rc={rc} {err[:200]}"
    t.ok(got == truth, f"cli row filter: {name}", f"got {str(got)[:150]} want {str(truth)[:150]}")
    if name in ("FROM", "EXISTS", "LATERAL", "UNION"):
        t.ok(unfiltered != truth, f"sanity: without the filter '{name}' differs (the comparison can fail)")

# An error-message oracle: order 5 is hidden (cancelled) and has customer 36. A predicate cheaper
# than the filter must never run on it (its error text would show "36cancelled").
t.ok(psql("SELECT customer_id || status FROM orders WHERE id = 5") == "36cancelled", "ground truth: order 5 is hidden")
ORACLES = [
    "SELECT id FROM orders WHERE id = 5 AND has_table_privilege(status, 'SELECT')",
    "SELECT id FROM orders WHERE id = 5 AND (customer_id::text || status)::int > 0",
    "SELECT o.id FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.id = 5 AND (o.customer_id::text || o.status)::int > 0",
    "SELECT id FROM (SELECT * FROM orders WHERE id = 5) s WHERE has_table_privilege(status, 'SELECT')",
]
for sql in ORACLES:
    kind, body = agent_answer(a.tool("query", {"sql": sql}))
    text = json.dumps(body)
    t.ok("cancelled" not in text, f"agent: no error oracle on a hidden row: {sql[:70]}", text[:200])
    rc, out, err = cli(ROW_FILTER, sql)
    t.ok("cancelled" not in out + err, f"cli: no error oracle on a hidden row: {sql[:70]}", (out + err)[:200])

# EXPLAIN: the plan is of the filtered statement (explain tool, and EXPLAIN through the CLI);
# EXPLAIN ANALYZE (which runs it) is refused by this policy.
kind, body = agent_answer(a.tool("explain", {"sql": "SELECT id FROM orders WHERE id = 5"}))
plan = json.dumps(body)
t.ok(kind == "ok" and "cancelled" in plan and "customer_id <= 150" in plan, "agent explain: the plan carries the row filter",
     plan[:300])
kind, body = agent_answer(a.tool("explain", {"sql": "SELECT id FROM orders", "analyze": True}))
t.ok(kind == "error" and body.get("code") == "explain_analyze_denied", "agent explain analyze: refused", body)
rc, out, err = cli(ROW_FILTER, "EXPLAIN SELECT o.id FROM customers c JOIN orders o ON o.customer_id = c.id")
t.ok(rc == 0 and "cancelled" in out and "customer_id <= 150" in out, "cli EXPLAIN: the plan carries the row filter",
     out[:300] + err)
rc, out, err = cli(ROW_FILTER, "EXPLAIN ANALYZE SELECT id FROM orders")
t.ok(rc == 1 and "explain_analyze_denied" in err, "cli EXPLAIN ANALYZE: refused", err)
rc, out, err = cli(ROW_FILTER, "SELECT count(*) FROM orders TABLESAMPLE SYSTEM (100)")
t.ok(rc == 1 and "rejected" in err, "TABLESAMPLE on a filtered table: refused", err)
stderr = a.stop()
t.ok(not a.bad_lines, "agent: every stdout line was JSON-RPC", a.bad_lines[:2])

# ---- 3. rate limit -----------------------------------------------------------------------------------
a = Agent(env={"MCPDB_POLICY": RATE_LIMIT})
a.initialize()
answers = [agent_answer(a.tool("query", {"sql": "SELECT 1"})) for _ in range(26)]
ok_n = sum(1 for k, _ in answers if k == "ok")
refused = [b for k, b in answers if k == "error"]
t.ok(ok_n >= 20 and ok_n <= 21 and len(refused) == 26 - ok_n, "rate limit: the bucket's 20 calls pass, the rest of a burst is refused",
     f"{ok_n} ok, {len(refused)} refused")
t.ok(refused and all(b.get("code") == "rate_limited" and isinstance(b.get("retry_after_ms"), int) and
                     0 < b["retry_after_ms"] <= 3000 and "retry" in b.get("message", "") for b in refused),
     "rate limit: each refusal says rate_limited with retry_after_ms (at most one token's 3 s)", refused[:1])
wait = max(b.get("retry_after_ms", 0) for b in refused) if refused else 3000
time.sleep(wait / 1000 + 0.2)
kind, body = agent_answer(a.tool("query", {"sql": "SELECT 1"}))
t.ok(kind == "ok", f"rate limit: accepted again after waiting retry_after_ms ({wait} ms)", body)
kind, body = agent_answer(a.tool("query", {"sql": "SELECT 1"}))
t.ok(kind == "error" and body.get("code") == "rate_limited", "rate limit: and that token was the only one back", body)
a.stop()

sys.exit(t.done())
