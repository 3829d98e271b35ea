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
json=$("$cli" check --json "SELEC 1"); check_match "--json parse_error cursor" "$json" '"cursor":1'
json=$("$cli" check --json --policy "$MCPDB_ROOT/tests/data/guard_policy.yaml" "SELECT email FROM customers")
check_match "--policy: masked column listed" "$json" '"masked":\["customers.email"\]'
head -c 70000 /dev/zero | tr '\0' 'x' | sed 's/^/SELECT /' | "$cli" check - >/dev/null; check_eq "70 KB on stdin: rejected" "$?" 1

# The whole case table, through the static binary.
policy=none total=0 bad=0 lineno=0
while IFS= read -r line; do
	lineno=$((lineno + 1))
	case $line in ''|'#'*|'@pg '*) continue ;; '@policy '*) policy=${line#@policy }; continue ;; esac
	verdict=${line%%$'\t'*}; rest=${line#*$'\t'}; code=${rest%%$'\t'*}; sql=${rest#*$'\t'}
	sql=$(printf '%s' "$sql" | python3 -c 'import sys; s=sys.stdin.read(); print(s.replace("\\\\","\0").replace("\\n","\n").replace("\\t","\t").replace("\0","\\"), end="")')
	args=(check --json)
	[ "$policy" = test ] && args+=(--policy "$MCPDB_ROOT/tests/data/guard_policy.yaml")
	out=$(printf '%s' "$sql" | "$cli" "${args[@]}" -); rc=$?
	got=$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["code"] or "-")' 2>/dev/null)
	want_rc=0; [ "$verdict" = reject ] && want_rc=1
	total=$((total + 1))
	if [ "$rc" != "$want_rc" ] || [ "$got" != "$code" ]; then
		bad=$((bad + 1)); echo "not ok - line $lineno: want $verdict $code, got exit $rc code $got"
	fi
done < "$MCPDB_ROOT/tests/data/guard_cases.tsv"
check_eq "case table through the static binary: $total cases, verdicts and codes as the unit test" "$bad" 0
