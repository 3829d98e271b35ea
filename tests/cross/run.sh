#!/usr/bin/env bash
# The appliance builds (<bin>/aarch64/, <bin>/armv7/) under qemu-user: static, right machine
# and ISA, at most 3.5 MiB, --version (also in an empty root), `mcpdb check` verdicts equal to
# the x86_64 binary's on the guard's case table, an MCP session with the agent against the test
# PostgreSQL (also from an empty root), CLI query/schema output equal to x86_64's. Called by
# tests/run.sh; a target without <bin>/<target>/ is skipped. TAP lines (tests/lib/tap.sh).
# With a private build (tests/dev.sh NAME), put the cross programs next to it first:
#   ./build.sh --target armv7 deps
#   make CONFIG=build/armv7/config.mk BUILD=build/dev-NAME/armv7 BIN=build/dev-NAME/bin/armv7 programs
set -u
ROOT=${MCPDB_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$ROOT"
. tests/lib/tap.sh
REF_CLI=${MCPDB_CLI:-$ROOT/bin/mcpdb}       # the host build: reference verdicts
REF_AGENT=${MCPDB_AGENT:-$ROOT/bin/mcpdb-agent}
# The cross builds next to the host build under test (bin/<target>/ for ./build.sh test), so a
# private host build is never compared with cross binaries built from another state of the tree.
CROSS_BIN=${MCPDB_CROSS_BIN:-$(dirname "$REF_AGENT")}
TMP=${TEST_TMP:-$(mktemp -d)}
MAX=$((3584 * 1024))   # 3.5 MiB

# The emulated CPUs are the oldest common cores of each target, so an instruction newer than
# the target's baseline faults here: Cortex-A53 (ARMv8.0-A), Cortex-A8 (ARMv7-A, no idiv).
target_qemu() { case $1 in aarch64) echo qemu-aarch64-static ;; armv7) echo qemu-arm-static ;; esac; }
target_cpu()  { case $1 in aarch64) echo cortex-a53 ;; armv7) echo cortex-a8 ;; esac; }
target_file() { case $1 in aarch64) echo 'ELF 64-bit LSB executable, ARM aarch64' ;; armv7) echo 'ELF 32-bit LSB executable, ARM, EABI5' ;; esac; }

# in_root DIR CMD...: run CMD with DIR as the root directory (a user namespace when not root).
in_root() {
	local dir=$1; shift
	if [ "$(id -u)" = 0 ]; then chroot "$dir" "$@"; else unshare -r chroot "$dir" "$@"; fi
}

lacks() { ! printf '%s' "$2" | grep -q -- "$1"; }

