#!/usr/bin/env bash
# The include rules of core/README.md, checked: every #include "area/file.h" in core/AREA must
# name AREA itself or a folder (or single header) in AREA's "may include" cell; private headers
# (*_impl.h, *_int.h) stay in their folder. Reads the table, so the README is the one source.
set -u
tap_ok()   { echo "ok - $*"; }
tap_fail() { echo "not ok - $*"; }
ROOT=${MCPDB_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$ROOT"

declare -A allow
while IFS='|' read -r _ folder _ may _; do
	folder=$(echo "$folder" | tr -d ' `/')
	[ -n "$folder" ] && [ -d "core/$folder" ] || continue
	allow[$folder]=$(echo "$may" | tr -d '`,' | sed 's/^ *- *$//')
done < core/README.md

ok_count=0
for dir in core/*/; do
	area=$(basename "$dir")
	if [ -z "${allow[$area]+set}" ]; then
		tap_fail "core/$area/ is not in core/README.md's table (add a row with its include rules)"
		continue
	fi
	bad=0
	while IFS=: read -r file line inc; do
		inc=${inc#*\"}; inc=${inc%\"*}
		case $inc in */*) ;; *) continue ;; esac # system-style or same-folder relative includes
		target=${inc%%/*}
		[ "$target" = "$area" ] && continue
		case $inc in *_impl.h|*_int.h)
			tap_fail "$file:$line includes $inc, which is private to core/$target/"; bad=1; continue ;;
		esac
		okay=0
		for a in ${allow[$area]}; do
			a=${a%/}
			case $a in
			"$target") okay=1 ;;
			"$inc") okay=1 ;;
			esac
		done
		if [ $okay = 0 ]; then
			tap_fail "$file:$line includes $inc; core/$area/ may include only: ${allow[$area]:-nothing outside itself} (core/README.md)"
			bad=1
		fi
	done < <(grep -n '^#include "' "$dir"*.[ch] /dev/null | sed 's/^\([^:]*\):\([0-9]*\):/\1:\2:/')
	[ $bad = 0 ] && tap_ok "core/$area/ includes only what core/README.md allows" && ok_count=$((ok_count + 1))
done
# every header is reached as area/file.h (or a same-folder name): a bare "file.h" resolved through
# -iquote core would bypass the check
bare=$(for f in core/*/*.[ch]; do grep -n '^#include "[^/"]*\.h"' "$f" | while IFS=: read -r line inc; do
	h=${inc#*\"}; h=${h%\"*}; [ -f "$(dirname "$f")/$h" ] || echo "$f:$line $h"; done; done)
if [ -n "$bare" ]; then tap_fail "includes that name no folder (write area/file.h): $bare"
else tap_ok "every core include names its folder"; fi
[ $ok_count -ge 7 ] && tap_ok "all $ok_count core folders have include rules" || tap_fail "only $ok_count core folders checked"
