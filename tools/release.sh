#!/usr/bin/env bash
# Release artefacts: builds mcpdb-agent and mcpdb for x86_64, aarch64 and armv7 (static musl,
# stripped), checks each one, and writes dist/ with mcpdb-agent-<target>, mcpdb-<target>, the
# software bill of materials mcpdb.spdx.json (SPDX 2.3, tools/sbom.sh) and SHA256SUMS (verify
# with `cd dist && sha256sum -c SHA256SUMS`). Run as `./build.sh release`;
# `./build.sh release aarch64` limits it to the named targets. Exits non-zero, leaving no dist/,
# when any target fails to build, is not static and stripped, or is larger than 3.5 MiB.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MAX_BYTES=$((3584 * 1024))   # 3.5 MiB, the appliance budget (issue 8)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'release: %s\n' "$*" >&2; exit "${2:-1}"; }

host_target() {
	case $(uname -m) in
	x86_64) echo x86_64 ;; aarch64|arm64) echo aarch64 ;; armv7*|armhf) echo armv7 ;;
	*) die "unsupported host architecture $(uname -m)" 3 ;;
	esac
}

# file(1)'s machine name for each target, and the emulator that runs it on another host.
machine_of() {
	case $1 in x86_64) echo 'x86-64' ;; aarch64) echo 'ARM aarch64' ;; armv7) echo 'ARM, EABI5' ;; esac
}
runner_of() {
	[ "$1" = "$(host_target)" ] && return 0
	case $1 in x86_64) echo qemu-x86_64-static ;; aarch64) echo qemu-aarch64-static ;; armv7) echo qemu-arm-static ;; esac
}

# check_binary TARGET PATH PROG: static, stripped, right machine, within budget, and (natively
# or under qemu-user when installed) `PROG --version` answers with its name and a version.
check_binary() {
	local t=$1 p=$2 prog=$3 info size runner out
	info=$(file -b "$p")
	case $info in *'statically linked'*) ;; *) die "$p is not statically linked: $info" ;; esac
	case $info in *', stripped'*) ;; *) die "$p is not stripped: $info" ;; esac
	case $info in *"$(machine_of "$t")"*) ;; *) die "$p is not a $t binary: $info" ;; esac
	size=$(stat -c %s "$p")
	[ "$size" -le "$MAX_BYTES" ] || die "$p is $size bytes, over the 3.5 MiB budget ($MAX_BYTES)"
	runner=$(runner_of "$t")
	if [ -n "$runner" ] && ! command -v "$runner" >/dev/null 2>&1; then
		say "$runner not installed: $p not run"
		return 0
	fi
	out=$($runner "$p" --version 2>&1) || die "$p --version failed: $out"
	case $out in "$prog "[0-9]*) ;; *) die "$p --version printed: $out" ;; esac
}

# strip_for TARGET PATH: strip with the target's binutils (the link already passes -s; this
# makes dist/ independent of how bin/ was built).
strip_for() {
	local s=strip
	if [ "$1" != "$(host_target)" ]; then
		case $1 in
		x86_64) s=x86_64-linux-gnu-strip ;; aarch64) s=aarch64-linux-gnu-strip ;;
		armv7) s=arm-linux-gnueabihf-strip ;;
		esac
	fi
	"$s" --strip-all "$2" || die "$s $2 failed"
}

main() {
	local targets=("$@") t bindir stage prog
	[ ${#targets[@]} -gt 0 ] || targets=(x86_64 aarch64 armv7)
	for t in "${targets[@]}"; do
		case $t in x86_64|aarch64|armv7) ;; *) die "unknown target '$t' (x86_64, aarch64, armv7)" 2 ;; esac
	done
	mkdir -p build
	stage=$(mktemp -d "$ROOT/build/release.XXXXXX")
	trap 'rm -rf "$stage"' EXIT
	for t in "${targets[@]}"; do
		say "building $t"
		./build.sh --target "$t" build || die "build for $t failed"
		if [ "$t" = "$(host_target)" ]; then bindir=bin; else bindir=bin/$t; fi
		for prog in mcpdb-agent mcpdb; do
			cp "$bindir/$prog" "$stage/$prog-$t"
			strip_for "$t" "$stage/$prog-$t"
			check_binary "$t" "$stage/$prog-$t" "$prog"
		done
	done
	tools/sbom.sh "$stage/mcpdb.spdx.json" "$stage"/mcpdb-* || die "writing the SBOM failed"
	(cd "$stage" && sha256sum -- * > SHA256SUMS)
	rm -rf dist
	mv "$stage" dist
	trap - EXIT
	chmod 755 dist
	say "dist/:"
	(cd dist && for f in *; do printf '  %-26s %9d bytes\n' "$f" "$(stat -c %s "$f")"; done) >&2
}

main "$@"
