#!/usr/bin/env python3
"""The agent benchmark (run by tests/bench/run.sh against its own seeded PostgreSQL), in one run:
each workload side by side with the raw libpq floor (tests/bench/floor.c, same SQL) and the agent
over stdio (HTTP and the tunnel join the table when the agent has them): p50/p99, calls/s
sequential and with 16 in flight, agent CPU per call, peak RSS, and the ratio to the floor with
the client's stdio round trip (the ping row) subtracted. Then how cost grows with the rows
(1 .. 100,000), startup beside a bare spawn, idle RSS, and 8 slow queries on a pool of 8.
A benchmark, not a test: figures are printed, nothing is judged but the targets of issue 18.
Environment: MCPDB_AGENT, BENCH_FLOOR, DATABASE_URL, MCPDB_ROOT, BENCH_N (calls per workload,
default 200)."""
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
N = int(os.environ.get("BENCH_N", "200"))
# The result cap is raised so that 10,000 wide rows (about 4 MB of cells) come back whole.
BIG = {"MAX_ROWS": "100000", "MCPDB_RESULT_BYTES": str(64 << 20)}


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

    def line(self, timeout=120):
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


AGG = ("SELECT w.code, count(*) AS n, sum(r.amount) AS total, avg(w.ratio) AS ratio "
       "FROM bench_wide w JOIN bench_rows r ON r.id = w.id GROUP BY w.code ORDER BY w.code LIMIT 20")