test_target() {
	local t=$1 d=$CROSS_BIN/$1 qemu cpu qpath p n info size out root attrs
	qemu=$(target_qemu "$t"); cpu=$(target_cpu "$t")
	if ! qpath=$(command -v "$qemu"); then
		echo "not ok - $t: $qemu is installed (apt-get install qemu-user-static)"
		return
	fi
	for p in mcpdb-agent mcpdb; do
		n="$t/$p"
		if [ ! -f "$d/$p" ]; then echo "not ok - $n exists in $d"; continue; fi
		info=$(file -b "$d/$p")
		check_match "$n is a static $t executable" "$info" "^$(target_file "$t").*statically linked"
		check_match "$n is stripped" "$info" ', stripped'
		size=$(stat -c %s "$d/$p")
		check "$n is at most 3.5 MiB ($size bytes)" test "$size" -le "$MAX"
		out=$("$qemu" -cpu "$cpu" "$d/$p" --version 2>&1)
		check_match "$n --version under $qemu -cpu $cpu" "$out" "^$p [0-9]+\.[0-9]+"
		for lib in libpg_query libpq mbedtls yyjson libyaml; do
			check_match "$n --version names $lib" "$out" "^  $lib [0-9]"
		done
	done
	if [ "$t" = armv7 ]; then
		# What "armv7" promises: ARMv7-A, VFPv3-D16, Thumb-2, hard-float, no NEON required.
		attrs=$(readelf -A "$d/mcpdb-agent" 2>&1)
		check_match "armv7: built for ARMv7 (Tag_CPU_arch)" "$attrs" 'Tag_CPU_arch: v7$'
		check_match "armv7: VFPv3-D16 floating point" "$attrs" 'Tag_FP_arch: VFPv3-D16'
		check_match "armv7: Thumb-2" "$attrs" 'Tag_THUMB_ISA_use: Thumb-2'
		check_match "armv7: hard-float calling convention" "$attrs" 'Tag_ABI_VFP_args: VFP registers'
		check "armv7: does not require NEON" lacks 'Tag_Advanced_SIMD_arch' "$attrs"
	fi

	# Empty root: the binaries plus the static emulator, nothing else (no /etc, /dev, /proc).
	root="$TMP/cross-root-$t"
	rm -rf "$root" && mkdir -p "$root"
	cp "$qpath" "$root/qemu" && cp "$d/mcpdb-agent" "$d/mcpdb" "$root/"
	for p in mcpdb-agent mcpdb; do
		out=$(in_root "$root" /qemu -cpu "$cpu" "/$p" --version 2>&1)
		check_match "$t/$p --version in an empty root" "$out" "^$p [0-9]+\.[0-9]+"
	done
	check_eq "$t: the empty root holds only the emulator and the programs" \
		"$(ls -A "$root" | tr '\n' ' ')" "mcpdb mcpdb-agent qemu "

	# The guard's verdicts must not depend on the word size or the byte order of long.
	python3 tests/cross/check_replay.py "$t" --ref "$REF_CLI" --ref-cache "$TMP/cross-check-ref.json" \
		--test "$qemu -cpu $cpu $d/mcpdb" tests/data/guard_cases.tsv \
		--expect tests/cross/cases_32bit.tsv ||
		echo "not ok - $t: check_replay.py exited with status $?"

	# MCP over stdio against the test database, then the same from the empty root.
	if [ -n "${DATABASE_URL:-}" ]; then
		python3 tests/cross/mcp_exchange.py "$t" --ref "$REF_AGENT" \
			--test "$qemu -cpu $cpu $d/mcpdb-agent" \
			--test-in-root "$root" "/qemu -cpu $cpu /mcpdb-agent" ||
			echo "not ok - $t: mcp_exchange.py exited with status $?"
		cli_compare "$t" "$qemu -cpu $cpu $d/mcpdb"
	else
		echo "not ok - $t: DATABASE_URL is set for the MCP exchange (run via tests/run.sh)"
	fi
	rm -rf "$root"
}

# cli_compare TARGET 'CMD': the CLI against the test database prints what the x86_64 CLI does
# (a query whose integers straddle 2^31..2^63, in json and csv; the schema as json).
cli_compare() {
	local t=$1 fmt ref got
	local -a cmd
	read -r -a cmd <<<"$2"
	local q="SELECT g, g::int8 * 4294967296 AS over_32, 9223372036854775807::int8 - g AS near_63,"
	q="$q -g * 0.25::float8 AS quarter, now() > '2000-01-01' AS recent FROM (VALUES (1), (2), (3)) AS v(g)"
	for fmt in json csv; do
		ref=$(MCPDB_POLICY= "$REF_CLI" query --format "$fmt" -- "$q" 2>&1)
		got=$(MCPDB_POLICY= "${cmd[@]}" query --format "$fmt" -- "$q" 2>&1)
		check_match "$t/mcpdb query --format $fmt returns the 64-bit values" "$ref" '12884901888.*9223372036854775804|9223372036854775804.*12884901888'
		check_eq "$t/mcpdb query --format $fmt prints what x86_64's does" "$got" "$ref"
	done
	ref=$(MCPDB_POLICY= "$REF_CLI" schema --format json 2>&1)
	got=$(MCPDB_POLICY= "${cmd[@]}" schema --format json 2>&1)
	check_match "$t/mcpdb schema --format json lists the demo tables" "$ref" '"name": "order_items"'
	check_eq "$t/mcpdb schema --format json prints what x86_64's does" \
		"$(printf '%s' "$got" | sha256sum)" "$(printf '%s' "$ref" | sha256sum)"
}

found=0
for t in aarch64 armv7; do
	[ -d "$CROSS_BIN/$t" ] || continue
	found=1
	test_target "$t"
done
[ "$found" = 1 ] || echo "# no cross builds in $CROSS_BIN/aarch64 or $CROSS_BIN/armv7: nothing to test"
exit 0
