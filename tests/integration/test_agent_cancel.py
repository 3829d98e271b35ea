#!/usr/bin/env python3
"""Cancellation and the pool against the real server (issue 15): a cancel that arrives early
still stops the statement (swept over offsets after the call, by notifications/cancelled and by
closing stdin, each checked in pg_stat_activity); a storm of call+cancel pairs never runs more
statements on the server than the pool has connections; a statement killed by a DBA is not
run again and the answer says so; a stalled reader of 64 large answers keeps memory bounded
(rows are not fetched while the client does not read) and then gets every answer. Runs the real agent (DATABASE_URL from tests/run.sh)."""
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import Agent, Tap, err_code  # noqa: E402

t = Tap()
MARK = 4150015  # in the SQL text so pg_stat_activity finds only this file's statements
SLOW_SQL = ("SELECT count(*) FROM customers a, customers b, customers c, customers d "
            f"WHERE a.id + b.id + c.id + d.id < -{MARK}")  # 1.6e9 rows: runs for minutes
ACTIVE = ("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() "
          f"AND query LIKE '%{MARK}%'")


class Psql:
    """One psql session kept open, so sampling pg_stat_activity costs a round trip, not a fork."""

    def __init__(self):
        self.p = subprocess.Popen(["psql", os.environ["DATABASE_URL"], "-AtqX"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
        self.lock = threading.Lock()

    def one(self, sql):
        with self.lock:
            self.p.stdin.write(sql.rstrip(";") + ";\n")
            self.p.stdin.flush()
            return self.p.stdout.readline().strip()

    def active(self):
        try:
            return int(self.one(ACTIVE))
        except ValueError:
            return -1

    def close(self):
        self.p.stdin.close()
        self.p.wait(5)


db = Psql()


def settle(max_s=3.0):
    """Running statements of this file once they stop, or the last count after max_s."""
    deadline = time.monotonic() + max_s
    n = db.active()
    while n != 0 and time.monotonic() < deadline:
        time.sleep(0.05)
        n = db.active()
    return n


def warm_agent(env=None):
    a = Agent(env=dict({"QUERY_TIMEOUT": "60s"}, **(env or {})))
    a.initialize()
    r = a.tool("query", {"sql": "SELECT 1 AS warm"})  # the pool's connection is open and idle
    assert r is not None and "result" in r, r
    return a


t.ok(db.active() == 0, "nothing of ours runs before the tests")

# ---- Early cancel, swept over offsets: notifications/cancelled ------------------------------------
for off in (0, 5, 10, 20, 40, 80):
    a = warm_agent()
    rid = a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
    time.sleep(off / 1000)
    a.notify("notifications/cancelled", {"requestId": rid, "reason": f"offset {off} ms"})
    n = settle(3.0)
    t.ok(n == 0, f"cancel {off} ms after the call: the statement stopped on the server", n)
    t.ok(a.response(rid, 0.3) is None, f"cancel {off} ms after the call: no answer")
    r = a.tool("query", {"sql": "SELECT 2 AS after"})
    t.ok(r is not None and r.get("result", {}).get("isError") is False,
         f"cancel {off} ms after the call: the next query runs (the connection came back clean)", r)
    a.stop()

# ---- Early cancel, swept over offsets: stdin closed -------------------------------------------------
for off in (0, 5, 10, 20, 40, 80):
    a = warm_agent()
    a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
    time.sleep(off / 1000)
    a.close_stdin()
    rc = a.wait_exit(5)
    n = settle(3.0)
    t.ok(rc == 0 and n == 0, f"stdin closed {off} ms after the call: exit 0 and the statement stopped", (rc, n))

# ---- Storm: 40 call+cancel pairs 10 ms apart, pool of 2 ---------------------------------------------
samples = []
stop = threading.Event()


def sample():
    while not stop.is_set():
        samples.append(db.active())
        time.sleep(0.01)


a = warm_agent({"MCPDB_POOL_SIZE": "2"})
th = threading.Thread(target=sample)
th.start()
for i in range(40):
    rid = a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
    time.sleep(0.01)
    a.notify("notifications/cancelled", {"requestId": rid})
time.sleep(0.5)
r = a.tool("query", {"sql": "SELECT 3 AS after_storm"}, timeout=20)
t.ok(r is not None and r.get("result", {}).get("isError") is False, "after the storm a query runs", r)
a.close_stdin()
rc = a.wait_exit(5)
after_exit = settle(3.0)
stop.set()
th.join()
peak = max(samples) if samples else -1
print(f"# storm: 40 call+cancel pairs, pool 2: at most {peak} statements running on the server "
      f"({len(samples)} samples); {after_exit} after exit")
t.ok(0 <= peak <= 2, f"storm: at most 2 statements ran at once on the server (pool size 2): {peak}", samples[-20:])
t.ok(rc == 0 and after_exit == 0, "storm: none runs after the agent exited", (rc, after_exit))

# ---- A DBA's kill sticks ----------------------------------------------------------------------------
a = warm_agent()
rid = a.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}})
deadline = time.monotonic() + 3
while db.active() != 1 and time.monotonic() < deadline:
    time.sleep(0.02)
