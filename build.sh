#!/usr/bin/env bash
# mcpdb's one entry point: tools, vendored dependencies, the two static programs, tests, demo.
#
#   ./build.sh                 install missing tools (root on Debian), deps, bin/mcpdb-agent, bin/mcpdb
#   ./build.sh deps            patch and build the dependencies from vendor/ (cached; no download)
#   ./build.sh build           deps + programs (+ the sanitizer build used by the tests)
#   ./build.sh test            build everything, then run unit, integration and e2e tests
#   ./build.sh unit            only the unit tests (sanitizer build; no PostgreSQL, no cross builds)
#   ./build.sh fuzz [T] [S]    build libFuzzer harnesses, run target T (all) for S seconds (60)
#   ./build.sh bench           benchmarks against a seeded PostgreSQL (prints figures)
#   ./build.sh demo [stop]     throwaway demo database + MCP client configuration
#   ./build.sh release         all targets, stripped, into dist/ with SHA256SUMS
#   ./build.sh container       podman build of the Containerfile (needs podman)
#   ./build.sh clean           remove build/, bin/, dist/ (the dependency cache stays)
#   --target x86_64|aarch64|armv7   cross-build (outputs in bin/<target>/)
#
# Dependencies are built from the sources committed in vendor/ and cached in $MCPDB_CACHE
# (default ~/.cache/mcpdb), keyed by the vendored tree's hash, patches, recipe, compiler and flags.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
CACHE=${MCPDB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcpdb}
JOBS=$(nproc 2>/dev/null || echo 2)
# The CUDA images export LIBRARY_PATH with glibc stubs; it must never reach a musl link.
unset LIBRARY_PATH

say()  { printf '==> %s\n' "$*" >&2; }
die()  { printf 'build.sh: %s\n' "$*" >&2; exit "${2:-1}"; }

host_target() {
	case $(uname -m) in
	x86_64) echo x86_64 ;; aarch64|arm64) echo aarch64 ;; armv7*|armhf) echo armv7 ;;
	*) die "unsupported host architecture $(uname -m)" 3 ;;
	esac
}

# ---------------------------------------------------------------- tools

