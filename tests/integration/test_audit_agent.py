#!/usr/bin/env python3
"""The audit log as mcpdb-agent and `mcpdb query` write it (MCPDB_AUDIT_LOG), checked both by
`mcpdb audit verify` and by an independent reading of the documented format (docs/SECURITY.md,
"Audit"): one line per call, allowed, denied or failed, with transport "stdio" (agent) or "cli";
the chain survives an agent restart and continues across writers; kill -9 of the agent in the
middle of a burst leaves a log that verifies up to its last complete line (and the next writer
closes a torn line with a chain_break record); a changed byte makes verify name that line; a
second writer is refused while the agent holds the log (fail closed)."""
import hashlib
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import Agent, Tap  # noqa: E402

ROOT = os.environ["MCPDB_ROOT"]
CLI = os.environ["MCPDB_CLI"]
TMP = os.path.join(os.environ["TEST_TMP"], "audit_agent")
os.makedirs(TMP, exist_ok=True)
LOG = os.path.join(TMP, "audit.ndjson")
MASKING = os.path.join(ROOT, "tests/data/policies/masking.yaml")
ENV = dict(os.environ)
for k in ("MCPDB_POLICY", "MAX_ROWS", "MCPDB_AUDIT_LOG"):
    ENV.pop(k, None)
t = Tap()


def lines_of(path):
    with open(path, "rb") as f:
        data = f.read()
    complete = data.split(b"\n")
    tail = complete.pop()   # b"" when the file ends in a newline
    return complete, tail


def chain_ok(lines):
    """1-based number of the first line whose prev is not the SHA-256 of the line before, or 0."""
    prev = "0" * 64
    for i, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except ValueError:
            return i
        if rec.get("prev") != prev:
            return i
        prev = hashlib.sha256(line).hexdigest()
    return 0


def verify(path):
    p = subprocess.run([CLI, "audit", "verify", path], capture_output=True, text=True, env=ENV, timeout=60)
    return p.returncode, p.stdout + p.stderr


def agent(extra=None):
    env = {"MCPDB_AUDIT_LOG": LOG, "MCPDB_POLICY": MASKING}
    env.update(extra or {})
    a = Agent(env=env)
    a.initialize()
    return a


def is_error(resp):
    return bool(((resp or {}).get("result") or {}).get("isError"))


# ---- 1. the agent writes one line per call --------------------------------------------------------
if os.path.exists(LOG):
    os.unlink(LOG)
a = agent()
r1 = a.tool("query", {"sql": "SELECT id, email FROM customers ORDER BY id LIMIT 3"})
r2 = a.tool("query", {"sql": "SELECT ssn FROM customers"})
r3 = a.tool("list_tables", {})
r4 = a.tool("query", {"sql": "SELECT 1/0"})
t.ok(not is_error(r1) and is_error(r2) and not is_error(r3) and is_error(r4), "agent: four calls answered")
a.stop()
lines, tail = lines_of(LOG)
recs = [json.loads(x) for x in lines]
t.ok(len(recs) == 4 and tail == b"", "agent: one line per call, each ended by a newline", len(recs))
t.ok(all(r.get("transport") == "stdio" and r.get("principal") == "stdio" for r in recs),
     "agent: every line has transport stdio and principal stdio", [(r.get("transport"), r.get("principal")) for r in recs])
t.ok(len(recs) == 4 and recs[0].get("decision") == "allow" and recs[0].get("rows") == 3 and
     recs[0].get("masked") == ["customers.email"] and recs[0].get("fingerprint"),
     "agent: the allowed query's line has rows, masked columns and a fingerprint", recs[:1])
t.ok(len(recs) == 4 and recs[1].get("decision") == "deny" and recs[1].get("code") == "column_denied",
     "agent: the denied query's line has decision deny and its code", recs[1:2])
t.ok(len(recs) == 4 and recs[2].get("tool") == "list_tables" and recs[3].get("decision") == "error",
     "agent: a catalog tool and a failing statement are logged too", recs[2:])
t.ok(not any("customer1@example.com" in x.decode() for x in lines), "agent: the log holds no raw masked value")
t.ok(os.stat(LOG).st_mode & 0o777 == 0o600, "agent: the log is created with mode 0600", oct(os.stat(LOG).st_mode))
t.ok(chain_ok(lines) == 0, "agent: each prev is the SHA-256 of the line before (independent check)")
rc, out = verify(LOG)
t.ok(rc == 0 and "4 lines intact" in out, "verify: the agent's log is intact", out)

# ---- 2. restart continues the chain; mcpdb query continues it too ---------------------------------
a = agent()
for i in range(3):
    a.tool("query", {"sql": f"SELECT {i}"})
a.stop()
lines, _ = lines_of(LOG)
t.ok(len(lines) == 7 and json.loads(lines[4])["prev"] == hashlib.sha256(lines[3]).hexdigest(),
     "restart: the new agent's first line chains to the old agent's last", len(lines))
