#!/usr/bin/env bash
# Developer loop in a private build directory, so several people (or sessions) can build and
# test the same tree at once without racing on build/: ./tests/dev.sh NAME [FILTER]
# builds the static programs into build/dev-NAME/bin and the sanitizer build (unit tests) into
# build/dev-NAME/san, then runs tests/run.sh FILTER against them. Needs ./build.sh and
# ./build.sh --target san deps to have run once (they write the config.mk files used here).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
name=${1:?usage: tests/dev.sh NAME [FILTER]}
filter=${2:-}
unset LIBRARY_PATH
d=build/dev-$name
[ -f build/x86_64/config.mk ] || ./build.sh deps
[ -f build/san/config.mk ] || ./build.sh --target san deps
make -s -j2 CONFIG=build/x86_64/config.mk BUILD="$d/x86_64" BIN="$d/bin" programs
make -s -j2 CONFIG=build/san/config.mk BUILD="$d/san" BIN="$d/san/bin" programs unit replay
MCPDB_BIN_DIR="$ROOT/$d/bin" MCPDB_SAN_BUILD="$d/san" exec tests/run.sh "$filter"