# need CMD:PACKAGE ... -> installs what is missing (root on Debian) or prints the apt line.
need_tools() {
	local missing=() pair cmd pkg
	for pair in "$@"; do
		cmd=${pair%%:*}; pkg=${pair#*:}
		case $cmd in
		/*) [ -e "$cmd" ] && continue ;;
		*) command -v "$cmd" >/dev/null 2>&1 && continue ;;
		esac
		case " ${missing[*]:-} " in *" $pkg "*) ;; *) missing+=("$pkg") ;; esac
	done
	[ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"
}

# install_packages PACKAGE...: apt-get install as root, or die with the line to run.
install_packages() {
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		say "installing $*"
		apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 ||
			{ apt-get update >/dev/null 2>&1 || true
			  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2; } ||
			die "apt-get install $* failed" 111
	else
		die "missing build tools; run: sudo apt-get install -y $*" 3
	fi
}

BUILD_TOOLS=(make:make gcc:gcc bison:bison flex:flex patch:patch perl:perl file:file awk:gawk
	sha256sum:coreutils)
SAN_TOOLS=(clang:clang)
TEST_TOOLS=(psql:postgresql-client python3:python3 node:nodejs npm:npm unshare:util-linux
	ps:procps runuser:util-linux)

# need_sanitizers: clang plus its ASan/UBSan runtime, which Debian packages separately and per
# clang version (libclang-rt-N-dev); a test link finds out whether it is there.
need_sanitizers() {
	need_tools "${SAN_TOOLS[@]}"
	echo 'int main(void) { return 0; }' |
		clang -fsanitize=address,undefined -x c - -o /dev/null 2>/dev/null && return 0
	install_packages "libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
	echo 'int main(void) { return 0; }' |
		clang -fsanitize=address,undefined -x c - -o /dev/null || die "clang cannot link -fsanitize=address,undefined" 3
}

pg_bindir() {
	local d
	for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
	return 1
}

# need_postgres: a PostgreSQL server for the tests, any version Debian ships.
need_postgres() {
	pg_bindir >/dev/null && return 0
	install_packages postgresql
	pg_bindir >/dev/null || die "the postgresql package installed no initdb under /usr/lib/postgresql" 3
}

# ---------------------------------------------------------------- targets

# set_target T: the toolchain and flags for one target.
set_target() {
	TARGET=$1
	DEP_TARGET=$1
	OPT_DEPS="-O2 -ffunction-sections -fdata-sections"
	CROSS_BUILD=""
	case $TARGET in
	x86_64|aarch64|armv7)
		if [ "$TARGET" = "$(host_target)" ]; then
			CC=musl-gcc; BINUTILS=""; BIN=bin
			need_tools "${BUILD_TOOLS[@]}" musl-gcc:musl-tools
		else
			case $TARGET in
			aarch64) CC=aarch64-linux-musl-gcc; BINUTILS=aarch64-linux-gnu- ;;
			armv7)   CC=arm-linux-musleabihf-gcc; BINUTILS=arm-linux-gnueabihf- ;;
			x86_64)  CC=x86_64-linux-musl-gcc; BINUTILS=x86_64-linux-gnu- ;;
			esac
			BIN=bin/$TARGET
			CROSS_BUILD="--build=$(uname -m)-pc-linux-gnu"
			need_tools "${BUILD_TOOLS[@]}"
			ensure_cross "$TARGET"
		fi
		# armv7 means ARMv7-A + VFPv3-D16 + Thumb-2, hard-float (Debian armhf's baseline),
		# stated here so another toolchain's default (often ARMv6) cannot change it.
		[ "$TARGET" = armv7 ] && OPT_DEPS="$OPT_DEPS -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard -mthumb"
		HOST_TRIPLE=$($CC -dumpmachine)
		OPT="$OPT_DEPS"
		LINK="-static -Wl,--gc-sections -s"
		;;
	fuzz)
		# libFuzzer builds of fuzz/fuzz_*.c; shares the san build's dependencies.
		CC=clang; BINUTILS=""; BIN=build/fuzz/bin; HOST_TRIPLE=""; DEP_TARGET=san
		need_tools "${BUILD_TOOLS[@]}"; need_sanitizers
		OPT_DEPS="-O1 -g -fPIC -ffunction-sections -fdata-sections"
		OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
		LINK="-fsanitize=address,undefined"
		;;
	san)
		# glibc + clang with ASan/UBSan: the unit tests and fuzz replays run here.
		CC=clang; BINUTILS=""; BIN=build/san/bin; HOST_TRIPLE=""
		need_tools "${BUILD_TOOLS[@]}"; need_sanitizers
		OPT_DEPS="-O1 -g -fPIC -ffunction-sections -fdata-sections"
		OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
		LINK="-fsanitize=address,undefined"
		;;
	*) die "unknown target '$1' (x86_64, aarch64, armv7)" 2 ;;
	esac
	AR=${BINUTILS}ar; LD=${BINUTILS}ld; OBJCOPY=${BINUTILS}objcopy; RANLIB=${BINUTILS}ranlib
	STRIP=${BINUTILS}strip
	BUILD=build/$TARGET
}

# Cross toolchains: Debian's cross gcc plus musl-dev of the foreign architecture, which ships
# ready musl wrappers. A foreign package list may be inconsistent on the mirror: apt-get update
# can fail although the packages install, so its status is not trusted.
ensure_cross() {
	local arch gcc qemu
	case $1 in
	aarch64) arch=arm64; gcc=gcc-aarch64-linux-gnu; qemu=qemu-aarch64-static ;;
	armv7)   arch=armhf; gcc=gcc-arm-linux-gnueabihf; qemu=qemu-arm-static ;;
	x86_64)  arch=amd64; gcc=gcc-x86-64-linux-gnu; qemu=qemu-x86_64-static ;;
	*) return 0 ;;
	esac
	# qemu-user-static too: the cross tests run the binaries under it.
	command -v "$CC" >/dev/null 2>&1 && command -v "$qemu" >/dev/null 2>&1 && return 0
	[ "$(id -u)" = 0 ] || die "missing cross toolchain; run: sudo dpkg --add-architecture $arch && sudo apt-get update; sudo apt-get install -y $gcc qemu-user-static musl-dev:$arch" 3
	say "installing the $1 cross toolchain"
	dpkg --add-architecture "$arch"
	apt-get update >/dev/null 2>&1 || true
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
		"$gcc" qemu-user-static "musl-dev:$arch" >/dev/null ||
		die "could not install $gcc musl-dev:$arch qemu-user-static" 111
}

# ---------------------------------------------------------------- sources
# The sources are committed in vendor/NAME/ (see vendor/README.md): nothing is downloaded.

# manifest_field NAME N: column N of NAME's line in vendor/manifest (4: upstream version).
manifest_field() { awk -v n="$1" -v i="$2" '$1 == n { print $i }' vendor/manifest; }

# Each vendored tree's hash is part of its cache key; computed once per run.
declare -A TREE_HASH=()
load_tree_hashes() {
	local name
	for name in "${DEP_NAMES[@]}"; do
		[ -n "${TREE_HASH[$name]:-}" ] && continue
		[ -d "vendor/$name" ] || die "vendor/$name is missing (see vendor/README.md)" 1
		TREE_HASH[$name]=$(tools/vendor.sh hash "$name")
	done
}

# ---------------------------------------------------------------- dependency recipes
# Each recipe runs in the copied, patched source tree and installs into $PREFIX
# (include/, lib/, share/). The recipe text is part of the cache key.

recipe_libpg_query() {
	AR="$AR" make -j"$JOBS" CC="$CC" CFLAGS="$OPT_DEPS" CFLAGS_OPT_LEVEL= libpg_query.a >/dev/null
	# libpg_query and libpq's libpgcommon/libpgport define the same ~44 symbols (palloc,
	# pg_snprintf, ...): pre-link into one object and keep only the public API global.
	"$LD" -r --whole-archive libpg_query.a -o pg_query_all.o
	"$OBJCOPY" -w --keep-global-symbol='pg_query_*' --keep-global-symbol='protobuf_c_*' \
		pg_query_all.o pg_query_isolated.o
	mkdir -p "$PREFIX/lib" "$PREFIX/include/protobuf-c"
	"$AR" rcs "$PREFIX/lib/libpg_query.a" pg_query_isolated.o
	cp pg_query.h protobuf/pg_query.pb-c.h "$PREFIX/include/"
	cp vendor/protobuf-c/protobuf-c.h "$PREFIX/include/protobuf-c/"
}

recipe_postgresql() {
	# --build as well as --host: with qemu registered, configure would otherwise run target
	# binaries and believe it is not cross-compiling.
	./configure -q ${HOST_TRIPLE:+--host=$HOST_TRIPLE} $CROSS_BUILD CC="$CC" CFLAGS="$OPT_DEPS" \
		AR="$AR" RANLIB="$RANLIB" STRIP="$STRIP" \
		--without-openssl --without-readline --without-zlib --without-icu --without-gssapi \
		--without-ldap --without-lz4 --without-zstd --disable-nls \
		--with-system-tzdata=/usr/share/zoneinfo >/dev/null
	make -j"$JOBS" -C src/interfaces/libpq all-static-lib >/dev/null
	mkdir -p "$PREFIX/lib" "$PREFIX/include" "$PREFIX/share/catalog" "$PREFIX/share/regress"
	cp src/interfaces/libpq/libpq.a src/common/libpgcommon_shlib.a src/port/libpgport_shlib.a "$PREFIX/lib/"
	cp src/interfaces/libpq/libpq-fe.h src/interfaces/libpq/libpq-events.h \
		src/include/postgres_ext.h "$PREFIX/include/"
	# Kept for code generation (built-in function table) and fuzz seed corpora.
	cp src/include/catalog/*.dat "$PREFIX/share/catalog/"
	cp src/test/regress/sql/*.sql "$PREFIX/share/regress/"
}

recipe_mbedtls() {
	make -j"$JOBS" -C library CC="$CC" AR="$AR" CFLAGS="$OPT_DEPS" \
		libmbedcrypto.a libmbedx509.a libmbedtls.a >/dev/null
	mkdir -p "$PREFIX/lib" "$PREFIX/include"
	cp library/libmbedtls.a library/libmbedx509.a library/libmbedcrypto.a "$PREFIX/lib/"
	cp -r include/mbedtls include/psa "$PREFIX/include/"
}

recipe_yyjson() {
	"$CC" $OPT_DEPS -c src/yyjson.c -o yyjson.o
	mkdir -p "$PREFIX/lib" "$PREFIX/include"
	"$AR" rcs "$PREFIX/lib/libyyjson.a" yyjson.o
	cp src/yyjson.h "$PREFIX/include/"
}

recipe_libyaml() {
	# The orig tarball is the git tree (no configure): compile the eight sources directly.
	local f
	for f in src/*.c; do
		"$CC" $OPT_DEPS -Iinclude -DYAML_DECLARE_STATIC -DYAML_VERSION_MAJOR=0 \
			-DYAML_VERSION_MINOR=2 -DYAML_VERSION_PATCH=5 -DYAML_VERSION_STRING='"0.2.5"' \
			-c "$f" -o "${f%.c}.o"
	done
	mkdir -p "$PREFIX/lib" "$PREFIX/include"
	"$AR" rcs "$PREFIX/lib/libyaml.a" src/*.o
	cp include/yaml.h "$PREFIX/include/"
}

# dep_prefix NAME -> the cache directory for NAME on $TARGET
# (key: vendored tree, patches, recipe, compiler, flags)
dep_prefix() {
	local name=$1 key
	key=$( { echo "${TREE_HASH[$name]} $DEP_TARGET $CC $OPT_DEPS $HOST_TRIPLE"; "$CC" --version 2>/dev/null | head -1
		declare -f "recipe_$name"; cat vendor/patches/"$name"-*.patch 2>/dev/null || true; } |
		sha256sum | cut -c1-16)
	echo "$CACHE/$DEP_TARGET/$name-$key"
}

# build_dep NAME: copy vendor/NAME, patch, run the recipe into the cache.
build_dep() {
	local name=$1 work p t0
	PREFIX=$(dep_prefix "$name")
	[ -f "$PREFIX/.done" ] && return 0
	t0=$(date +%s)
	work="$ROOT/build/$TARGET/src/$name"
	rm -rf "$work" "$PREFIX"; mkdir -p "$work"
	cp -r "vendor/$name/." "$work/"
	# A checkout's file times are arbitrary; equal times keep make from trying to regenerate
	# files the tarball ships generated (libpg_query's protobuf code, for example).
	find "$work" -exec touch -h -d @946684800 {} +
	for p in vendor/patches/"$name"-*.patch; do
		[ -f "$p" ] || continue
		patch -d "$work" -p1 -s --forward < "$p" || die "patch $p does not apply to $name" 1
	done
	say "building $name for $TARGET"
	# Not `(...) || die`: errexit is off inside a || list, so a failing step would be ignored
	# and an empty library marked done in the cache. A background job keeps errexit on.
	(cd "$work"; "recipe_$name") &
	wait $! || die "building $name for $TARGET failed" 1
	touch "$PREFIX/.done"
	rm -rf "$work"
	say "$name built in $(( $(date +%s) - t0 ))s"
}

DEP_NAMES=(libpg_query postgresql mbedtls yyjson libyaml)
# link order matters for static archives
DEP_ARCHIVES=(libpg_query:libpg_query.a postgresql:libpq.a postgresql:libpgcommon_shlib.a
	postgresql:libpgport_shlib.a
	mbedtls:libmbedtls.a mbedtls:libmbedx509.a mbedtls:libmbedcrypto.a yyjson:libyyjson.a
	libyaml:libyaml.a)

# deps: build all (in parallel: they are independent) and write $BUILD/config.mk.
cmd_deps() {
	local name pids=() inc="" libs="" pair failed=0
	load_tree_hashes
	for name in "${DEP_NAMES[@]}"; do
		PREFIX=$(dep_prefix "$name")
		[ -f "$PREFIX/.done" ] && continue
		( build_dep "$name" ) & pids+=($!)
	done
	for p in "${pids[@]}"; do wait "$p" || failed=1; done
	[ $failed = 0 ] || die "dependency build failed (see above)" 1
	for name in "${DEP_NAMES[@]}"; do inc="$inc -I$(dep_prefix "$name")/include"; done
	for pair in "${DEP_ARCHIVES[@]}"; do libs="$libs $(dep_prefix "${pair%%:*}")/lib/${pair#*:}"; done
	mkdir -p "$BUILD"
	cat > "$BUILD/config.mk.tmp" <<-EOF
	# written by build.sh for target $TARGET; do not edit
	TARGET = $TARGET
	BUILD = $BUILD
	BIN = $BIN
	CC = $CC
	AR = $AR
	OPT = $OPT
	LINK = $LINK
	DEP_INC =$inc
	DEP_LIBS =$libs
	PG_SHARE = $(dep_prefix postgresql)/share/catalog
	PG_QUERY_VERSION = $(manifest_field libpg_query 4)
	EOF
	if cmp -s "$BUILD/config.mk.tmp" "$BUILD/config.mk"; then rm "$BUILD/config.mk.tmp"
	else mv "$BUILD/config.mk.tmp" "$BUILD/config.mk"; fi
}

make_target() { make -s -j"$JOBS" CONFIG="$BUILD/config.mk" "$@"; }

cmd_build() {
	cmd_deps
	make_target programs
	if [ "$TARGET" != san ]; then
		file "$BIN/mcpdb-agent" | grep -q 'statically linked' || die "$BIN/mcpdb-agent is not static" 1
		say "$BIN/mcpdb-agent $(stat -c %s "$BIN/mcpdb-agent") bytes, $BIN/mcpdb $(stat -c %s "$BIN/mcpdb") bytes"
	fi
}

# ---------------------------------------------------------------- commands

cmd_test() {
	local t
	need_tools "${BUILD_TOOLS[@]}" "${TEST_TOOLS[@]}"
	need_postgres
	set_target "$(host_target)"; cmd_build
	set_target san; cmd_build; make_target unit replay
	for t in aarch64 armv7; do
		[ "$t" = "$(host_target)" ] && continue
		if [ "${MCPDB_CROSS:-auto}" = auto ] && ! command -v "$( [ $t = aarch64 ] && echo aarch64-linux-musl-gcc || echo arm-linux-musleabihf-gcc)" >/dev/null; then
			say "skipping $t (no cross toolchain; MCPDB_CROSS=1 installs it)"; continue
		fi
		[ "${MCPDB_CROSS:-auto}" = 0 ] && continue
		set_target "$t"; cmd_build
	done
	exec tests/run.sh
}

# unit: the sanitizer build's unit tests alone, counted like tests/run.sh counts them.
cmd_unit() {
	local t log ok bad rc passed=0 failed=0
	set_target san; cmd_deps; make_target unit
	log=$(mktemp)
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		rc=0; "$t" >"$log" 2>&1 </dev/null || rc=$?
		ok=$(grep -c '^ok ' "$log" || true); bad=$(grep -c '^not ok ' "$log" || true)
		# a crash before any "not ok" line still counts as a failure
		[ "$rc" != 0 ] && [ "$bad" = 0 ] && { bad=1; echo "not ok - exited with status $rc" >>"$log"; }
		passed=$((passed + ok)); failed=$((failed + bad))
		printf '%-30s %4d passed %3d failed\n' "unit/${t##*/}" "$ok" "$bad"
		grep '^not ok ' "$log" | head -20 | sed 's/^/    /'
	done
	rm -f "$log"
	echo "$passed passed, $failed failed"
	[ "$failed" = 0 ]
}

