#!/usr/bin/env python3
"""mcpdb-agent's six tools over stdio against the real test PostgreSQL (seeded with demo.sql and
tests/data/test_types.sql): definitions and their size, every tool, every typed value, input
validation, guard denials, row/byte/cell truncation, timeout, cancellation (the SQL stops on
the server), concurrency (8 slow queries at once; a ping behind them answers at once), masking
by lineage, a database restart mid-session, and a database unreachable at start."""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import Agent, Tap  # noqa: E402

t = Tap()
ROOT = os.environ.get("MCPDB_ROOT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def sc(resp):
    """structuredContent of a successful tool result (None otherwise)."""
    r = (resp or {}).get("result") or {}
    return None if r.get("isError") else r.get("structuredContent")


def error_of(resp):
    """The {"code", "message", ...} object of an isError tool result, or None."""
    r = (resp or {}).get("result") or {}
    if not r.get("isError"):
        return None
    try:
        return json.loads(r["content"][0]["text"])["error"]
    except (KeyError, IndexError, ValueError):
        return None


def psql(sql):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-h", os.environ["PGSOCK_TEST"], "-p", os.environ["PGPORT_TEST"],
                          "-U", "postgres", "-d", "mcpdb_test", "-c", sql], capture_output=True, text=True)
    return out.stdout.strip()


def pg_restart(mode):
    subprocess.run(["bash", "-c", f". {ROOT}/tests/lib/pg.sh && pg_restart {mode}"], check=False)


def active_agent_queries(like):
    return int(psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mcpdb-agent' "
                    f"AND state = 'active' AND query LIKE '%{like}%'") or -1)


# ---- definitions ---------------------------------------------------------------------------------
FUNCS = os.path.join(ROOT, "tests", "data", "policies", "test_functions.yaml")
a = Agent(env={"MCPDB_POOL_SIZE": "8", "MCPDB_POLICY": FUNCS})
a.initialize()
r = a.call("tools/list")
tools = (r or {}).get("result", {}).get("tools", [])
names = [x.get("name") for x in tools]
t.ok(sorted(names) == sorted(["list_schemas", "list_tables", "describe_table", "query", "explain",
                              "find_relationships"]), "tools/list: the six tools", names)
size = len(json.dumps(r["result"], separators=(",", ":"))) if r else 0
print(f"# tools/list result: {size} bytes")
t.ok(0 < size < 9000, "tools/list is compact (< 9000 bytes)", size)
for tool in tools:
    n = tool.get("name")
    ann = tool.get("annotations", {})
    t.ok(ann.get("readOnlyHint") is True and ann.get("destructiveHint") is False and
         ann.get("idempotentHint") is True and ann.get("openWorldHint") is False, f"{n}: annotations", ann)
    t.ok(tool.get("inputSchema", {}).get("type") == "object" and
         tool["inputSchema"].get("additionalProperties") is False, f"{n}: inputSchema closed object")
    t.ok(tool.get("outputSchema", {}).get("type") == "object" and tool.get("title") and
         len(tool.get("description", "")) < 260, f"{n}: outputSchema, title, short description")

# ---- catalog tools -------------------------------------------------------------------------------
s = sc(a.tool("list_schemas"))
t.ok(s is not None and {"public", "mcpdb_types"} <= {x["name"] for x in s["schemas"]} and
     not any(x["name"].startswith("pg_") or x["name"] == "information_schema" for x in s["schemas"]),
     "list_schemas: user schemas only", s)
s = sc(a.tool("list_tables", {"schema": "public"}))
kinds = {x["name"]: x["kind"] for x in (s or {}).get("tables", [])}
t.ok(kinds.get("orders") == "table" and kinds.get("customer_revenue") == "view" and
     all(x["schema"] == "public" for x in s["tables"]), "list_tables: schema filter, kinds", kinds)
row = next((x for x in s["tables"] if x["name"] == "customers"), {})
t.ok(row.get("comment") == "People who have an account with the shop" and isinstance(row.get("estimated_rows"), int),
     "list_tables: comment and estimated rows", row)
