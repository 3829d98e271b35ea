#!/usr/bin/env bash
# Replays every fuzz corpus (committed seeds + seeds generated from PostgreSQL's regression SQL
# and the guard's case table) through the plain-main build of each harness under ASan/UBSan.
set -uo pipefail
san=${MCPDB_SAN_BUILD:-build/san}

fuzz/seeds.sh build/fuzz-seeds build/san/config.mk || echo "not ok - generating seed corpora"
for bin in "$san"/fuzzreplay/*; do
	[ -x "$bin" ] || continue
	t=${bin##*/}
	dirs=()
	[ -d "fuzz/corpus/$t" ] && dirs+=("fuzz/corpus/$t")
	[ -d "build/fuzz-seeds/$t" ] && dirs+=("build/fuzz-seeds/$t")
	[ ${#dirs[@]} -gt 0 ] || { echo "not ok - $t has no corpus (fuzz/corpus/$t)"; continue; }

	if out=$("$bin" "${dirs[@]}" 2>&1); then
		echo "ok - fuzz replay $t: $(echo "$out" | tail -1 | sed 's/^ok - //')"
	else
		echo "not ok - fuzz replay $t crashed or failed:"
		echo "$out" | grep -E 'ERROR|SUMMARY|runtime error|replay' | head -8 | sed 's/^/#   /'
	fi
done
