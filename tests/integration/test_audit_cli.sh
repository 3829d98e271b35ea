#!/usr/bin/env bash
# `mcpdb audit verify|show` and `mcpdb policy lint|show` through the real CLI binary. The audit
# log is written by an independent implementation of the documented format (Python below), so
# the test also pins the format: a changed byte makes verify name that line, a torn tail still
# verifies, filters of `show` work. Policy lint exit codes and file:line:col messages.
set -u
. "$MCPDB_ROOT/tests/lib/tap.sh"
CLI=$MCPDB_CLI
T=$TEST_TMP/audit_cli
mkdir -p "$T"
LOG=$T/audit.log

# write_log FILE N: N records chained as docs/SECURITY.md describes.
write_log() {
	python3 - "$1" "$2" <<'EOF'
import hashlib, json, sys
path, n = sys.argv[1], int(sys.argv[2])
prev = "0" * 64
with open(path, "w") as f:
    for i in range(1, n + 1):
        rec = {"time": "2025-05-01T10:%02d:00.000Z" % i, "principal": "stdio", "transport": "stdio",
               "tool": "query" if i % 3 else "list_tables", "sql": "SELECT %d" % i,
               "decision": "deny" if i % 4 == 0 else "allow", "rows": i, "duration_ms": 2,
               "truncated": False, "prev": prev}
        if i % 4 == 0:
            rec["code"] = "column_denied"; rec["reason"] = "column ssn is denied"
        line = json.dumps(rec, separators=(",", ":"))
        f.write(line + "\n")
        prev = hashlib.sha256(line.encode()).hexdigest()
EOF
}

write_log "$LOG" 12
out=$("$CLI" audit verify "$LOG"); rc=$?
check_eq "verify: intact log exits 0" "$rc" 0
check_match "verify: counts 12 lines" "$out" "ok: 12 lines intact, 0 recorded chain breaks, last line sha256 [0-9a-f]{64}"

# change one byte of line 5 (its SQL): verify names line 5 and exits 1
python3 - "$LOG" <<'EOF'
import sys
p = sys.argv[1]
lines = open(p, "rb").read().split(b"\n")
lines[4] = lines[4].replace(b"SELECT 5", b"SELECT 6")
open(p, "wb").write(b"\n".join(lines))
EOF
out=$("$CLI" audit verify "$LOG"); rc=$?
check_eq "verify: a changed byte exits 1" "$rc" 1
check_match "verify: names line 5" "$out" "audit.log:5: broken: the chain breaks after this line"

# a changed byte inside line 8's prev hash: names line 8
write_log "$LOG" 12
sed -i '8s/"prev":"\(.\)/"prev":"X/' "$LOG"
out=$("$CLI" audit verify "$LOG"); rc=$?
check_eq "verify: changed prev exits 1" "$rc" 1
check_match "verify: names line 8" "$out" "audit.log:8: broken"

# a torn last line (a crash mid-write) is reported, not an error
write_log "$LOG" 12
printf '{"time":"2025-05-01T11:00' >>"$LOG"
out=$("$CLI" audit verify "$LOG"); rc=$?
check_eq "verify: torn tail exits 0" "$rc" 0
check_match "verify: torn tail verified up to the last complete line" "$out" "ok: 12 lines intact"
check_match "verify: torn tail is noted with its line" "$out" "audit.log:13: note: the last line is incomplete"

# show, with filters
write_log "$LOG" 12
out=$("$CLI" audit show "$LOG")
check_eq "show: one line per record" "$(printf '%s\n' "$out" | wc -l)" 12
check_match "show: a denied record shows code and reason" "$out" "deny .*SELECT 4  \[column_denied: column ssn is denied\]"
out=$("$CLI" audit show --decision deny "$LOG")
check_eq "show --decision deny" "$(printf '%s\n' "$out" | wc -l)" 3
out=$("$CLI" audit show --tool list_tables --since 2025-05-01T10:06 "$LOG")
check_eq "show --tool --since" "$(printf '%s\n' "$out" | grep -o 'SELECT [0-9]*' | tr '\n' ' ')" "SELECT 6 SELECT 9 SELECT 12 "
out=$(MCPDB_AUDIT_LOG=$LOG "$CLI" audit show --since 1h)
check_eq "show --since 1h (old records) with MCPDB_AUDIT_LOG" "$out" ""
"$CLI" audit show --decision maybe "$LOG" >/dev/null 2>&1; rc=$?
check_eq "show: bad --decision is a usage error" "$rc" 2
"$CLI" audit verify "$T/missing.log" >/dev/null 2>&1; rc=$?
check_eq "verify: missing file exits 3" "$rc" 3

# policy lint
P=$MCPDB_ROOT/tests/data/policies
out=$("$CLI" policy lint "$P/design-example.yaml" "$P/masking.yaml"); rc=$?
check_eq "policy lint: valid files exit 0" "$rc" 0
check_match "policy lint: summary" "$out" "design-example.yaml: ok \(2 table rules, 1 masked column, 1 denied column, 1 row filter\)"
err=$("$CLI" policy lint "$P/bad-unknown-key.yaml" 2>&1 >/dev/null); rc=$?
check_eq "policy lint: invalid file exits 3" "$rc" 3
check_match "policy lint: file:line:col message" "$err" "bad-unknown-key.yaml:4:7: unknown key 'deny_column' in table 'customers'; expected deny_columns"
err=$("$CLI" policy lint "$P/bad-row-filter.yaml" 2>&1 >/dev/null); rc=$?
check_match "policy lint: row filter message" "$err" "bad-row-filter.yaml:4:19: row_filter"
printf 'policy:\n  tables:\n    customers:\n      mask_columns:\n        email: {masker: hash}\n  hash_key_file: key\n' >"$T/p.yaml"
printf 'a-secret-key-of-some-length\n' >"$T/key"; chmod 644 "$T/key"
err=$("$CLI" policy lint "$T/p.yaml" 2>&1 >/dev/null); rc=$?
check_eq "policy lint: world-readable key file exits 3" "$rc" 3
check_match "policy lint: key file message" "$err" "p.yaml:6:18: hash_key_file .*/key is accessible by every user \(mode 0644\); run: chmod 600"
chmod 600 "$T/key"
out=$("$CLI" policy show "$T/p.yaml"); rc=$?
check_eq "policy show exits 0" "$rc" 0
check_match "policy show: masker" "$out" "column email: masked by hash"
check_match "policy show: key loaded" "$out" "hash key: loaded"
"$CLI" policy lint >/dev/null 2>&1; rc=$?
check_eq "policy lint without a file is a usage error" "$rc" 2
