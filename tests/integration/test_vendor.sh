#!/usr/bin/env bash
# The vendored sources (vendor/README.md): each vendor/NAME/ matches the tree hash recorded in
# vendor/manifest and, when the orig tarball is cached, is exactly that tarball's kept files;
# no vendored file is hidden by .gitignore; and the build path cannot download sources again.
set -u
ROOT=${MCPDB_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$ROOT"
. tests/lib/tap.sh
CACHE=${MCPDB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcpdb}

for name in libpg_query postgresql mbedtls yyjson libyaml; do
	out=$(tools/vendor.sh verify "$name" 2>&1)
	rc=$?
	check_match "vendor/$name matches its tree hash in vendor/manifest" "$out" "^$name: tree hash matches"
	case $out in
	*"identical to the kept files"*) check_eq "vendor/$name is exactly the kept files of its orig tarball" "$rc" 0 ;;
	*"not in "*) echo "ok - vendor/$name is exactly the kept files of its orig tarball # skip tarball not in $CACHE/dl or vendor/dl" ;;
	*) echo "not ok - vendor/$name is exactly the kept files of its orig tarball:"; printf '%s\n' "$out" | head -20 ;;
	esac
done

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# committed files that a pattern matches would be dropped by the next import's `git add`
	ignored=$( { git ls-files --cached --ignored --exclude-standard vendor
		git ls-files --others --ignored --exclude-standard vendor; } | grep -v '^vendor/dl/' | head -5)
	check_eq "no vendored file is hidden by .gitignore" "$ignored" ""
	untracked=$(git ls-files --others --exclude-standard vendor | head -5)
	check_eq "every vendored file is committed or staged" "$untracked" ""
else
	echo "ok - no vendored file is hidden by .gitignore # skip not a git checkout"
fi

# The download machinery must not come back: no source lookup in the build path.
hits=$(grep -nE 'apt-get +source|apt-cache +showsrc|deb-src' build.sh Makefile tools/release.sh 2>/dev/null)
check_eq "build.sh, Makefile and release.sh never fetch sources (apt-get source, deb-src)" "$hits" ""