killed = db.one("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE state = 'active' "
                f"AND pid <> pg_backend_pid() AND query LIKE '%{MARK}%'")
r = a.response(rid, 10)
res = (r or {}).get("result") or {}
text = " ".join(c.get("text", "") for c in res.get("content", []))
t.ok(killed == "1" and res.get("isError") is True and "not run again" in text and "pg_terminate_backend" in text,
     "DBA kill: the call fails saying the session was ended and the query not run again", (killed, r))
time.sleep(0.3)
t.ok(db.active() == 0, "DBA kill: the statement was not sent a second time", db.active())
r = a.tool("query", {"sql": "SELECT 4 AS after_kill"})
t.ok(r is not None and r.get("result", {}).get("isError") is False, "DBA kill: the next query runs on a new connection", r)
a.stop()

# ---- Client deadline: the answer says whether the server confirmed the cancel -----------------------
a = warm_agent({"QUERY_TIMEOUT": "1s"})
r = a.tool("query", {"sql": SLOW_SQL}, timeout=15)
res = (r or {}).get("result") or {}
text = " ".join(c.get("text", "") for c in res.get("content", []))
t.ok(res.get("isError") is True and "1000 ms" in text, "QUERY_TIMEOUT 1s: the slow query times out", r)
t.ok(settle(3.0) == 0, "QUERY_TIMEOUT 1s: nothing runs on afterwards")
a.stop()

# ---- Stalled reader: 64 answers of ~1 MB, the client reads nothing for 5 s, then everything ------
def vm_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


a = Agent(env={"MAX_ROWS": "100000", "QUERY_TIMEOUT": "300s"})
a.initialize()
big = "SELECT g, repeat(md5(g::text), 500) AS big FROM generate_series(1, 64) g"
ids = [a.request("tools/call", {"name": "query", "arguments": {"sql": big, "max_rows": 1000}}) for _ in range(64)]
t0 = time.monotonic()
while time.monotonic() - t0 < 5:
    time.sleep(0.2)
stalled_peak = vm_kib(a.proc.pid, "VmHWM")
good = 0
for i in ids:
    r = a.response(i, 120)
    good += bool(r and "result" in r and r["result"].get("isError") is False)
print(f"# stalled reader: peak RSS {stalled_peak} KiB while 64 answers of ~1 MB waited; "
      f"{good}/64 answered in {time.monotonic() - t0:.1f} s; peak afterwards {vm_kib(a.proc.pid, 'VmHWM')} KiB")
t.ok(0 < stalled_peak < 16 * 1024, f"stalled reader: peak RSS {stalled_peak} KiB < 16 MiB (rows not fetched)")
t.ok(good == 64, f"stalled reader: every answer arrives once the client reads ({good}/64)")
t.ok(a.bad_lines == [], "stalled reader: stdout carried only JSON-RPC")
a.stop()

db.close()
sys.exit(t.done())