e = error_of(a.tool("list_tables", {"schema": 5}))
t.ok(e is not None and e["code"] == "invalid_arguments" and "schema" in e["message"], "list_tables: bad argument type", e)
e = error_of(a.tool("list_tables", {"schemaa": "public"}))
t.ok(e is not None and "schemaa" in e["message"] and "schema" in e["message"], "list_tables: unknown argument named", e)

d = sc(a.tool("describe_table", {"table": "orders"}))
cols = {c["name"]: c for c in (d or {}).get("columns", [])}
t.ok(d is not None and d["schema"] == "public" and d["primary_key"] == ["id"] and
     cols["customer_id"]["type"] == "integer" and cols["customer_id"]["nullable"] is False and
     cols["shipped_at"]["nullable"] is True, "describe_table: columns, types, nullability, primary key", d)
t.ok(any(fk["references_table"] == "customers" and fk["columns"] == ["customer_id"] for fk in d["foreign_keys"]) and
     any(rb["table"] == "order_items" for rb in d["referenced_by"]), "describe_table: foreign keys both ways")
t.ok(any(ix["name"] == "orders_customer_id_idx" and "customer_id" in ix["definition"] for ix in d["indexes"]),
     "describe_table: indexes")
d2 = sc(a.tool("describe_table", {"table": "public.products"}))
pc = {c["name"]: c for c in (d2 or {}).get("columns", [])}
t.ok(d2 is not None and pc["in_stock"]["default"] == "true" and pc["price"]["type"] == "numeric(10,2)" and
     pc["price"]["comment"] == "Unit price in EUR", "describe_table: schema.table form, defaults, comments", d2)
e = error_of(a.tool("describe_table", {"table": "nosuch"}))
t.ok(e is not None and e["code"] == "table_not_found" and "list_tables" in e["message"], "describe_table: unknown table", e)
e = error_of(a.tool("describe_table", {}))
t.ok(e is not None and e["code"] == "invalid_arguments" and "table" in e["message"], "describe_table: table required", e)

f = sc(a.tool("find_relationships", {"table": "customers"}))
paths = {p["to"]: p for p in (f or {}).get("join_paths", [])}
t.ok(f is not None and paths.get("public.orders", {}).get("on") == ["orders.customer_id = customers.id"] and
     paths.get("public.products", {}).get("hops") == 3, "find_relationships: join paths with conditions", f)

# ---- query: every typed value --------------------------------------------------------------------
q = sc(a.tool("query", {"sql": "SELECT * FROM mcpdb_types.typed_values ORDER BY id"}))
t.ok(q is not None and q["row_count"] == 6 and q["truncated"] is False and isinstance(q["elapsed_ms"], int),
     "query: typed_values read", q and {k: q[k] for k in q if k != "rows"})