# name, tool, arguments, floor SQL (None: the tool's catalog SQL), calls
WORK = [
    ("list_tables", "list_tables", {}, None, N),
    ("describe_table", "describe_table", {"table": "orders"}, None, N),
    ("point", "query", {"sql": "SELECT * FROM orders WHERE id = 42"}, "SELECT * FROM orders WHERE id = 42", N),
    ("100 rows", "query", {"sql": "SELECT * FROM orders ORDER BY id LIMIT 100"},
     "SELECT * FROM orders ORDER BY id LIMIT 100", N),
    ("10,000 wide rows", "query", {"sql": "SELECT * FROM bench_wide ORDER BY id LIMIT 10000", "max_rows": 10000},
     "SELECT * FROM bench_wide ORDER BY id LIMIT 10000", max(20, N // 10)),
    ("20-row agg join", "query", {"sql": AGG}, AGG, N),
]
GROWTH = [1, 10, 100, 1000, 10000, 100000]


def floor_run(pairs, n):
    """pairs: [(key, sql)] -> {key: (p50, p99, calls/s)} from the C floor."""
    args = []
    for k, sql in pairs:
        args += [k, sql]
    out = subprocess.run([FLOOR, URL, str(n), *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("floor failed: " + out.stderr)
    res = {}
    for ln in out.stdout.splitlines():
        k, p50, p99, cps, _ = ln.split()
        res[k] = (float(p50), float(p99), float(cps))
    return res


def key(name):
    return re.sub(r"[^a-z0-9]+", "_", name.lower())


def run_workload(tool, args, n, env=None):
    """A fresh agent: n sequential calls (a tenth more to warm up), then n with 16 in flight.
    Returns latencies, CPU ms per call, calls/s sequential and in flight, peak RSS KiB, bytes."""
    a = Raw(env or BIG)
    a.initialize()
    params = None if tool is None else {"name": tool, "arguments": args}
    method = "ping" if tool is None else "tools/call"
    first = a.call(method, params)
    res = json.loads(first).get("result", {})
    if res.get("isError"):
        raise SystemExit(f"{tool}: {res['content'][0]['text']}")
    rows = res.get("structuredContent", {}).get("row_count")
    for _ in range(n // 10):
        a.call(method, params)
    ts = []
    cpu0 = a.cpu_ms()
    t_all = time.perf_counter()
    for _ in range(n):
        t0 = time.perf_counter()
        a.call(method, params)
        ts.append((time.perf_counter() - t0) * 1000)
    seq_cps = n / (time.perf_counter() - t_all)
    cpu = (a.cpu_ms() - cpu0) / n
    peak = a.rss_kib("VmHWM")    # one answer at a time; with 16 in flight, 16 are queued
    sent = done = 0
    t0 = time.perf_counter()
    while done < n:
        while sent < n and sent - done < 16:
            a.send(method, params)
            sent += 1
        a.line()
        done += 1
    par_cps = n / (time.perf_counter() - t0)
    a.stop()
    return ts, cpu, seq_cps, par_cps, peak, len(first), rows


def main():
    lt, dt = catalog_sql()
    floor = floor_run([(key(w[0]), w[3] or (lt if w[1] == "list_tables" else dt)) for w in WORK], N)
    ping_ts, ping_cpu, ping_cps, ping_par, _, _, _ = run_workload(None, None, N)
    ping = pct(ping_ts, 50)

    print(f"\nmcpdb-agent benchmark ({N} calls per workload, {max(20, N // 10)} for 10,000 wide rows; "
          f"floor = raw libpq, same SQL, one connection)\n")
    hdr = (f"{'workload':<18}{'floor p50':>10}{'p99':>8}{'stdio p50':>10}{'p99':>8}{'ratio':>7}"
           f"{'CPU/call':>10}{'calls/s':>9}{'16 in fl.':>10}{'floor c/s':>10}{'peak RSS':>10}{'answer':>10}")
    print(hdr)
    print(f"{'ping (stdio)':<18}{'-':>10}{'-':>8}{ping:>8.2f}ms{pct(ping_ts, 99):>6.2f}ms{'-':>7}"
          f"{ping_cpu:>8.3f}ms{ping_cps:>9.0f}{ping_par:>10.0f}{'-':>10}{'-':>10}{'-':>10}")
    results = {}
    for name, tool, args, _, n in WORK:
        ts, cpu, cps, par, peak, size, rows = run_workload(tool, args, n)
        fp50, fp99, fcps = floor[key(name)]
        p50 = pct(ts, 50)
        ratio = max(p50 - ping, 0.0) / fp50
        results[name] = (p50, ratio, cpu, peak, size, rows)
        print(f"{name:<18}{fp50:>8.2f}ms{fp99:>6.2f}ms{p50:>8.2f}ms{pct(ts, 99):>6.2f}ms{ratio:>6.2f}x"
              f"{cpu:>8.3f}ms{cps:>9.0f}{par:>10.0f}{fcps:>10.0f}{peak / 1024:>7.1f}MiB{size / 1024:>7.0f}KiB")
    print("HTTP, tunnel: not in this agent yet (their columns join when the transports land)")
    print("ratio: (stdio p50 - ping p50) / floor p50, since the floor has no process hop. CPU/call:")
    print("the agent's own user+system time per call, which machine load barely changes. peak RSS:")
    print("VmHWM of a fresh agent after its sequential calls. answer: bytes of one answer line.")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    wide = results["10,000 wide rows"]
    point = results["point"]
    hundred = results["100 rows"]
    print("\ntargets (issue 18):")
    for what, val, tgt, unit in [
            ("10,000 wide rows ratio", wide[1], 1.3, "x"), ("100 rows ratio", hundred[1], 1.5, "x"),
            ("point ratio", point[1], 1.5, "x"), ("point CPU per call", point[2], 0.08, " ms"),
            ("wide row CPU", wide[2] * 1000 / max(wide[5] or 1, 1), 5.0, " us")]:
        print(f"  {what:<26}{val:>9.3f}{unit:<4} target <= {tgt}{unit}: {'met' if val <= tgt else 'MISSED'}")
    limit = 1.5 * wide[4] / 1024 + 4096
    print(f"  {'peak RSS, 10,000 wide rows':<26}{wide[3] / 1024:>9.1f} MiB target <= 1.5 x answer "
          f"({wide[4] / 1048576:.1f} MiB) + 4 MiB = {limit / 1024:.1f} MiB: {'met' if wide[3] <= limit else 'MISSED'}")

    # How cost grows: a fresh agent per size, bench_rows (5 columns, about 60 bytes a row).
    sizes = [(n, f"SELECT * FROM bench_rows ORDER BY id LIMIT {n}") for n in GROWTH]
    gfloor = floor_run([(f"g{n}", sql) for n, sql in sizes], max(5, N // 20))
    print("\nhow cost grows (bench_rows: 5 columns, about 60 bytes a row; fresh agent per size)")
    print(f"{'rows':>8}{'floor p50':>11}{'stdio p50':>11}{'per row':>10}{'CPU/call':>11}{'CPU/row':>10}{'peak RSS':>10}{'answer':>11}")
    for n, sql in sizes:
        calls = 5 if n >= 100000 else 10 if n >= 10000 else max(5, N // 10)
        ts, cpu, _, _, peak, size, rows = run_workload("query", {"sql": sql, "max_rows": n}, calls)
        p50 = pct(ts, 50)
        print(f"{n:>8}{gfloor[f'g{n}'][0]:>9.2f}ms{p50:>9.2f}ms{(p50 - ping) * 1000 / n:>8.2f}us"
              f"{cpu:>9.2f}ms{cpu * 1000 / n:>8.2f}us{peak / 1024:>7.1f}MiB{size / 1024:>8.0f}KiB"
              + ("" if rows == n else f"  (only {rows} rows)"))

    # Startup beside a bare spawn from the same client, and idle memory.
    starts, bare = [], []
    for _ in range(30):
        t0 = time.perf_counter()
        subprocess.run(["/bin/true"])
        bare.append((time.perf_counter() - t0) * 1000)
        a = Raw()
        _, t = a.initialize()
        starts.append((t - a.t_spawn) * 1000)
        a.stop()
    a = Raw()
    a.initialize()
    a.call("tools/call", {"name": "query", "arguments": {"sql": "SELECT 1"}})
    time.sleep(0.3)
    idle_rss = a.rss_kib("VmRSS")
    a.stop()
    sm, bm = pct(starts, 50), pct(bare, 50)
    print(f"\nstartup (spawn -> initialize answer): p50 {sm:.2f} ms; spawning /bin/true: p50 {bm:.2f} ms; "
          f"beyond it {sm - bm:.2f} ms (target <= 1 ms: {'met' if sm - bm <= 1 else 'MISSED'})")
    print(f"RSS idle: {idle_rss / 1024:.1f} MiB (target <= 2.5: {'met' if idle_rss <= 2560 else 'MISSED'})")

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
    print(f"8 concurrent slow queries (1 s each, pool 8): {conc:.2f} s; ping behind them: {ping_ms:.1f} ms")


if __name__ == "__main__":
    main()
