#!/usr/bin/env bash
# mcpdb check: exit codes, --json fields, stdin, and the whole case table
# (tests/data/guard_cases.tsv) through the static binary with the verdicts and codes the table
# (and so the unit test) expects. Needs no database.
. "$MCPDB_ROOT/tests/lib/tap.sh"
cli=$MCPDB_CLI
unset MCPDB_POLICY
if ! "$cli" check --json 'SELECT 1' >/dev/null 2>&1 && [ "$("$cli" check 'SELECT 1' >/dev/null 2>&1; echo $?)" != 0 ]; then
	echo "not ok - mcpdb check is not registered in cli/main.c's command table (cmd_check exists in cli/cmd_check.c)"
	exit 1
fi
out=$("$cli" check 'SELECT * FROM orders'); rc=$?
check_eq "allowed: exit 0" "$rc" 0
check_eq "allowed: prints the rewrite" "$out" "SELECT * FROM orders LIMIT 101"
"$cli" check 'DELETE FROM orders' >/dev/null; check_eq "rejected: exit 1" "$?" 1
"$cli" check >/dev/null 2>&1; check_eq "no SQL: exit 2" "$?" 2
"$cli" check --bogus 'SELECT 1' >/dev/null 2>&1; check_eq "unknown option: exit 2" "$?" 2
"$cli" check --max-rows 0 'SELECT 1' >/dev/null 2>&1; check_eq "--max-rows 0: exit 2" "$?" 2
"$cli" check --policy /nonexistent.yaml 'SELECT 1' >/dev/null 2>&1; check_eq "missing policy file: exit 3" "$?" 3
out=$(printf 'SELECT 1;\n' | "$cli" check -); check_eq "stdin with -" "$out" "SELECT 1 LIMIT 101"
out=$("$cli" check --max-rows 5 'SELECT 1'); check_eq "--max-rows" "$out" "SELECT 1 LIMIT 6"
json=$("$cli" check --json "SELECT lower(name) FROM customers c WHERE c.id = 1")
for f in '"verdict":"allowed"' '"code":null' '"rewritten":"SELECT lower\(name\) FROM customers c WHERE c.id = 1 LIMIT 101"' \
    '"relations":\["customers"\]' '"functions":\["lower"\]' '"columns":\[' '"fingerprint":"[0-9a-f]{16}"' '"limit_applied":true' '"masked":\[\]'; do
	check_match "--json has $f" "$json" "$f"
done
json=$("$cli" check --json "SELECT pg_sleep(1)"); check_match "--json rejection code" "$json" '"code":"function_denied"'
check_match "--json rejection reason" "$json" '"reason":"pg_sleep\(\) is never allowed'
# invalid UTF-8: a rejection with a reason in every mode (it used to exit 111 with --json)
json=$(printf "SELECT '\\351t\\351'" | "$cli" check --json -); rc=$?
check_eq "invalid UTF-8 --json: exit 1" "$rc" 1
check_match "invalid UTF-8 --json: code" "$json" '"code":"invalid_input"'
out=$(printf "SELECT '\\351t\\351'" | "$cli" check -); rc=$?
check_eq "invalid UTF-8: exit 1" "$rc" 1
check_match "invalid UTF-8: says so" "$out" 'not valid UTF-8'
json=$("$cli" check --json "SELEC 1"); check_match "--json parse_error cursor" "$json" '"cursor":1'
json=$("$cli" check --json --policy "$MCPDB_ROOT/tests/data/guard_policy.yaml" "SELECT email FROM customers")
check_match "--policy: masked column listed" "$json" '"masked":\["customers.email"\]'
head -c 70000 /dev/zero | tr '\0' 'x' | sed 's/^/SELECT /' | "$cli" check - >/dev/null; check_eq "70 KB on stdin: rejected" "$?" 1

# The whole case table, through the static binary (one Python process drives all cases: a
# shell loop with two interpreters per case took minutes).
python3 - "$cli" "$MCPDB_ROOT" <<'PY'
import json, subprocess, sys
cli, root = sys.argv[1], sys.argv[2]
policy, total, bad = "none", 0, 0
with open(f"{root}/tests/data/guard_cases.tsv", encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or line.startswith("@pg "):
            continue
        if line.startswith("@policy "):
            policy = line[len("@policy "):]
            continue
        verdict, code, sql = line.split("\t", 2)
        sql = sql.replace("\\\\", "\0").replace("\\n", "\n").replace("\\t", "\t").replace("\0", "\\")
        args = [cli, "check", "--json"]
        if policy == "test":
            args += ["--policy", f"{root}/tests/data/guard_policy.yaml"]
        p = subprocess.run(args + ["-"], input=sql.encode(), capture_output=True)
        try:
            got = json.loads(p.stdout)["code"] or "-"
        except ValueError:
            got = None
        total += 1
        if p.returncode != (1 if verdict == "reject" else 0) or got != code:
            bad += 1
            print(f"not ok - line {lineno}: want {verdict} {code}, got exit {p.returncode} code {got}")
print(f"{'ok' if bad == 0 else 'not ok'} - case table through the static binary: {total} cases, "
      f"verdicts and codes as the unit test ({bad} differ)")
PY
