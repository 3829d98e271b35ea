#!/usr/bin/env bash
# ./build.sh fuzz [TARGET] [SECONDS]: runs libFuzzer harnesses built in build/fuzz/fuzzbin/.
# TARGET is a harness name without the fuzz_ prefix (default: all), SECONDS per target (60).
# New corpus entries go to build/fuzz/corpus/<target>/ (git-ignored; fold interesting ones into
# fuzz/corpus/<target>/ by hand); crashes go to fuzz/crashes/<target>/ with the command to
# reproduce them. Exit status 1 when any target found a crash.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
want=${1:-all} secs=${2:-60}
bins=build/fuzz/fuzzbin
fuzz/seeds.sh build/fuzz/seeds build/fuzz/config.mk
found=0
for bin in "$bins"/fuzz_*; do
	[ -x "$bin" ] || continue
	t=${bin##*/fuzz_}
	[ "$want" = all ] || [ "$want" = "$t" ] || continue
	work=build/fuzz/corpus/$t crashes=fuzz/crashes/$t
	mkdir -p "$work" "$crashes" "fuzz/corpus/$t"
	seeds=("fuzz/corpus/$t")
	[ -d "build/fuzz/seeds/$t" ] && seeds+=("build/fuzz/seeds/$t")
	dict=(); [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
	echo "==> fuzz_$t for ${secs}s"
	log=build/fuzz/$t.log
	"$bin" "$work" "${seeds[@]}" "${dict[@]}" -max_total_time="$secs" -print_final_stats=1 \
		-artifact_prefix="$crashes/" -rss_limit_mb=2048 -timeout=10 >"$log" 2>&1
	rc=$?
	grep -E '^#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|cov:' "$log" | tail -3
	if [ $rc != 0 ]; then
		found=1
		echo "!! fuzz_$t failed (status $rc); log: $log"
		grep -E 'ERROR: |SUMMARY: ' "$log" | head -5
		for c in "$crashes"/*; do
			[ -f "$c" ] && echo "   reproduce: make -s CONFIG=build/san/config.mk replay && build/san/fuzzreplay/$t $c"
		done
	fi
done
exit $found
