#!/usr/bin/env bash
# Runs every test against one throwaway PostgreSQL and prints "N passed, M failed" last.
# Each test program prints TAP-style lines ("ok - ..." / "not ok - ..."); a program that
# exits non-zero without a "not ok" line counts as one failure. Usage: tests/run.sh [FILTER]
# (FILTER: a substring of the test file names to run). Expects ./build.sh test to have built.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
FILTER=${1:-}
export MCPDB_ROOT=$ROOT
# MCPDB_BIN_DIR / MCPDB_SAN_BUILD let tests/dev.sh point the run at a private build.
BIN_DIR=${MCPDB_BIN_DIR:-$ROOT/bin}
SAN_BUILD=${MCPDB_SAN_BUILD:-build/san}
export MCPDB_AGENT=$BIN_DIR/mcpdb-agent MCPDB_CLI=$BIN_DIR/mcpdb MCPDB_SAN_BUILD=$SAN_BUILD
TEST_TMP=$(mktemp -d /tmp/mcpdb-test.XXXXXX)
chmod 755 "$TEST_TMP"
export TEST_TMP
. tests/lib/pg.sh

# MCPDB_KEEP_LOGS=DIR keeps every test's full output there (figures, diagnostics).
cleanup() {
	pg_stop "$TEST_TMP/pg"
	[ -n "${MCPDB_KEEP_LOGS:-}" ] && mkdir -p "$MCPDB_KEEP_LOGS" && cp "$TEST_TMP"/logs/*.log "$MCPDB_KEEP_LOGS"/ 2>/dev/null
	rm -rf "$TEST_TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0 failed=0
mkdir -p "$TEST_TMP/logs"

# run_one NAME CMD... : run a test program, count its ok/not ok lines.
run_one() {
	local name=$1 log ok bad rc start
	shift
	case $name in *"$FILTER"*) ;; *) return 0 ;; esac
	log="$TEST_TMP/logs/$(echo "$name" | tr '/ ' '__').log"
	start=$(date +%s)
	"$@" >"$log" 2>&1 </dev/null
	rc=$?
	ok=$(grep -c '^ok ' "$log")
	bad=$(grep -c '^not ok ' "$log")
	if [ "$rc" != 0 ] && [ "$bad" = 0 ]; then
		bad=1
		echo "not ok - $name exited with status $rc" >>"$log"
	fi
	passed=$((passed + ok)); failed=$((failed + bad))
	printf '%-44s %4d passed %3d failed  %3ss\n' "$name" "$ok" "$bad" "$(( $(date +%s) - start ))"
	if [ "$bad" != 0 ]; then
		grep '^not ok ' "$log" | head -20 | sed 's/^/    /'
		echo "    --- last lines of $name:"; tail -15 "$log" | sed 's/^/    | /'
	fi
}

if ! pg_start "$TEST_TMP/pg"; then
	echo "could not start the test PostgreSQL"
	echo "0 passed, 1 failed"
	exit 1
fi
pg_psql -d postgres -c 'CREATE DATABASE mcpdb_test' &&
	pg_psql -d mcpdb_test -f tests/data/demo.sql >/dev/null || { echo "seeding failed"; echo "0 passed, 1 failed"; exit 1; }
for f in tests/data/test_*.sql; do
	[ -f "$f" ] && { pg_psql -d mcpdb_test -f "$f" >/dev/null || { echo "seeding $f failed"; failed=$((failed + 1)); }; }
done
export DATABASE_URL="postgresql://postgres:$PG_TEST_PASSWORD@127.0.0.1:$PGPORT_TEST/mcpdb_test"

for t in "$SAN_BUILD"/tests/test_*; do
	[ -x "$t" ] && run_one "unit/$(basename "$t")" "$t"
done
for t in tests/integration/test_*; do
	case $t in
	*.py) run_one "integration/$(basename "$t")" python3 "$t" ;;
	*.sh) run_one "integration/$(basename "$t")" bash "$t" ;;
	esac
done
[ -x tests/e2e/run.sh ] && run_one "e2e" tests/e2e/run.sh
[ -x tests/fuzz_replay.sh ] && run_one "fuzz-replay" tests/fuzz_replay.sh
[ -x tests/cross/run.sh ] && run_one "cross" tests/cross/run.sh

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
