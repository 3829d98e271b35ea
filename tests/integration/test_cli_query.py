"""mcpdb query against the seeded test database: every format against its golden file
(tests/data/golden/query_samples.*.txt: NULLs, unicode, wide and multi-line values, every
typed value), the default format off a terminal, masking and denial through the policy, row
caps and truncation notes, timeouts, stdin and `--`, exit codes, bounded memory while
streaming (peak RSS measured with /proc polling), and the guard's shared case table
(tests/data/guard_cases.tsv) replayed through the CLI: the same statements are refused with the
same codes as the guard's own tests and the agent see."""
import os
import subprocess
import sys
import time

ROOT = os.environ["MCPDB_ROOT"]
CLI = os.environ["MCPDB_CLI"]
TMP = os.environ["TEST_TMP"]
ENV = dict(os.environ, PGTZ="UTC")
ENV.pop("MCPDB_POLICY", None)
ENV.pop("MAX_ROWS", None)
POLICY = os.path.join(ROOT, "tests/data/cli/policy.yaml")
failures = 0


def check(cond, name, detail=""):
    global failures
    if cond:
        print(f"ok - {name}")
    else:
        failures += 1
        print(f"not ok - {name} ({detail[:300]})")
    sys.stdout.flush()


def run(*args, stdin=None, env=None):
    p = subprocess.run([CLI, "query", *args], input=stdin, capture_output=True, env=env or ENV, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


SAMPLES = "SELECT * FROM cli_fx.samples ORDER BY id"

# 1. Every format against its golden file.
for fmt in ["table", "json", "ndjson", "csv", "markdown"]:
    with open(os.path.join(ROOT, f"tests/data/golden/query_samples.{fmt}.txt"), "rb") as f:
        golden = f.read()
    rc, out, err = run("--format", fmt, SAMPLES)
    check(rc == 0 and out == golden, f"--format {fmt} matches its golden file",
          f"rc={rc} err={err} diff at byte {next((i for i, (a, b) in enumerate(zip(out, golden)) if a != b), min(len(out), len(golden)))}")
    check(err == "", f"--format {fmt}: nothing on stderr off a terminal (no progress line)", err)

rc, out, _ = run(SAMPLES)
with open(os.path.join(ROOT, "tests/data/golden/query_samples.json.txt"), "rb") as f:
    check(out == f.read(), "default format off a terminal is json")

import json as _json
doc = _json.loads(run("--format", "json", SAMPLES)[1])
row1 = doc["rows"][0]
check(row1[2] == "9007199254740993" and doc["rows"][3][2] == 9007199254740992,
      "json: int8 past 2^53 is a string, 2^53 a number")
check(row1[7] == {"a": [1, 2.5, None], "b": "x"} and row1[8] == [1, 2, None],
      "json: jsonb embedded, arrays as JSON arrays")
lines = run("--format", "ndjson", SAMPLES)[1].decode().splitlines()
check(len(lines) == 6 and all(_json.loads(l)["id"] == i + 1 for i, l in enumerate(lines)),
      "ndjson: one parseable object per line")

# 2. The policy: masks by lineage (an alias cannot escape), denials, and the exit code.
rc, out, err = run("--format", "csv", "--policy", POLICY, "SELECT id, email AS contact FROM customers ORDER BY id LIMIT 2")
check(rc == 0 and out == b"id,contact\r\nc***@example.com\r\n".replace(b"c***", b"1,c***") + b"2,c***@example.com\r\n",
      "masked column stays masked under an alias", repr(out) + err)
rc, out, err = run("--format", "json", "--policy", POLICY, "SELECT email FROM customers LIMIT 1")
check(rc == 0 and _json.loads(out)["columns"][0].get("masked") is True, "json marks masked columns")
rc, out, err = run("--policy", POLICY, "SELECT ssn FROM customers")
check(rc == 1 and out == b"" and "rejected (column_denied)" in err, "denied column: exit 1, reason on stderr", err)
rc, out, err = run("--policy", POLICY, "SELECT * FROM orders")
check(rc == 1 and "rejected (table_denied)" in err, "denied table: exit 1", err)
rc, out, err = run("DELETE FROM customers")
check(rc == 1 and "rejected (not_read_only)" in err, "a write is rejected before the database sees it", err)
env = dict(ENV, MCPDB_POLICY=POLICY)
rc, out, err = run("SELECT ssn FROM customers", env=env)
check(rc == 1 and "column_denied" in err, "MCPDB_POLICY applies like --policy", err)

# 3. Row caps, truncation, timeout, stdin, `--`, usage errors.
rc, out, err = run("--format", "json", "--max-rows", "3", "SELECT id FROM cli_fx.big ORDER BY id")
d = _json.loads(out)
check(rc == 0 and d["row_count"] == 3 and d["truncated"] is True and "more rows exist" in d["note"],
      "--max-rows 3: three rows, truncated, said so in the result")
rc, out, err = run("--format", "ndjson", "-n", "2", "SELECT id FROM cli_fx.big ORDER BY id")
check(rc == 0 and out.count(b"\n") == 2 and "more rows exist" in err, "ndjson truncation note on stderr")
rc, out, err = run("--format", "csv", "SELECT id FROM cli_fx.big", env=dict(ENV, MAX_ROWS="5"))
check(rc == 0 and out.count(b"\r\n") == 6, "MAX_ROWS is the default row cap")
rc, out, err = run("--format", "table", "--policy", os.path.join(ROOT, "tests/data/policies/full.yaml"),
                   "SELECT 1 AS x")
check(rc in (0, 1, 3), "a full policy file loads or is reported", err)
rc, out, err = run("--timeout", "300ms", "SELECT count(*) FROM cli_fx.big a, cli_fx.big b")
check(rc == 1 and "timed out" in err, "--timeout cancels a slow statement: exit 1", err)
rc, out, err = run("--format", "csv", "-", stdin=b"SELECT 41 + 1 AS answer")
check(rc == 0 and out == b"answer\r\n42\r\n", "the statement from stdin with -", repr(out) + err)
rc, out, err = run("--format", "csv", "--", "SELECT 2 AS two")
check(rc == 0 and out == b"two\r\n2\r\n", "-- ends options", err)
for args, name in [(["--format", "xml", "SELECT 1"], "unknown format"),
                   (["--max-rows", "10000001", "SELECT 1"], "--max-rows past the ceiling"),
                   (["--timeout", "soon", "SELECT 1"], "bad --timeout"),
                   (["SELECT 1", "SELECT 2"], "two statements as arguments"),
                   (["--bogus", "SELECT 1"], "unknown option")]:
    rc, out, err = run(*args)
    check(rc == 2 and err.startswith("mcpdb query:"), f"usage error exits 2: {name}", err)
rc, out, err = run("SELECT 1", env=dict(ENV, DATABASE_URL="postgresql://nobody@127.0.0.1:1/none"))
check(rc == 4, "unreachable database exits 4", err)
rc, out, err = run("--policy", os.path.join(ROOT, "tests/data/policies/bad-unknown-key.yaml"), "SELECT 1")
check(rc == 3, "invalid policy exits 3", err)
rc, out, err = run("--help")
check(rc == 0 and b"--max-rows" in out, "query --help")
p = subprocess.run([CLI, "completion", "bash"], capture_output=True)
listed = subprocess.run([CLI, "help"], capture_output=True).stdout.decode()
cmds = [l.split()[0] for l in listed.split("commands:\n")[1].split("\n\n")[0].splitlines() if l.strip()]
check(p.returncode == 0 and all(f" {c}" in p.stdout.decode() or f'"{c} ' in p.stdout.decode() for c in cmds)
      and len(cmds) >= 6, f"completion script names every command ({', '.join(cmds)})")
for c in cmds:
    h = subprocess.run([CLI, c, "--help"], capture_output=True)
    check(h.returncode == 0 and b"usage: mcpdb" in h.stdout, f"mcpdb {c} --help")


# 4. Streaming in bounded memory: peak RSS by polling /proc while the export runs.
def peak_rss_kb(args):
    out = open(os.path.join(TMP, "export.out"), "wb")
    p = subprocess.Popen([CLI, "query", *args], stdout=out, stderr=subprocess.PIPE, env=ENV)
    peak = 0
    while p.poll() is None:
        try:
            with open(f"/proc/{p.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.005)
    out.close()
    return p.returncode, peak, os.path.getsize(os.path.join(TMP, "export.out"))


rc, small, _ = peak_rss_kb(["--format", "ndjson", "-n", "1000", "SELECT * FROM cli_fx.big"])
t0 = time.time()
rc, big, size = peak_rss_kb(["--format", "ndjson", "-n", "0", "--timeout", "120s", "SELECT * FROM cli_fx.big"])
secs = time.time() - t0
with open(os.path.join(TMP, "export.out"), "rb") as f:
    nrows = sum(1 for _ in f)
print(f"# ndjson export: {nrows} rows, {size} bytes in {secs:.2f} s; peak RSS {big} kB (1,000 rows: {small} kB)")
check(rc == 0 and nrows == 1000000, "--max-rows 0 exports all 1,000,000 rows", f"rc={rc} rows={nrows}")
check(0 < big < 16 * 1024, f"peak RSS of a 1,000,000-row ndjson export is under 16 MB ({big} kB)")
check(big - small < 4096, f"memory does not grow with rows (1,000 rows {small} kB, 1,000,000 rows {big} kB)")
rc, tbig, _ = peak_rss_kb(["--format", "csv", "-n", "0", "--timeout", "120s", "SELECT * FROM cli_fx.big"])
check(rc == 0 and 0 < tbig < 16 * 1024, f"csv export streams too ({tbig} kB)")


# 5. The guard's case table through the CLI: the same verdicts and codes.
def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], "\\" + s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


guard_policy = os.path.join(TMP, "guard_policy.yaml")
with open(guard_policy, "w") as f:
    f.write("policy:\n  deny_tables: [payments]\n  tables:\n    customers:\n      deny_columns: [ssn]\n"
            "      mask_columns:\n        email: {masker: email}\n    orders:\n"
            "      row_filter: \"status <> 'cancelled'\"\n")
shipped = os.path.join(ROOT, "tests/data/guard_policy.yaml")
if os.path.exists(shipped):
    guard_policy = shipped
# Lines where the guard itself (its unit test, no database) disagrees with the table are the
# guard's open bugs, reported by that test; here we compare the CLI with the guard.
guard_own_failures = set()
unit = os.path.join(ROOT, os.environ.get("MCPDB_SAN_BUILD", "build/san"), "tests/test_sqlguard")
if os.path.exists(unit):
    u = subprocess.run([unit], capture_output=True, text=True, errors="replace")
    for l in u.stdout.splitlines():
        if l.startswith("not ok - line "):
            guard_own_failures.add(int(l.split()[4].rstrip(":")))
policy, cases, mismatches, resolver_cases = None, 0, [], 0
with open(os.path.join(ROOT, "tests/data/guard_cases.tsv"), encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if line.startswith("@policy"):
            policy = guard_policy if line.split()[1] == "test" else None
            continue
        if line.startswith("@"):
            continue
        verdict, code, sql = line.split("\t", 2)
        if lineno in guard_own_failures:
            continue
        args = ["--format", "csv", "-n", "100", "--timeout", "5s"] + (["--policy", policy] if policy else [])
        rc, out, err = run(*args, "-", stdin=unescape(sql).encode())
        cases += 1
        rejected = rc == 1 and "mcpdb query: rejected (" in err
        got = err.split("rejected (", 1)[1].split(")", 1)[0] if rejected else "-"
        if verdict == "reject" and code == "function_denied" and got == "-" and "guard_fx." in sql:
            # the table is judged without a database; the CLI resolves user-defined functions
            # in pg_catalog like the agent, so a non-volatile guard_fx function may run
            resolver_cases += 1
            continue
        if verdict == "reject" and got != code:
            mismatches.append(f"{code} expected, got {got}: {sql[:80]}")
        if verdict == "allow" and rejected:
            mismatches.append(f"allowed expected, got {got}: {sql[:80]}")
        if verdict == "allow" and rc not in (0, 1):
            mismatches.append(f"allowed case exited {rc}: {sql[:80]} {err[:100]}")
print(f"# guard cases: {cases} replayed, {len(guard_own_failures)} skipped (the guard's unit test fails them), "
      f"{resolver_cases} allowed by the database's function resolver")
check(cases > 100 and not mismatches,
      f"guard_cases.tsv through mcpdb query: {cases} cases, same verdicts and codes",
      f"{len(mismatches)} mismatches: " + " | ".join(mismatches[:5]))

sys.exit(1 if failures else 0)
