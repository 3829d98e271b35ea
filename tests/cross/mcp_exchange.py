#!/usr/bin/env python3
"""One MCP session with a cross-built agent under qemu-user, compared with the x86_64 agent.

usage: mcp_exchange.py LABEL --ref AGENT --test 'CMD...' [--test-in-root DIR 'CMD...']

The session: initialize, notifications/initialized, tools/list, and one tools/call of `query`
against the test database (DATABASE_URL from the environment). The query reads a table and
produces values that straddle 2^31, 2^32, 2^53 and 2^63, so a `long` that is 32 bits wide on
armv7 or a byte-order slip shows up. Checks: each answer is well formed, the query's values are
the known ones (the orders count from psql), and initialize/tools/list/the query result are
identical to the x86_64 agent's apart from the elapsed time. --test-in-root repeats the
session with CMD run under chroot DIR (an empty root holding the static emulator and agent).
Prints TAP lines (tests/lib/mcp.py's Tap).
"""
import json
import os
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import Agent, Tap  # noqa: E402

SQL = ("SELECT (SELECT count(*) FROM orders) AS orders, g AS n, "
       "g::int8 * 4294967296 AS over_32, 2147483648::int8 + g AS over_31, "
       "9223372036854775807::int8 - g AS near_63, -g * 0.25::float8 AS quarter, "
       "repeat('ab', g) AS s "
       "FROM (VALUES (1), (2), (3)) AS v(g) ORDER BY g")
TIMEOUT_S = 60  # emulated start-up plus the connection: generous, qemu is slow on 2 cores


def expected_rows(orders):
    return [[orders, g, g * 4294967296, 2147483648 + g, 9223372036854775807 - g, -g * 0.25,
             "ab" * g] for g in (1, 2, 3)]


def orders_count():
    out = subprocess.run(["psql", "-X", "-At", "-d", os.environ["DATABASE_URL"], "-c",
                          "SELECT count(*) FROM orders"], capture_output=True, text=True,
                         timeout=30)
    return int(out.stdout.strip()) if out.returncode == 0 else None


def without_timing(v):
    """The value with every elapsed_ms removed (also inside JSON text blocks)."""
    if isinstance(v, dict):
        return {k: without_timing(x) for k, x in v.items() if k != "elapsed_ms"}
    if isinstance(v, list):
        return [without_timing(x) for x in v]
    if isinstance(v, str) and v[:1] in "{[":
        try:
            return ["<json>", without_timing(json.loads(v))]
        except ValueError:
            return v
    return v


def cell(v):
    """A result cell as a Python number when the agent sent a big integer as a string."""
    if isinstance(v, str):
        try:
            return int(v)
        except ValueError:
            return v
    return v


def session(argv):
    """Runs the session; returns a dict of the answers (None where one did not come)."""
    a = Agent(path=argv[0], args=argv[1:])
    got = {}
    try:
        got["init"] = a.initialize("2025-11-25")
        got["list"] = a.call("tools/list", {}, timeout=TIMEOUT_S)
        got["query"] = a.tool("query", {"sql": SQL}, timeout=TIMEOUT_S)
    except OSError as e:   # the agent died: the checks below report what is missing
        got["error"] = repr(e)
    finally:
        got["stderr"] = a.stop()
        got["rc"] = a.proc.returncode
        got["bad"] = list(a.bad_lines)
    return got


def check_session(tap, label, got, ref, orders):
    init = (got.get("init") or {}).get("result") or {}
    tap.ok(init.get("serverInfo", {}).get("name") == "mcpdb-agent" and
           init.get("protocolVersion") == "2025-11-25",
           f"{label}: initialize answered (2025-11-25)",
           got.get("init") or f"{got.get('error', '')} exit {got['rc']} {got['stderr'][-300:]}")
    tools = ((got.get("list") or {}).get("result") or {}).get("tools") or []
    names = sorted(t.get("name", "") for t in tools)
    tap.ok("query" in names and "list_tables" in names, f"{label}: tools/list names the tools",
           names or got.get("list"))
    res = (got.get("query") or {}).get("result") or {}
    sc = res.get("structuredContent") or {}
    rows = [[cell(c) for c in r] for r in sc.get("rows") or []]
    tap.ok(not res.get("isError") and orders is not None and rows == expected_rows(orders),
           f"{label}: query returns the known values (2^31..2^63 integers, floats, text)",
           f"rows {rows!r}, expected {expected_rows(orders)!r}, answer {got.get('query')!r}"[:400])
    if ref is not None:
        for key, what in (("init", "initialize"), ("list", "tools/list"), ("query", "query result")):
            a, b = without_timing(got.get(key)), without_timing(ref.get(key))
            tap.ok(a == b, f"{label}: {what} identical to the x86_64 agent's",
                   f"{json.dumps(a)[:180]} vs {json.dumps(b)[:180]}")
    tap.ok(got["rc"] == 0 and not got["bad"],
           f"{label}: only JSON-RPC on stdout, exit 0 on EOF",
           f"exit {got['rc']}, bad lines {got['bad'][:2]}, stderr {got['stderr'][-200:]!r}")


def main(argv):
    args = list(argv[1:])
    label, ref_agent, test, in_root = None, None, None, None
    while args:
        a = args.pop(0)
        if a == "--ref":
            ref_agent = args.pop(0)
        elif a == "--test":
            test = shlex.split(args.pop(0))
        elif a == "--test-in-root":
            in_root = (args.pop(0), shlex.split(args.pop(0)))
        else:
            label = a
    if not (label and ref_agent and test) or "DATABASE_URL" not in os.environ:
        print(__doc__, file=sys.stderr)
        return 2
    tap = Tap()
    orders = orders_count()
    tap.ok(orders is not None and orders > 0, f"{label}: psql counts the orders ({orders})")
    ref = session([ref_agent])
    check_session(tap, f"{label} x86_64 reference", ref, None, orders)
    check_session(tap, f"{label}/mcpdb-agent under qemu", session(test), ref, orders)
    if in_root:
        chroot = shutil.which("chroot") or "/usr/sbin/chroot"
        wrap = [chroot] if os.geteuid() == 0 else ["unshare", "-r", chroot]
        check_session(tap, f"{label}/mcpdb-agent in an empty root",
                      session(wrap + [in_root[0]] + in_root[1]), ref, orders)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