if q:
    ct = {c["name"]: c["type"] for c in q["columns"]}
    t.ok(ct["i8"] == "bigint" and ct["tstz"] == "timestamp with time zone" and ct["jsb_arr"] == "jsonb[]" and
         ct["mood"] == "mcpdb_types.mood", "query: column types are PostgreSQL names", ct)
    rows = {r[1]: dict(zip([c["name"] for c in q["columns"]], r)) for r in q["rows"]}
    ty, mx, mn, sp, big, nul = (rows["typical"], rows["max"], rows["min"], rows["special"],
                                rows["int8 beyond 2^53"], rows["all null"])
    checks = [
        ("int2/int4/int8 numbers", (ty["i2"], ty["i4"], ty["i8"]) == (1, 42, 42)),
        ("int8 max as string", mx["i8"] == "9223372036854775807"),
        ("int8 min as string", mn["i8"] == "-9223372036854775808"),
        ("int8 2^53 number", sp["i8"] == 9007199254740992),
        ("int8 2^53+1 string", big["i8"] == "9007199254740993"),
        ("int2/int4 extremes", (mx["i2"], mn["i4"]) == (32767, -2147483648)),
        ("float numbers", (ty["f4"], ty["f8"]) == (1.5, 0.1)),
        ("float Infinity/-Infinity/NaN strings", (mx["f8"], mn["f4"], sp["f8"]) == ("Infinity", "-Infinity", "NaN")),
        ("float -0", str(big["f8"]) == "-0.0" and str(big["f4"]) == "-0.0" and big["num"] == "0"),
        ("numeric exact strings", (ty["num"], mx["num"], sp["num"]) ==
         ("123.45", "123456789012345678901234567890.123456789", "NaN")),
        ("bool", (ty["flag"], mx["flag"], mn["flag"]) == (True, False, None)),
        ("json embedded", ty["js"] == {"a": [1, 2]} and ty["jsb"] == {"b": {"c": None}} and mn["js"] is None
         and mn["jsb"] == "str"),
        ("jsonb big number exact", mx["jsb"] == {"big": 12345678901234567890}),
        ("bytea hex", (ty["bin"], mx["bin"], sp["bin"]) == ("\\x00ff", "\\x", "\\x5c22")),
        ("date/time ISO", (ty["d"], ty["t"], mx["d"]) == ("2024-02-29", "13:14:15.123456", "infinity")),
        ("timestamps full precision", (ty["ts"], ty["tstz"]) ==
         ("2024-01-02 03:04:05.678901", "2024-01-02 03:04:05.678901+00")),
        ("interval postgres style", (ty["iv"], sp["iv"]) == ("1 year 2 mons 3 days 04:05:06.789", "-1 days +02:03:04")),
        ("uuid", ty["u"] == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
        ("unicode text", ty["txt"] == "café ☃ 😀" and mn["txt"] == ""),
        ("escapes in text", sp["txt"] == 'tab\there "quoted" back\\slash\nnewline'),
        ("int arrays", (ty["int_arr"], ty["int2d"], mx["int2d"], mn["int_arr"], sp["int_arr"]) ==
         ([1, 2, 3], [[1, 2], [3, 4]], [[None, None]], [None], [7, 8])),
        ("text arrays quoting/NULL", (ty["txt_arr"], mn["txt_arr"], sp["txt_arr"], mx["txt_arr"]) ==
         (["a", "b c", 'q"uote', None], [None, "NULL"], ["{braces}", "a,b"], [""])),
        ("numeric array strings", ty["num_arr"] == ["1.10", "NaN"] and mx["num_arr"] == []),
        ("jsonb array embedded", ty["jsb_arr"] == [{"k": 1}, [True]] and mn["jsb_arr"] == [None]),
        ("enum and domain", (ty["mood"], ty["pos"]) == ("happy", 7)),
        ("all NULL row", all(v is None for k, v in nul.items() if k not in ("id", "label"))),
    ]
    for name, ok in checks:
        t.ok(ok, f"typed value: {name}")
    raw = a.tool("query", {"sql": "SELECT js, jsb FROM mcpdb_types.typed_values WHERE id = 4"})
    text = raw["result"]["content"][0]["text"]
    t.ok('"jsb":' not in text and "1e400" in text and "0.10000000000000000001" in text,
         "typed value: JSON numbers kept exactly as written (1e400, 0.1000...1)", text[:200])
    t.ok(json.loads(text) == raw["result"]["structuredContent"], "text block carries the same JSON")

pt = sc(a.tool("query", {"sql": "SELECT price, sku, name FROM products LIMIT 1"}))
t.ok(pt is not None and pt["columns"][0]["type"] == "numeric(10,2)" and pt["columns"][1]["type"] == "text",
     "query: column types carry their modifier", pt and pt["columns"])

# ---- query: params, validation, guard ------------------------------------------------------------
p = sc(a.tool("query", {"sql": "SELECT $1::int + 1 AS n, $2::text AS s, $3::text IS NULL AS isnull, $4::bool AS b",
                        "params": [41, "x'y", None, True]}))
t.ok(p is not None and p["rows"] == [[42, "x'y", True, True]], "query: params (number, string, null, bool)", p)
for args, code, name in [
        ({}, "invalid_arguments", "sql required"),
        ({"sql": ""}, "invalid_arguments", "empty sql"),
        ({"sql": 5}, "invalid_arguments", "sql not a string"),
        ({"sql": "SELECT 1", "max_rows": 0}, "invalid_arguments", "max_rows 0"),
        ({"sql": "SELECT 1", "max_rows": "5"}, "invalid_arguments", "max_rows string"),
        ({"sql": "SELECT 1", "params": "x"}, "invalid_arguments", "params not an array"),
        ({"sql": "SELECT 1", "limit": 5}, "invalid_arguments", "unknown argument"),
        ({"sql": "SELECT 1 " + "x" * 70000}, "too_large", "huge sql")]:
    e = error_of(a.tool("query", args))
    t.ok(e is not None and e["code"] == code and len(e["message"]) > 10, f"query: invalid input: {name}", e)
for sql, name in [("DELETE FROM orders", "DELETE"), ("SELECT pg_sleep(1)", "pg_sleep"),
                  ("SELECT 1; SELECT 2", "two statements"), ("SELECT * FROM orders FOR UPDATE", "FOR UPDATE"),
                  ("SELECT mcpdb_types.bump(1)", "volatile user function")]:
    e = error_of(a.tool("query", {"sql": sql}))
    t.ok(e is not None and e.get("denied") is True and e["code"] not in ("database_error", "invalid_arguments"),
         f"query: guard denies {name}", e)
ok = sc(a.tool("query", {"sql": "SELECT mcpdb_types.add_one(1) AS v"}))
t.ok(ok is not None and ok["rows"] == [[2]], "query: immutable user function allowed by the policy (resolved via pg_proc)", ok)
e = error_of(a.tool("query", {"sql": "SELECT * FROM no_such_table"}))
t.ok(e is not None and e["code"] == "database_error" and e.get("sqlstate") == "42P01" and "no_such_table" in e["message"],
     "query: database error with SQLSTATE", e)
t.ok(e is not None and e["executed_sql"][e["position"] - 1:].startswith("no_such_table"),
     "query: error position points into the executed (rewritten) SQL", e)

# ---- explain ------------------------------------------------------------------------------------
x = sc(a.tool("explain", {"sql": "SELECT * FROM orders WHERE id = 5"}))
t.ok(x is not None and isinstance(x["plan"], list) and "Plan" in x["plan"][0] and x["analyze"] is False,
     "explain: plan as JSON", x)
e = error_of(a.tool("explain", {"sql": "SELECT 1", "analyze": True}))
t.ok(e is not None and "analyze" in e["message"].lower(), "explain: analyze needs the policy", e)
e = error_of(a.tool("explain", {"sql": "DELETE FROM orders"}))
t.ok(e is not None and e.get("denied") is True, "explain: guard applies", e)
e = error_of(a.tool("explain", {"sql": "EXPLAIN SELECT 1"}))
t.ok(e is not None and e["code"] == "invalid_arguments", "explain: statement given with EXPLAIN", e)

# ---- truncation ----------------------------------------------------------------------------------
r5 = sc(a.tool("query", {"sql": "SELECT id FROM orders ORDER BY id", "max_rows": 5}))
t.ok(r5 is not None and r5["rows"] == [[1], [2], [3], [4], [5]] and r5["truncated"] is True and
     r5["limits"]["cut_by"] == "rows" and any("max_rows" in n for n in r5["notes"]), "truncation: rows", r5)
r0 = sc(a.tool("query", {"sql": "SELECT id FROM orders WHERE id <= 5", "max_rows": 5}))
t.ok(r0 is not None and r0["row_count"] == 5 and r0["truncated"] is False, "truncation: exactly max_rows is not truncated")
rc = sc(a.tool("query", {"sql": "SELECT id, body FROM mcpdb_types.big_cells ORDER BY id", "max_rows": 3}))
t.ok(rc is not None and len(rc["rows"][0][1]) == 65536 and any("64 KiB" in n for n in rc["notes"]),
     "truncation: cells cut at 64 KiB, stated", rc and rc.get("notes"))
rb = sc(a.tool("query", {"sql": "SELECT id, body, body AS b2 FROM mcpdb_types.big_cells ORDER BY id"}, timeout=60))
t.ok(rb is not None and rb["truncated"] is True and rb["limits"]["cut_by"] == "bytes" and 0 < rb["row_count"] < 100,
     "truncation: result byte cap, stated", rb and {k: rb[k] for k in rb if k != "rows"})

# ---- concurrency and cancellation ----------------------------------------------------------------
t0 = time.monotonic()
ids = [a.request("tools/call", {"name": "query", "arguments": {"sql": "SELECT mcpdb_types.slow(1.5) AS s"}})
       for _ in range(8)]
time.sleep(0.2)
pid = a.request("ping")
pr = a.response(pid, 5)
ping_ms = (time.monotonic() - t0 - 0.2) * 1000
t.ok(pr is not None and pr.get("result") == {} and ping_ms < 400, f"concurrency: ping behind 8 slow queries answers at once ({ping_ms:.0f} ms)")
res = [a.response(i, 20) for i in ids]
took = time.monotonic() - t0
t.ok(all(sc(x) is not None and sc(x)["rows"] == [[1]] for x in res), "concurrency: 8 slow queries succeed",
     [error_of(x) for x in res])
print(f"# 8 x 1.5 s queries took {took:.2f} s")
t.ok(took < 3.5, f"concurrency: 8 slow queries finish in about the time of one ({took:.2f} s)")

cid = a.request("tools/call", {"name": "query", "arguments": {"sql": "SELECT mcpdb_types.slow(30) AS cancelled_one"}})
deadline = time.monotonic() + 5
while time.monotonic() < deadline and active_agent_queries("cancelled_one") < 1:
    time.sleep(0.1)
t.ok(active_agent_queries("cancelled_one") == 1, "cancellation: the slow query runs on the server")
a.notify("notifications/cancelled", {"requestId": cid, "reason": "test"})
deadline = time.monotonic() + 5
while time.monotonic() < deadline and active_agent_queries("cancelled_one") > 0:
    time.sleep(0.1)
t.ok(active_agent_queries("cancelled_one") == 0, "cancellation: the SQL stopped on the server (pg_stat_activity)")
t.ok(a.quiet(0.5) and json.dumps(cid) not in a.pending, "cancellation: no response for the cancelled request")
t.ok(sc(a.tool("query", {"sql": "SELECT 1 AS after"})) is not None, "cancellation: the agent keeps serving")

# ---- restart mid-session ---------------------------------------------------------------------------
t.ok(sc(a.tool("query", {"sql": "SELECT 1"})) is not None, "restart: query before")
pg_restart("restart")
r1 = a.tool("query", {"sql": "SELECT 2 AS after_restart"})
t.ok(sc(r1) is not None and sc(r1)["rows"] == [[2]], "restart: the next call succeeds without restarting the agent",
     error_of(r1))
pg_restart("stop")
r2 = a.tool("query", {"sql": "SELECT 3"})
e = error_of(r2)
t.ok(e is not None and e["code"] == "database_unavailable" and "unreachable" in e["message"], "restart: database down is reported", e)
t.ok(a.call("ping") is not None, "restart: agent serves while the database is down")
pg_restart("start")
r3 = a.tool("query", {"sql": "SELECT 4"})
t.ok(sc(r3) is not None and sc(r3)["rows"] == [[4]], "restart: database back, calls succeed", error_of(r3))
r4 = sc(a.tool("describe_table", {"table": "customers"}))
t.ok(r4 is not None, "restart: catalog tools work after the restart")
t.ok(a.bad_lines == [], "stdout carried only JSON-RPC", a.bad_lines)
a.stop()

# ---- timeout ---------------------------------------------------------------------------------------
a = Agent(env={"QUERY_TIMEOUT": "700ms", "MCPDB_POLICY": FUNCS})
a.initialize()
t0 = time.monotonic()
e = error_of(a.tool("query", {"sql": "SELECT mcpdb_types.slow(5)"}))
took = time.monotonic() - t0
t.ok(e is not None and e["code"] == "timeout" and "QUERY_TIMEOUT" in e["message"] and took < 3,
     f"timeout: stopped by QUERY_TIMEOUT ({took:.2f} s)", e)
t.ok(sc(a.tool("query", {"sql": "SELECT 1"})) is not None, "timeout: next call works")
err = a.stop()
t.ok("superuser" in err and "read-only role" in err, "start-up warns that the role can write (superuser)", err[-300:])

# ---- masking by lineage (policy) -------------------------------------------------------------------
a = Agent(env={"MCPDB_POLICY": os.path.join(ROOT, "tests", "data", "policies", "masking.yaml")})
a.initialize()
d = sc(a.tool("describe_table", {"table": "customers"}))
cols = {c["name"]: c for c in (d or {}).get("columns", [])}
t.ok(d is not None and "ssn" not in cols and cols["email"]["masked"] is True and cols["name"]["masked"] is False and
     d["hidden_columns"] == 1, "masking: describe_table hides denied, flags masked", d)
real = psql("SELECT email FROM customers WHERE id = 1")
m = sc(a.tool("query", {"sql": "SELECT id, email AS contact FROM customers WHERE id = 1"}))
t.ok(m is not None and m["columns"][1].get("masked") is True and m["rows"][0][1] != real and
     "customers.email" in m.get("masked_columns", []), "masking: aliased column masked by lineage", m)
a.stop()

# ---- SCHEMAS narrows every tool ---------------------------------------------------------------------
a = Agent(env={"SCHEMAS": "public"})
a.initialize()
s = sc(a.tool("list_schemas"))
t.ok(s is not None and [x["name"] for x in s["schemas"]] == ["public"], "SCHEMAS: list_schemas", s)
s = sc(a.tool("list_tables"))
t.ok(s is not None and {x["schema"] for x in s["tables"]} == {"public"}, "SCHEMAS: list_tables")
e = error_of(a.tool("describe_table", {"table": "mcpdb_types.typed_values"}))
t.ok(e is not None, "SCHEMAS: describe_table outside is refused", e)
e = error_of(a.tool("query", {"sql": "SELECT id FROM mcpdb_types.typed_values"}))
t.ok(e is not None and e.get("denied") is True, "SCHEMAS: query on a table outside is denied by the guard", e)
t.ok(sc(a.tool("query", {"sql": "SELECT id FROM public.orders LIMIT 1"})) is not None, "SCHEMAS: query inside works")
a.stop()

# ---- the policy's rate limits, per principal --------------------------------------------------------
tmp = os.environ.get("TEST_TMP", "/tmp")
with open(os.path.join(tmp, "rate.yaml"), "w") as fh:
    fh.write("policy:\n  max_queries_per_minute: 3\n")
with open(os.path.join(tmp, "conc.yaml"), "w") as fh:
    fh.write("policy:\n  max_concurrent_queries: 1\n  allow_functions: [mcpdb_types.slow]\n")
a = Agent(env={"MCPDB_POLICY": os.path.join(tmp, "rate.yaml")})
a.initialize()
got = [a.tool("query", {"sql": "SELECT 1"}) for _ in range(4)]
e = error_of(got[3])
t.ok(all(sc(x) is not None for x in got[:3]) and e is not None and e["code"] == "rate_limited" and
     e.get("retry_after_ms", 0) > 0 and "minute" in e["message"], "rate limit: the 4th query in a minute is refused", e)
t.ok(a.call("ping") is not None, "rate limit: protocol requests are not limited")
a.stop()
a = Agent(env={"MCPDB_POLICY": os.path.join(tmp, "conc.yaml")})
a.initialize()
slow = a.request("tools/call", {"name": "query", "arguments": {"sql": "SELECT mcpdb_types.slow(1) AS s"}})
time.sleep(0.2)
e = error_of(a.tool("query", {"sql": "SELECT 1"}))
t.ok(e is not None and e["code"] == "rate_limited" and "max_concurrent_queries" in e["message"],
     "concurrency cap: a second query while one runs is refused", e)
t.ok(sc(a.response(slow, 10)) is not None and sc(a.tool("query", {"sql": "SELECT 1"})) is not None,
     "concurrency cap: the slot is released when the query ends")
a.stop()

# ---- audit log and progress ------------------------------------------------------------------------
log = os.path.join(os.environ.get("TEST_TMP", "/tmp"), "agent-tools-audit.ndjson")
if os.path.exists(log):
    os.unlink(log)
a = Agent(env={"MCPDB_AUDIT_LOG": log, "MCPDB_POLICY": os.path.join(ROOT, "tests", "data", "policies", "masking.yaml")})
a.initialize()
a.tool("query", {"sql": "SELECT id, email FROM customers ORDER BY id LIMIT 3"})
a.tool("query", {"sql": "DELETE FROM orders"})
a.tool("list_tables", {"bogus": 1})
rid = a.request("tools/call", {"name": "query", "arguments": {"sql": "SELECT mcpdb_types.slow(2.3) AS p"},
                               "_meta": {"progressToken": "tok-1"}})
rp = a.response(rid, 10)
prog = [n for n in a.notifications if n.get("method") == "notifications/progress"]
t.ok(sc(rp) is not None and len(prog) >= 2 and all(n["params"]["progressToken"] == "tok-1" for n in prog) and
     prog[-1]["params"]["progress"] > prog[0]["params"]["progress"], "progress: notifications while a query runs", prog)
a.stop()
lines = [json.loads(x) for x in open(log)] if os.path.exists(log) else []
by = {(x.get("tool"), x.get("decision")): x for x in lines}
allow = next((x for x in lines if x.get("decision") == "allow"), {})
t.ok(len(lines) == 4 and allow.get("rows") == 3 and allow.get("masked") == ["customers.email"] and
     allow.get("sql", "").startswith("SELECT id, email") and allow.get("fingerprint"), "audit: allowed query line", lines)
t.ok(by.get(("query", "deny"), {}).get("code") == "not_read_only" and
     by.get(("list_tables", "error"), {}).get("code") == "invalid_arguments", "audit: denied and failed calls recorded")
t.ok(all(len(x.get("prev", "")) == 64 for x in lines), "audit: lines are hash-chained")

# ---- libpq's PG* variables instead of DATABASE_URL ---------------------------------------------------
env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
env.update({"PGHOST": "127.0.0.1", "PGPORT": os.environ["PGPORT_TEST"], "PGUSER": "postgres",
            "PGPASSWORD": os.environ.get("PG_TEST_PASSWORD", "mcpdb-test-pw"), "PGDATABASE": "mcpdb_test"})
saved = os.environ.pop("DATABASE_URL", None)
a = Agent(env=env)
a.initialize()
r = sc(a.tool("query", {"sql": "SELECT current_database() AS db"}))
t.ok(r is not None and r["rows"] == [["mcpdb_test"]], "PG* variables work without DATABASE_URL", r)
a.stop()
if saved is not None:
    os.environ["DATABASE_URL"] = saved

# ---- unreachable at start ----------------------------------------------------------------------------
a = Agent(env={"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/nodb"})
r = a.initialize()
t.ok(r is not None and "result" in r, "unreachable: the agent starts and initializes")
t0 = time.monotonic()
e = error_of(a.tool("list_tables"))
t.ok(e is not None and e["code"] == "database_unavailable" and "unreachable" in e["message"] and
     "127.0.0.1" in e["message"] and time.monotonic() - t0 < 5, "unreachable: each call says so and why", e)
e2 = error_of(a.tool("query", {"sql": "SELECT 1"}))
t.ok(e2 is not None and "unreachable" in e2["message"], "unreachable: the next call too", e2)
t.ok(a.call("ping") is not None, "unreachable: ping still answered")
a.stop()

sys.exit(t.done())
