#!/usr/bin/env python3
"""mcpdb-agent over stdio, protocol side: both eras and negotiation, every bad-input case of
issue 4 (each answered per the spec while the process keeps serving), independence of
requests, cancellation, the output discipline (stdout carries only JSON-RPC lines) and exit on
EOF. Runs the real agent against the test database (DATABASE_URL from tests/run.sh)."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import MODERN, MODERN_META, Agent, Tap, err_code  # noqa: E402

t = Tap()
SLOW_SQL = ("SELECT count(*) FROM customers a, customers b, customers c, customers d "
            "WHERE a.id + b.id + c.id + d.id < 0")  # 1.6e9 rows: runs for minutes


def active_slow_queries():
    """Backends running SLOW_SQL now (psql over DATABASE_URL), or -1 if psql failed."""
    import subprocess
    q = ("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() "
         "AND query LIKE '%customers d WHERE%'")
    try:
        out = subprocess.run(["psql", os.environ["DATABASE_URL"], "-Atc", q], capture_output=True,
                             text=True, timeout=10)
        return int(out.stdout.strip())
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return -1


def vm_kib(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def well_formed(msg):
    """A JSON-RPC 2.0 response: id, and exactly one of result/error with an integer code."""
    if msg is None or msg.get("jsonrpc") != "2.0" or "id" not in msg:
        return False
    if ("result" in msg) == ("error" in msg):
        return False
    if "error" in msg:
        e = msg["error"]
        return isinstance(e.get("code"), int) and isinstance(e.get("message"), str) and e["message"] != ""
    return isinstance(msg["result"], dict)


def still_serving(a, name):
    r = a.call("ping")
    t.ok(r is not None and r.get("result") == {}, f"{name}: the next request is served")


# ---- Legacy era: handshake, negotiation --------------------------------------------------------
for want, got in [("2025-11-25", "2025-11-25"), ("2025-06-18", "2025-06-18"),
                  ("2025-03-26", "2025-03-26"), ("2024-11-05", "2024-11-05"),
                  ("1999-01-01", "2025-11-25")]:
    a = Agent()
    r = a.initialize(want)
    res = (r or {}).get("result", {})
    t.ok(res.get("protocolVersion") == got, f"initialize {want} -> {got}", r)
    if want == "2025-11-25":
        si = res.get("serverInfo", {})
        t.ok(si.get("name") == "mcpdb-agent" and si.get("version"), "serverInfo has name and version", si)
        t.ok(res.get("capabilities", {}).get("tools") is not None, "tools capability declared", res)
        t.ok(isinstance(res.get("instructions"), str), "instructions given")
    a.stop()

# ---- One legacy session through every bad input ---------------------------------------------------
a = Agent(env={"QUERY_TIMEOUT": "60s", "MCPDB_LOG_LEVEL": "info"})
all_responses = []

r = a.call("tools/list")
t.ok(err_code(r) == -32600 and "initialize" in r["error"]["message"], "tools/list before initialize: -32600 naming initialize", r)
r = a.call("ping")
t.ok(r is not None and r.get("result") == {}, "ping before initialize is answered", r)

r = a.initialize("2025-11-25")
t.ok(well_formed(r), "initialize answered", r)

r = a.call("tools/list")
tools = (r or {}).get("result", {}).get("tools", [])
t.ok(len(tools) >= 1 and all("inputSchema" in x for x in tools), "tools/list after initialize", r)
size = len(json.dumps(r["result"], separators=(",", ":"))) if r and "result" in r else 0
print(f"# tools/list result: {size} bytes for {len(tools)} tools")
r = a.call("tools/list", {"cursor": "bogus"})
t.ok(err_code(r) == -32602, "tools/list with an invalid cursor: -32602", r)


def bad(name, raw, code, needle=None):
    a.send_raw(raw)
    r = a.null_id_response(10)
    ok = r is not None and err_code(r) == code and r.get("id") is None
    if ok and needle:
        ok = needle.lower() in r["error"]["message"].lower()
    t.ok(ok, f"{name}: {code} with id null" + (f" mentioning '{needle}'" if needle else ""), r)
    all_responses.append(r)
    still_serving(a, name)


bad("invalid JSON", b'{"jsonrpc":"2.0","id":1,"method":\n', -32700)
bad("truncated object", b'{"jsonrpc":"2.0",\n', -32700)
bad("raw NUL bytes", b'{"jsonrpc":"2.0","id":1,\x00"method":"ping"}\n', -32700, "NUL")
bad("invalid UTF-8", b'{"jsonrpc":"2.0","id":1,"method":"pi\xff\xfeng"}\n', -32700, "UTF-8")
bad("100,000-deep nesting", b"[" * 100000 + b"]" * 100000 + b"\n", -32600, "nested")
bad("100,000-deep objects", b'{"a":' * 100000 + b"1" + b"}" * 100000 + b"\n", -32600, "nested")
bad("batch (JSON array)", b'[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":2,"method":"ping"}]\n',
    -32600, "batch")
bad("a bare number", b"42\n", -32600)
bad("id null", b'{"jsonrpc":"2.0","id":null,"method":"ping"}\n', -32600)
bad("id is a real", b'{"jsonrpc":"2.0","id":1.5,"method":"ping"}\n', -32600)
bad("id is an object", b'{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}\n', -32600)
bad("id is a boolean", b'{"jsonrpc":"2.0","id":true,"method":"ping"}\n', -32600)

# 10 MB line: rejected at the cap, not buffered, the next request served.
pid = a.proc.pid
hwm_before = vm_kib(pid, "VmHWM")
big = b'{"jsonrpc":"2.0","id":77,"method":"ping","params":{"pad":"' + b"x" * (10 << 20) + b'"}}\n'
a.send_raw(big)
r = a.null_id_response(20)
t.ok(err_code(r) == -32600 and "4194304" in r["error"]["message"], "10 MB line: -32600 naming the 4 MiB cap", r)
still_serving(a, "10 MB line")
hwm_after = vm_kib(pid, "VmHWM")
t.ok(0 < hwm_after < 24 * 1024, f"10 MB line not buffered: peak RSS {hwm_after} KiB (was {hwm_before})")
print(f"# peak RSS after the 10 MB line: {hwm_after} KiB")

# Errors that keep the id.
r = a.call("no/such/method")
t.ok(err_code(r) == -32601, "unknown method: -32601", r)
r = a.response(a.request("notifications/initialized"))
t.ok(err_code(r) == -32601 and "notification" in r["error"]["message"], "notification sent with an id: -32601", r)
a.send_raw(b'{"jsonrpc":"2.0","id":"s1","method":"ping","params":[1,2]}\n')
r = a.response("s1")
t.ok(err_code(r) == -32602 and r.get("id") == "s1", "positional params: -32602 with the id", r)
a.send_raw(b'{"id":"s2","method":"ping"}\n')
r = a.response("s2")
t.ok(err_code(r) == -32600 and r.get("id") == "s2", "missing jsonrpc member: -32600 with the id", r)
r = a.call("initialize", {"protocolVersion": "2025-11-25"})
t.ok(err_code(r) == -32600, "second initialize: -32600", r)
a.notify("notifications/no-such-thing", {"x": 1})
a.send_raw(b'{"jsonrpc":"2.0","id":4242,"result":{}}\n')
t.ok(a.quiet(0.3), "unknown notifications and client responses get no answer")
r = a.tool("no_such_tool")
t.ok(err_code(r) == -32602 and "Unknown tool" in r["error"]["message"], "unknown tool: -32602", r)
r = a.call("tools/call", {"arguments": {}})
t.ok(err_code(r) == -32602, "tools/call without a name: -32602", r)

# Huge SQL (inside the message cap, past the SQL cap): refused as a tool error, process keeps serving.
r = a.tool("query", {"sql": "SELECT " + " + ".join(["1"] * 200000)})
t.ok(r is not None and ((r.get("result") or {}).get("isError") is True or err_code(r) is not None),
     "huge sql string: answered (isError result or error)", json.dumps(r)[:300] if r else r)
still_serving(a, "huge sql")

# Independence: a slow query does not block ping or tools/list; duplicate ids are refused.
slow_id = a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
time.sleep(0.3)
t.ok(active_slow_queries() == 1, "the slow query is running on the server")
t0 = time.monotonic()
r = a.call("ping")
dt = time.monotonic() - t0
t.ok(r is not None and r.get("result") == {} and dt < 0.5, f"ping behind a slow query answered in {dt * 1000:.1f} ms", r)
r = a.call("tools/list")
t.ok(r is not None and "result" in r, "tools/list behind a slow query", r)
r = a.response(a.request("ping", id=slow_id))
t.ok(err_code(r) == -32600 and "in flight" in r["error"]["message"], "duplicate id of a request in flight: -32600", r)
# Cancellation: no answer for the cancelled request, the SQL stops, the agent keeps serving.
a.notify("notifications/cancelled", {"requestId": slow_id, "reason": "test"})
time.sleep(0.2)
r = a.response(slow_id, 1.0)
t.ok(r is None, "cancelled request gets no answer", r)
n = -1
for _ in range(20):
    n = active_slow_queries()
    if n == 0:
        break
    time.sleep(0.1)
t.ok(n == 0, "cancellation stopped the SQL on the server (pg_stat_activity)", n)

# Exit with a statement still running (stdin EOF, then SIGTERM): the agent cancels it on its
# way out, so it does not run on until statement_timeout.
for how in ("eof", "sigterm"):
    b = Agent()
    b.initialize()
    b.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
    time.sleep(0.4)
    running = active_slow_queries()
    if how == "eof":
        b.close_stdin()
    else:
        b.proc.terminate()
    rc = b.wait_exit(5.0)
    n = -1
    for _ in range(30):
        n = active_slow_queries()
        if n == 0:
            break
        time.sleep(0.1)
    t.ok(running == 1 and rc is not None and n == 0,
         f"exit on {how} cancels the statement still running (running before: {running}, after: {n})", rc)
still_serving(a, "after cancellation")
a.notify("notifications/cancelled", {"requestId": 123456})
a.notify("notifications/cancelled", {"requestId": 1})  # initialize: never cancellable, ignored
still_serving(a, "cancellations of unknown/finished ids ignored")

# Progress: a slow call with a progressToken gets notifications/progress with that token and
# increasing progress; none after it is cancelled.
prog_id = a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL},
                                   "_meta": {"progressToken": "p-1"}})
deadline = time.monotonic() + 3.5
while time.monotonic() < deadline:
    a.quiet(0.2)
mine = [n for n in a.notifications if n.get("method") == "notifications/progress"]
values = [n["params"].get("progress") for n in mine]
t.ok(len(mine) >= 2 and all(n["params"].get("progressToken") == "p-1" for n in mine),
     f"progress: {len(mine)} notifications carry the client's token", mine[:2])
t.ok(all(isinstance(v, (int, float)) for v in values) and all(b > a_ for a_, b in zip(values, values[1:])),
     "progress: values increase", values)
a.notify("notifications/cancelled", {"requestId": prog_id})
a.notifications.clear()
time.sleep(1.5)
a.quiet(0.1)
t.ok(not any(n.get("method") == "notifications/progress" for n in a.notifications),
     "progress: no notifications after cancellation", a.notifications[:2])
t.ok(a.response(prog_id, 0.2) is None, "progress: the cancelled call is not answered")
slow_no_token = a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
a.notifications.clear()
time.sleep(1.3)
a.quiet(0.1)
t.ok(not a.notifications, "no progressToken: no progress notifications", a.notifications[:2])
a.notify("notifications/cancelled", {"requestId": slow_no_token})

# A request with a string id that equals an integer id in text is distinct.
r = a.response(a.request("ping", id="1"))
t.ok(r is not None and r.get("id") == "1", "string id \"1\" answered with the string", r)

# EOF: exits promptly, status 0; nothing but JSON-RPC on stdout.
a.close_stdin()
t0 = time.monotonic()
rc = a.wait_exit(5)
t.ok(rc == 0, f"exits with 0 on stdin EOF in {(time.monotonic() - t0) * 1000:.0f} ms", rc)
while True:
    m = a.read_message(0.5)
    if m is None:
        break
t.ok(a.bad_lines == [], "stdout carried only JSON-RPC lines", a.bad_lines[:3])
t.ok(all(well_formed(x) for x in all_responses), "every error answer is a well-formed JSON-RPC error")
stderr = a.proc.stderr.read().decode(errors="replace")
t.ok("mcpdb-agent:" in stderr, "logs go to stderr", stderr[-300:])

# ---- Answers of completed requests are flushed before exit on EOF ---------------------------------
a = Agent()
lines = [json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                     "params": {"protocolVersion": "2025-06-18", "capabilities": {}}})]
lines += [json.dumps({"jsonrpc": "2.0", "id": 100 + i, "method": "ping"}) for i in range(200)]
lines += [json.dumps({"jsonrpc": "2.0", "id": 1000, "method": "tools/list"})]
a.send_raw("\n".join(lines))  # the last line has no newline: still a message at EOF
a.close_stdin()
got = []
while True:
    m = a.read_message(5)
    if m is None:
        break
    got.append(m)
ids = [m.get("id") for m in got]
t.ok(len(got) == 202 and ids[-1] == 1000, f"EOF after 202 requests: all {len(got)} answered in order", ids[-3:])
t.ok(a.wait_exit(5) == 0, "then exits 0")
a.stop()

# ---- The client stops reading (stdout closed): the agent notices on its next answer and exits --
a = Agent()
a.initialize()
a.proc.stdout.close()
a.send({"jsonrpc": "2.0", "id": 5, "method": "ping"})
rc = a.wait_exit(5)
t.ok(rc == 0, "stdout closed by the client: the agent exits 0 on its next answer (SIGPIPE ignored)", rc)
a.proc.stdin.close()

# ---- stdin and stdout on one socket (systemd socket activation, inetd): half-close ends it -----
import socket  # noqa: E402
import subprocess  # noqa: E402
ours, theirs = socket.socketpair()
proc = subprocess.Popen([os.environ["MCPDB_AGENT"]], stdin=theirs.fileno(), stdout=theirs.fileno(),
                        stderr=subprocess.DEVNULL)
theirs.close()
ours.sendall((json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                          "params": {"protocolVersion": "2025-11-25", "capabilities": {}}}) + "\n" +
              json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n" +
              json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}) + "\n").encode())
ours.shutdown(socket.SHUT_WR)
ours.settimeout(10)
data = b""
try:
    while True:
        chunk = ours.recv(65536)
        if not chunk:
            break
        data += chunk
except socket.timeout:
    pass
answers = [json.loads(x) for x in data.split(b"\n") if x]
t.ok([x.get("id") for x in answers] == [1, 2] and all("result" in x for x in answers),
     "socket stdio: both answers arrive after the client's half-close", data[:200])
try:
    rc = proc.wait(5)
except subprocess.TimeoutExpired:
    proc.kill()
    rc = None
t.ok(rc == 0, "socket stdio: exits 0 after the half-close", rc)
ours.close()

# ---- Modern era (2026-07-28): stateless, per-request _meta ------------------------------------
a = Agent()
r = a.call("server/discover", {"_meta": MODERN_META})
res = (r or {}).get("result", {})
t.ok(MODERN in res.get("supportedVersions", []) and "2025-11-25" in res.get("supportedVersions", []),
     "server/discover lists both eras", r)
t.ok(res.get("resultType") == "complete" and isinstance(res.get("ttlMs"), int) and res.get("cacheScope") in ("public", "private"),
     "server/discover: resultType, ttlMs, cacheScope", res)
t.ok(res.get("_meta", {}).get("io.modelcontextprotocol/serverInfo", {}).get("name") == "mcpdb-agent",
     "server/discover: serverInfo in _meta", res)
r = a.call("tools/list", {"_meta": MODERN_META})
res = (r or {}).get("result", {})
t.ok(res.get("resultType") == "complete" and "ttlMs" in res and "cacheScope" in res and res.get("tools"),
     "modern tools/list without initialize: resultType, ttlMs, cacheScope", r)
r = a.tool("list_schemas", {}, meta=MODERN_META)
res = (r or {}).get("result", {})
t.ok(res.get("resultType") == "complete" and "io.modelcontextprotocol/serverInfo" in res.get("_meta", {}),
     "modern tools/call: resultType and serverInfo", r)
r = a.tool("no_such_tool", {}, meta=MODERN_META)
t.ok(err_code(r) == -32602, "modern unknown tool: -32602", r)
meta = dict(MODERN_META)
meta["io.modelcontextprotocol/protocolVersion"] = "2099-12-31"
r = a.call("tools/list", {"_meta": meta})
d = ((r or {}).get("error") or {}).get("data", {})
t.ok(err_code(r) == -32022 and MODERN in d.get("supported", []) and d.get("requested") == "2099-12-31",
     "unsupported version: -32022 with supported and requested", r)
meta = {"io.modelcontextprotocol/protocolVersion": MODERN}
r = a.call("tools/list", {"_meta": meta})
t.ok(err_code(r) == -32602, "modern request without clientCapabilities: -32602", r)
r = a.call("ping", {"_meta": MODERN_META})
t.ok(err_code(r) == -32601, "ping with 2026-07-28 _meta: -32601 (removed)", r)
r = a.call("tools/list")
t.ok(err_code(r) == -32600, "no _meta and no initialize: refused", r)
a.close_stdin()
t.ok(a.wait_exit(5) == 0, "modern session exits 0 on EOF")
t.ok(a.bad_lines == [], "modern session: stdout carried only JSON-RPC lines", a.bad_lines[:3])
a.stop()

# ---- Configuration errors: message naming the variable, exit 3 -----------------------------------
for env, var in [({"MAX_ROWS": "lots"}, "MAX_ROWS"), ({"QUERY_TIMEOUT": "-3"}, "QUERY_TIMEOUT"),
                 ({"READ_ONLY": "false"}, "READ_ONLY"), ({"MCPDB_LOG_LEVEL": "loud"}, "MCPDB_LOG_LEVEL")]:
    a = Agent(env=env)
    a.close_stdin()
    rc = a.wait_exit(5)
    err = a.proc.stderr.read().decode(errors="replace")
    t.ok(rc == 3 and var in err, f"bad {var}: exit 3 naming it", (rc, err[:200]))
    t.ok(a.proc.stdout.read() == b"", f"bad {var}: nothing on stdout")
a = Agent(args=["--max-rows", "zero"])
a.close_stdin()
rc = a.wait_exit(5)
err = a.proc.stderr.read().decode(errors="replace")
t.ok(rc == 3 and "--max-rows" in err and "MAX_ROWS" in err, "bad --max-rows: exit 3 naming flag and variable", (rc, err[:200]))
a = Agent(args=["--max-rows"])
rc = a.wait_exit(5)
t.ok(rc == 2, "flag without a value: exit 2", rc)
a = Agent(env={"MCPDB_POLICY": os.path.join(os.environ.get("TEST_TMP", "/tmp"), "no-such-policy.yaml")})
a.close_stdin()
rc = a.wait_exit(5)
err = a.proc.stderr.read().decode(errors="replace")
t.ok(rc == 3 and "MCPDB_POLICY" in err, "missing policy file: exit 3 naming MCPDB_POLICY", (rc, err[:200]))

# ---- Signals: SIGHUP reloads the policy (a bad file keeps the old one); SIGTERM exits 0 ----------
import signal  # noqa: E402


def denied(r):
    res = (r or {}).get("result") or {}
    return res.get("isError") is True


policy = os.path.join(os.environ.get("TEST_TMP", "/tmp"), "hup-policy.yaml")
with open(policy, "w") as f:
    f.write("policy:\n  deny_tables: [payments]\n")
a = Agent(env={"MCPDB_POLICY": policy, "MCPDB_LOG_LEVEL": "info"})
a.initialize()
q = {"sql": "SELECT id FROM products ORDER BY id LIMIT 1"}
t.ok(not denied(a.tool("query", q)), "SIGHUP: products readable under the first policy")
with open(policy, "w") as f:
    f.write("policy:\n  deny_tables: [payments, products]\n")
a.proc.send_signal(signal.SIGHUP)
time.sleep(0.3)
t.ok(denied(a.tool("query", q)), "SIGHUP: the reloaded policy denies products")
with open(policy, "w") as f:
    f.write("policy:\n  no_such_key: [\n")
a.proc.send_signal(signal.SIGHUP)
time.sleep(0.3)
t.ok(denied(a.tool("query", q)), "SIGHUP with a broken file: the previous policy stays in force")
still_serving(a, "after SIGHUP")
a.proc.send_signal(signal.SIGTERM)
t.ok(a.wait_exit(5) == 0, "SIGTERM: clean exit 0")
err = a.proc.stderr.read().decode(errors="replace")
t.ok("policy reloaded" in err and "not reloaded" in err, "SIGHUP outcomes are logged on stderr", err[-400:])
a.stop()
a = Agent()
a.initialize()
a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
time.sleep(0.2)
t0 = time.monotonic()
a.proc.send_signal(signal.SIGINT)
rc = a.wait_exit(5)
t.ok(rc == 0 and time.monotonic() - t0 < 2, f"SIGINT with a query running: exit 0 in {(time.monotonic() - t0) * 1000:.0f} ms", rc)
a.stop()

sys.exit(t.done())
