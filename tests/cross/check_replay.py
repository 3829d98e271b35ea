#!/usr/bin/env python3
"""Replays guard case tables through two `mcpdb check` binaries and compares the verdicts.

usage: check_replay.py LABEL --ref 'CMD...' --test 'CMD...' [--ref-cache FILE] [--expect] TABLE.tsv ...

CMD is a command line (split like a shell would, no expansion) that runs an mcpdb binary, e.g.
--ref bin/mcpdb --test 'qemu-arm-static -cpu cortex-a8 bin/armv7/mcpdb'. Each case's SQL goes
to `CMD check --json -` on stdin (the JSON holds verdict, code, reason, rewritten SQL and
fingerprint); exit status and stdout must be identical. --ref-cache keeps the reference
answers in FILE, so a second target does not run the reference binary again. With --expect
(before the tables it applies to) the verdict must also be the table's (exit 0 for allow,
1 for reject).
Table format (tests/data/guard_cases.tsv): `allow|reject<TAB>code<TAB>sql`, `\\n`, `\\t`,
`\\\\` escapes in sql, `#` comments and blank lines ignored; `@policy none|test` switches the
policy (test: tests/data/guard_policy.yaml); other `@` lines (`@pg 17`) concern the database
oracle and are skipped. Every case is judged with --max-rows 100, without MCPDB_POLICY and
MAX_ROWS from the environment.
Prints TAP lines: one per differing case (at most 20), one summary per table.
"""
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys

TIMEOUT_S = 60
MAX_REPORTED = 20


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


POLICIES = {"none": [], "test": ["--policy", "tests/data/guard_policy.yaml"]}
ENV = {k: v for k, v in os.environ.items() if k not in ("MCPDB_POLICY", "MAX_ROWS")}


def load_cases(path):
    """[(lineno, verdict, sql, policy options)]; ValueError names a malformed line."""
    cases, policy = [], []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@policy"):
                name = line[len("@policy"):].strip()
                if name not in POLICIES:
                    raise ValueError(f"{path}:{lineno}: unknown policy '{name}'")
                policy = POLICIES[name]
                continue
            if line.startswith("@"):   # e.g. `@pg 17`: for the database oracle, not for check
                continue
            parts = line.split("\t", 2)
            if len(parts) != 3 or parts[0] not in ("allow", "reject"):
                raise ValueError(f"{path}:{lineno}: not `allow|reject<TAB>code<TAB>sql`")
            cases.append((lineno, parts[0], unescape(parts[2]), policy))
    return cases


def run(cmd, case):
    """(exit status, stdout) of `CMD check --json` on the case."""
    _, _, sql, policy = case
    argv = cmd + ["check", "--max-rows", "100"] + policy + ["--json", "-"]
    try:
        p = subprocess.run(argv, input=sql.encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT_S, env=ENV)
    except subprocess.TimeoutExpired:
        return ["timeout", ""]
    return [p.returncode, p.stdout.decode(errors="replace")]


def compare(a, b, case, expect):
    """None when the reference answer a and the tested answer b agree, else what differs."""
    lineno, verdict, sql, _ = case
    if a != b:
        return (f"line {lineno}: x86_64 exit {a[0]} {a[1][:140]!r}, "
                f"cross exit {b[0]} {b[1][:140]!r}; sql {sql[:80]!r}")
    if a[0] not in (0, 1):
        return f"line {lineno}: exit {a[0]} on both (not a verdict); sql {sql[:80]!r}"
    if expect and a[0] != (0 if verdict == "allow" else 1):
        return (f"line {lineno}: both {'allow' if a[0] == 0 else 'reject'}, table says "
                f"{verdict}; sql {sql[:80]!r}")
    return None


def reference(ref, table, cases, pool, cache_path):
    """The reference answers, from cache_path when an earlier run for another target saved
    them for the same binary and table (the x86_64 side is then run once, not per target)."""
    key = f"{os.path.realpath(ref[-1])}:{os.stat(ref[-1]).st_mtime_ns}:{os.path.realpath(table)}"
    cache = {}
    if cache_path and os.path.exists(cache_path):
        with open(cache_path, encoding="utf-8") as f:
            cache = json.load(f)
    if key in cache and len(cache[key]) == len(cases):
        return cache[key]
    answers = list(pool.map(lambda c: run(ref, c), cases))
    if cache_path:
        cache[key] = answers
        with open(cache_path, "w", encoding="utf-8") as f:
            json.dump(cache, f)
    return answers


def main(argv):
    args, tables, ref, test, label, expect, cache = list(argv[1:]), [], None, None, None, False, None
    while args:
        a = args.pop(0)
        if a == "--ref":
            ref = shlex.split(args.pop(0))
        elif a == "--test":
            test = shlex.split(args.pop(0))
        elif a == "--ref-cache":
            cache = args.pop(0)
        elif a == "--expect":
            expect = True
        elif label is None:
            label = a
        else:
            tables.append((a, expect))
    if not (label and ref and test and tables):
        print(__doc__, file=sys.stderr)
        return 2
    workers = max(2, os.cpu_count() or 2)
    for table, expect in tables:
        name = os.path.basename(table)
        try:
            cases = load_cases(table)
        except (OSError, ValueError) as e:
            print(f"not ok - {label}: {name} readable ({e})")
            continue
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            refs = reference(ref, table, cases, pool, cache)
            tested = list(pool.map(lambda c: run(test, c), cases))
        diffs = [d for d in map(compare, refs, tested, cases, [expect] * len(cases)) if d]
        for d in diffs[:MAX_REPORTED]:
            print(f"not ok - {label}: {name} {d}")
        if len(cases) == 0:
            print(f"not ok - {label}: {name} holds no cases")
        elif diffs:
            print(f"not ok - {label}: {len(diffs)} of {len(cases)} cases of {name} differ")
        else:
            what = "x86_64's and the table's" if expect else "x86_64's"
            print(f"ok - {label}: mcpdb check gives {what} verdicts on all {len(cases)} "
                  f"cases of {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