cmd_clean() { rm -rf build bin dist; }

main() {
	local target="" cmd="" args=()
	while [ $# -gt 0 ]; do
		case $1 in
		--target) [ $# -ge 2 ] || die "--target needs x86_64, aarch64 or armv7" 2; target=$2; shift 2 ;;
		--target=*) target=${1#--target=}; shift ;;
		# the usage is the file's head comment
		-h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
		*) if [ -z "$cmd" ]; then cmd=$1; else args+=("$1"); fi; shift ;;
		esac
	done
	set_target "${target:-$(host_target)}"
	case ${cmd:-all} in
	all|build) cmd_build ;;
	deps) cmd_deps ;;
	test) cmd_test ;;
	unit) cmd_unit ;;
	fuzz) set_target fuzz; cmd_deps; make_target fuzz; exec fuzz/run.sh "${args[@]}" ;;
	bench) cmd_build; exec tests/bench/run.sh "${args[@]}" ;;
	demo) [ "${args[0]:-}" = stop ] || cmd_build; exec tests/demo.sh "${args[@]}" ;;
	release) exec tools/release.sh "${args[@]}" ;;
	container) cmd_build; need_tools podman:podman; podman build -t mcpdb-agent -f Containerfile . ;;
	clean) cmd_clean ;;
	*) die "unknown command '$cmd' (see ./build.sh --help)" 2 ;;
	esac
}

main "$@"