rc, out = verify(LOG)
t.ok(rc == 0 and "7 lines intact" in out, "restart: verify passes over both runs", out)
p = subprocess.run([CLI, "query", "--format", "csv", "--policy", MASKING, "SELECT id, email FROM customers ORDER BY id LIMIT 2"],
                   capture_output=True, env=dict(ENV, MCPDB_AUDIT_LOG=LOG), timeout=60)
p2 = subprocess.run([CLI, "query", "--policy", MASKING, "SELECT ssn FROM customers"], capture_output=True,
                    env=dict(ENV, MCPDB_AUDIT_LOG=LOG), timeout=60)
lines, _ = lines_of(LOG)
recs = [json.loads(x) for x in lines]
t.ok(p.returncode == 0 and p2.returncode == 1 and len(recs) == 9, "mcpdb query: one line per run", (p.returncode, p2.returncode, len(recs)))
t.ok(len(recs) == 9 and recs[7].get("transport") == "cli" and recs[7].get("decision") == "allow" and recs[7].get("rows") == 2 and
     recs[7].get("masked") == ["customers.email"] and recs[8].get("decision") == "deny" and recs[8].get("code") == "column_denied",
     "mcpdb query: transport cli, decision, rows, masked columns and the denial's code", recs[7:])
rc, out = verify(LOG)
t.ok(rc == 0 and "9 lines intact" in out and chain_ok(lines) == 0, "mcpdb query: the chain continues across writers", out)

# one writer at a time: while the agent holds the log, mcpdb query refuses to run (fail closed)
a = agent()
a.tool("query", {"sql": "SELECT 1"})
p = subprocess.run([CLI, "query", "SELECT 1"], capture_output=True, env=dict(ENV, MCPDB_AUDIT_LOG=LOG), timeout=60)
t.ok(p.returncode == 3 and p.stdout == b"" and b"audit log" in p.stderr,
     "mcpdb query: refused (exit 3, nothing run) while another process writes the log", (p.returncode, p.stderr[:200]))
a.stop()

# ---- 3. kill -9 during a burst ------------------------------------------------------------------
before = len(lines_of(LOG)[0])
a = agent({"MCPDB_POOL_SIZE": "4"})
for i in range(60):
    a.request("tools/call", {"name": "query", "arguments": {"sql": f"SELECT g, md5(g::text) FROM generate_series(1, {200 + i}) g"}})
deadline = time.monotonic() + 10
while len(lines_of(LOG)[0]) < before + 3 and time.monotonic() < deadline:
    time.sleep(0.005)
os.kill(a.proc.pid, signal.SIGKILL)
a.proc.wait()
lines, tail = lines_of(LOG)
written = len(lines) - before
t.ok(3 <= written < 60, "kill -9: the agent was killed in the middle of the burst (some lines, not all 60)", written)
rc, out = verify(LOG)
t.ok(rc == 0 and f"{len(lines)} lines intact" in out, "kill -9: verify passes up to the last complete line", out)
t.ok(chain_ok(lines) == 0, "kill -9: the complete lines chain (independent check)")
if tail:
    t.ok("incomplete" in out, "kill -9: the torn last line is reported as a note", out)
# the next writer continues (closing a torn line with a chain_break record if there was one)
a = agent()
a.tool("query", {"sql": "SELECT 42"})
a.stop()
lines2, tail2 = lines_of(LOG)
rc, out = verify(LOG)
t.ok(rc == 0 and tail2 == b"", "after kill -9: a new agent continues and the whole log verifies", out)
if tail:
    t.ok(any(json.loads(x).get("event") == "chain_break" for x in lines2[len(lines):]),
         "after kill -9: the torn line is followed by a chain_break record")
else:
    t.ok(json.loads(lines2[len(lines)])["prev"] == hashlib.sha256(lines[-1]).hexdigest(),
         "after kill -9: the new agent's first line chains to the last complete line")

# ---- 4. a changed byte makes verify name that line ------------------------------------------------
with open(LOG, "rb") as f:
    data = bytearray(f.read())
for target in (1, 3, len(lines2) - 1):
    copy = bytearray(data)
    start = sum(len(x) + 1 for x in lines2[:target - 1])
    pos = copy.index(b'"tool":"', start) + 8          # a byte inside that line's tool name
    copy[pos] ^= 0x01
    path = os.path.join(TMP, f"changed{target}.ndjson")
    with open(path, "wb") as f:
        f.write(copy)
    rc, out = verify(path)
    t.ok(rc == 1 and (f":{target}:" in out or f"line {target}" in out), f"changed byte in line {target}: verify names line {target}",
         out[:300])
# a removed line breaks the chain at the line after it
copy = b"".join(x + b"\n" for i, x in enumerate(lines2) if i != 4)
path = os.path.join(TMP, "removed.ndjson")
with open(path, "wb") as f:
    f.write(copy)
rc, out = verify(path)
t.ok(rc == 1 and (":5:" in out or "line 5" in out), "removed line 5: verify names line 5", out[:300])

sys.exit(t.done())
