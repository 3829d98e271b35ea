#!/usr/bin/env python3
"""The agent benchmark (run by tests/bench/run.sh against its own seeded PostgreSQL): startup,
per-tool latency beside the raw libpq floor (tests/bench/floor.c, same SQL), calls per second,
idle and peak RSS, 8 concurrent slow queries. Prints a table with ratios against the floor and
the targets of issue 4. Environment: MCPDB_AGENT, BENCH_FLOOR, DATABASE_URL, MCPDB_ROOT,
BENCH_N (iterations per workload, default 300)."""
import json
import os
import re
import select
import subprocess
import time

AGENT = os.environ["MCPDB_AGENT"]
FLOOR = os.environ["BENCH_FLOOR"]
URL = os.environ["DATABASE_URL"]
ROOT = os.environ["MCPDB_ROOT"]
N = int(os.environ.get("BENCH_N", "300"))


class Raw:
    """Minimal stdio client: times until the whole answer line is read (JSON parsing excluded)."""

    def __init__(self, env=None):
        e = dict(os.environ)
        e.update(env or {})
        self.t_spawn = time.perf_counter()
        self.p = subprocess.Popen([AGENT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  env=e, bufsize=0)
        self.buf = b""
        self.id = 0

    def send(self, method, params=None):
        self.id += 1
        m = {"jsonrpc": "2.0", "id": self.id, "method": method}
        if params is not None:
            m["params"] = params
        self.p.stdin.write((json.dumps(m) + "\n").encode())
        return self.id

    def line(self, timeout=60):
        end = time.perf_counter() + timeout
        buf = bytearray(self.buf)
        nl = buf.find(b"\n")
        while nl < 0:
            r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.perf_counter()))
            if not r:
                raise TimeoutError("agent did not answer")
            chunk = os.read(self.p.stdout.fileno(), 1 << 22)
            if not chunk:
                raise EOFError("agent exited")
            i = chunk.find(b"\n")
            if i >= 0:
                nl = len(buf) + i
            buf += chunk
        self.buf = bytes(buf[nl + 1:])
        return bytes(buf[:nl])

    def call(self, method, params=None):
        self.send(method, params)
        return self.line()

    def initialize(self):
        line = self.call("initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                                        "clientInfo": {"name": "bench", "version": "1"}})
        t = time.perf_counter()
        self.p.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
        return line, t

    def rss_kib(self, field):
        with open(f"/proc/{self.p.pid}/status") as f:
            for ln in f:
                if ln.startswith(field + ":"):
                    return int(ln.split()[1])
        return -1

    def cpu_ms(self):
        """User + system CPU time the agent has used, in ms (load-independent, unlike latency)."""
        with open(f"/proc/{self.p.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.p.stdin.close()
        self.p.wait(10)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, (len(xs) * p) // 100)]


def catalog_sql():
    """The agent's catalog SQL, expanded by the C preprocessor from core/mcp/tools_catalog.c, with
    the parameters written in (the floor runs the very same statements)."""
    cfg = open(os.path.join(ROOT, "build", "x86_64", "config.mk")).read()
    inc = re.search(r"^DEP_INC = (.*)$", cfg, re.M).group(1).split()
    src = subprocess.run(["cpp", "-P", "-D_GNU_SOURCE", "-iquote", os.path.join(ROOT, "core"), *inc,
                          os.path.join(ROOT, "core", "mcp", "tools_catalog.c")], capture_output=True, text=True).stdout

    def lit(name):
        body = re.search(name + r"\[\] =(.*?);", src, re.S).group(1)
        return "".join(bytes(s, "utf-8").decode("unicode_escape") for s in re.findall(r'"((?:[^"\\]|\\.)*)"', body))
    lt = lit("SQL_LIST_TABLES").replace("$1::text", "NULL::text")
    dt = lit("SQL_DESCRIBE").replace("$1::text", "NULL::text").replace("$2::text", "'orders'::text")
    return lt, dt


WORK = [
    ("ping (transport)", None, None, None),
    # name, tool, arguments, floor SQL (None: catalog SQL)
    ("list_tables", "list_tables", {}, None),
    ("describe_table", "describe_table", {"table": "orders"}, None),
    ("point query", "query", {"sql": "SELECT * FROM orders WHERE id = 42"}, "SELECT * FROM orders WHERE id = 42"),
    ("100 rows", "query", {"sql": "SELECT * FROM orders ORDER BY id LIMIT 100"},
     "SELECT * FROM orders ORDER BY id LIMIT 100"),
    ("10,000 rows", "query", {"sql": "SELECT * FROM bench_rows ORDER BY id LIMIT 10000", "max_rows": 10000},
     "SELECT * FROM bench_rows ORDER BY id LIMIT 10000"),
]


def main():
    lt, dt = catalog_sql()
    floor_args = []
    for name, _, _, sql in WORK[1:]:
        floor_args += [name.replace(" ", "_").replace(",", ""), sql or (lt if name == "list_tables" else dt)]
    out = subprocess.run([FLOOR, URL, str(N), *floor_args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("floor failed: " + out.stderr)
    floor = {}
    for ln in out.stdout.splitlines():
        k, p50, p99, cps, _ = ln.split()
        floor[k] = (float(p50), float(p99), float(cps))

    # Startup: spawn to the initialize answer (median of 30).
    starts = []
    for _ in range(30):
        a = Raw()
        _, t = a.initialize()
        starts.append((t - a.t_spawn) * 1000)
        a.stop()

    a = Raw({"MAX_ROWS": "10000"})
    a.initialize()
    a.call("tools/call", {"name": "query", "arguments": {"sql": "SELECT 1"}})
    time.sleep(0.3)
    idle_rss = a.rss_kib("VmRSS")
    rows = []
    for name, tool, args, _ in WORK:
        n = N if name != "10,000 rows" else max(30, N // 5)
        ts = []
        cpu0 = a.cpu_ms()
        for i in range(n + n // 10 + 1):
            t0 = time.perf_counter()
            line = a.call("ping") if tool is None else a.call("tools/call", {"name": tool, "arguments": args})
            dt_ms = (time.perf_counter() - t0) * 1000
            if i == 0:
                res = json.loads(line).get("result", {})
                if res.get("isError"):
                    raise SystemExit(f"{name}: {res['content'][0]['text']}")
            if i > n // 10:
                ts.append(dt_ms)
        cpu = (a.cpu_ms() - cpu0) / (n + n // 10 + 1)
        rows.append((name, pct(ts, 50), pct(ts, 99), floor.get(name.replace(" ", "_").replace(",", ""), (0, 0, 0)), cpu))
    peak_rss = a.rss_kib("VmHWM")
    after_rss = a.rss_kib("VmRSS")

    # Calls per second: point queries, 16 in flight over the pool.
    total, inflight, sent, done = 2000, 16, 0, 0
    t0 = time.perf_counter()
    while done < total:
        while sent < total and sent - done < inflight:
            a.send("tools/call", {"name": "query", "arguments": {"sql": "SELECT * FROM orders WHERE id = 42"}})
            sent += 1
        a.line()
        done += 1
    cps = total / (time.perf_counter() - t0)
    a.stop()

    # 8 concurrent slow queries (1 s each) on a pool of 8, and a ping behind them.
    b = Raw({"MCPDB_POOL_SIZE": "8",  # user functions need the policy's allow_functions (issue 13)
             "MCPDB_POLICY": os.path.join(ROOT, "tests", "data", "policies", "test_functions.yaml")})
    b.initialize()
    b.call("tools/call", {"name": "query", "arguments": {"sql": "SELECT 1"}})
    t0 = time.perf_counter()
    for _ in range(8):
        b.send("tools/call", {"name": "query", "arguments": {"sql": "SELECT mcpdb_types.slow(1) AS s"}})
    tp = time.perf_counter()
    b.send("ping")
    ping_ms = None
    for _ in range(9):
        m = json.loads(b.line())
        if m.get("id") == b.id:
            ping_ms = (time.perf_counter() - tp) * 1000
    conc = time.perf_counter() - t0
    b.stop()

    print(f"\nmcpdb-agent benchmark ({N} calls per workload; floor = raw libpq, same SQL)\n")
    print(f"{'workload':<16}{'agent p50':>11}{'agent p99':>11}{'floor p50':>11}{'floor p99':>11}{'ratio p50':>11}{'agent CPU':>11}  target")
    targets = {"point query": 2.0, "10,000 rows": 1.5}
    for name, p50, p99, (fp50, fp99, _), cpu in rows:
        if fp50 == 0:
            print(f"{name:<16}{p50:>9.2f}ms{p99:>9.2f}ms{'-':>11}{'-':>11}{'-':>11}{cpu:>9.3f}ms  (stdio round trip of the client)")
            continue
        ratio = p50 / fp50
        tgt = targets.get(name)
        verdict = "" if tgt is None else (f"<= {tgt}x  " + ("met" if ratio <= tgt else "MISSED"))
        print(f"{name:<16}{p50:>9.2f}ms{p99:>9.2f}ms{fp50:>9.2f}ms{fp99:>9.2f}ms{ratio:>10.2f}x{cpu:>9.3f}ms  {verdict}")
    fcps = floor["point_query"][2]
    print("(agent figures include the stdio round trip through this Python client, the ping row;\n"
          " the floor is a C loop calling libpq directly, with no process hop; agent CPU is the\n"
          " agent's own user+system time per call, which machine load does not inflate much)")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    sm = pct(starts, 50)
    print(f"\nstartup (spawn -> initialize answer): p50 {sm:.2f} ms, max {max(starts):.2f} ms   target <= 10 ms: "
          f"{'met' if sm <= 10 else 'MISSED'}")
    print(f"calls/s (point query, 16 in flight): {cps:.0f}   floor (1 connection, sequential): {fcps:.0f}")
    print(f"RSS idle: {idle_rss / 1024:.1f} MiB (target <= 4: {'met' if idle_rss <= 4096 else 'MISSED'}); "
          f"peak after 10,000-row results: {peak_rss / 1024:.1f} MiB (target <= 16: {'met' if peak_rss <= 16384 else 'MISSED'}); "
          f"after: {after_rss / 1024:.1f} MiB")
    print(f"8 concurrent slow queries (1 s each, pool 8): {conc:.2f} s; ping behind them: {ping_ms:.1f} ms")


if __name__ == "__main__":
    main()
