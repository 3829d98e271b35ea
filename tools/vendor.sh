#!/usr/bin/env bash
# The vendored dependency sources: vendor/NAME/ holds the files of an upstream orig tarball that
# the build reads, selected by the rules in vendor/NAME.keep, unmodified (our patches are applied
# at build time). vendor/manifest pins each tarball's sha256 and records a hash of the kept tree.
#
#   tools/vendor.sh import NAME TARBALL   re-create vendor/NAME from TARBALL (its sha256 must be
#                                         the manifest's) and record the tree hash in the manifest
#   tools/vendor.sh verify [NAME...]      check vendor/NAME against the manifest's tree hash and,
#                                         when the tarball is in $MCPDB_CACHE/dl or vendor/dl,
#                                         that it is exactly the tarball's kept files
#   tools/vendor.sh hash NAME             print the tree hash of vendor/NAME (build.sh's cache key)
#   tools/vendor.sh list NAME             print "sha256 mode path" per file of vendor/NAME
#
# The tree hash is the sha256 of `list`: every file's sha256, its mode as git stores it (755 or
# 644) and its path, sorted in the C locale. Exit status: 0 ok, 1 mismatch, 2 usage.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CACHE=${MCPDB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcpdb}
NAMES=(libpg_query postgresql mbedtls yyjson libyaml)

die() { printf 'vendor.sh: %s\n' "$*" >&2; exit "${2:-1}"; }

# field NAME N: column N of NAME's dependency line in vendor/manifest
# (1 name, 2 Debian source package, 3 Debian version, 4 upstream version, 5 tarball, 6 sha256).
field() {
	local v
	v=$(awk -v n="$1" -v i="$2" '$1 == n { print $i }' vendor/manifest)
	[ -n "$v" ] || die "no dependency '$1' in vendor/manifest" 2
	echo "$v"
}

# list_tree DIR: "sha256 mode path" per regular file under DIR, sorted; no other file types.
list_tree() {
	local dir=$1 files
	[ -z "$(find "$dir" ! -type f ! -type d -print -quit)" ] || die "$dir holds a symlink or special file"
	files=$(mktemp)
	(cd "$dir" && find . -type f -printf '%P\0' | LC_ALL=C sort -z > "$files"
	 # git keeps only the executable bit, so that is all the mode says
	 paste -d' ' <(xargs -0r sha256sum < "$files" | cut -c1-64) \
		<(xargs -0r stat -c %A < "$files" | sed 's/^...x.*/755/; s/^-.*/644/') \
		<(tr '\0' '\n' < "$files"))
	rm -f "$files"
}

tree_hash() { list_tree "$1" | sha256sum | cut -c1-64; }

# keep_rules NAME: the patterns of vendor/NAME.keep, comments and blanks removed.
keep_rules() {
	[ -f "vendor/$1.keep" ] || die "no vendor/$1.keep" 2
	sed 's/#.*//; s/[[:space:]]*$//; /^$/d' "vendor/$1.keep"
}

# glob_regex PATTERN: the extended regex for a keep pattern (`*` any string, `?` one character).
glob_regex() { printf '%s' "$1" | sed 's/[].[\^$+(){}|]/\\&/g; s/\*/.*/g; s/?/./g'; }

# select_kept NAME DIR: the paths under DIR that NAME's rules keep. A path is kept when the last
# pattern matching it is a keep line (`!PATTERN` drops); `*` matches `/` too. Each rule is one
# grep over the file list, in order.
select_kept() {
	local all kept="" r re
	all=$(cd "$2" && find . -type f -printf '%P\n' | LC_ALL=C sort)
	while IFS= read -r r; do
		re=$(glob_regex "${r#!}")
		case $r in
		'!'*) kept=$(printf '%s\n' "$kept" | grep -vxE -- "$re" || true) ;;
		*) kept=$( { printf '%s\n' "$kept"; printf '%s\n' "$all" | grep -xE -- "$re" || true; } | LC_ALL=C sort -u) ;;
		esac
	done < <(keep_rules "$1")
	printf '%s\n' "$kept" | sed '/^$/d'
}

# unpack NAME TARBALL DEST: check the tarball against the manifest, unpack its one top folder
# into DEST/all, copy the kept files into DEST/kept with git's modes.
unpack() {
	local name=$1 tarball=$2 dest=$3 sum top
	sum=$(sha256sum "$tarball" | cut -c1-64)
	[ "$sum" = "$(field "$name" 6)" ] || die "$tarball has sha256 $sum, vendor/manifest pins $(field "$name" 6) for $name
(for a new version, update $name's line in vendor/manifest first)"
	mkdir -p "$dest/all" "$dest/kept"
	tar -xf "$tarball" -C "$dest/all" --no-same-owner
	top=$(ls -A "$dest/all")
	[ "$(printf '%s\n' "$top" | wc -l)" = 1 ] && [ -d "$dest/all/$top" ] ||
		die "$tarball does not hold exactly one top folder"
	select_kept "$name" "$dest/all/$top" > "$dest/kept.txt"
	[ -s "$dest/kept.txt" ] || die "vendor/$name.keep keeps no file of $tarball"
	(cd "$dest/all/$top" && tr '\n' '\0' < "$dest/kept.txt" | xargs -0 cp --parents -t "$dest/kept")
	chmod -R u=rwX,go=rX "$dest/kept"
	find "$dest/kept" -type f -perm -u+x -exec chmod 755 {} + -o -type f -exec chmod 644 {} +
	echo "$top"
}

# find_tarball NAME: the cached orig tarball, if any.
find_tarball() {
	local file d
	file=$(field "$1" 5)
	for d in "$CACHE/dl" vendor/dl; do
		[ -f "$d/$file" ] && { echo "$d/$file"; return 0; }
	done
	return 1
}

cmd_import() {
	local name=$1 tarball=$2 tmp top hash count
	tmp=$(mktemp -d); trap "rm -rf '$tmp'" EXIT
	top=$(unpack "$name" "$tarball" "$tmp")
	rm -rf "vendor/$name"
	cp -r "$tmp/kept" "vendor/$name"
	hash=$(tree_hash "vendor/$name")
	count=$(wc -l < "$tmp/kept.txt")
	# one "tree NAME FILES HASH" line per dependency, replaced in place or appended
	if grep -q "^tree $name " vendor/manifest; then
		sed -i "s/^tree $name .*/tree $name $count $hash/" vendor/manifest
	else
		echo "tree $name $count $hash" >> vendor/manifest
	fi
	printf '%s: kept %s of %s files of %s (%s), tree %s\n' "$name" "$count" \
		"$(find "$tmp/all/$top" -type f | wc -l)" "$(basename "$tarball")" \
		"$(du -sh "vendor/$name" | cut -f1)" "$hash"
}

cmd_verify() {
	local name tarball tmp bad=0 want got
	for name in "$@"; do
		field "$name" 1 >/dev/null
		want=$(awk -v n="$name" '$1 == "tree" && $2 == n { print $4 }' vendor/manifest)
		[ -d "vendor/$name" ] || { echo "$name: vendor/$name is missing"; bad=1; continue; }
		got=$(tree_hash "vendor/$name")
		if [ "$got" = "$want" ]; then echo "$name: tree hash matches vendor/manifest"
		else echo "$name: tree hash $got, vendor/manifest records '${want:-nothing}'"; bad=1; fi
		if ! tarball=$(find_tarball "$name"); then
			echo "$name: $(field "$name" 5) is not in $CACHE/dl or vendor/dl: not compared"
			continue
		fi
		tmp=$(mktemp -d)
		unpack "$name" "$tarball" "$tmp" >/dev/null
		if diff -u --label "kept files of $(basename "$tarball")" --label "vendor/$name" \
			<(list_tree "$tmp/kept") <(list_tree "vendor/$name") > "$tmp/diff"; then
			echo "$name: identical to the kept files of $tarball"
		else
			echo "$name: differs from the kept files of $tarball (sha256 mode path):"
			sed -n '3,40p' "$tmp/diff"; bad=1
		fi
		rm -rf "$tmp"
	done
	return $bad
}

main() {
	case ${1:-} in
	import) [ $# = 3 ] || die "usage: tools/vendor.sh import NAME TARBALL" 2; cmd_import "$2" "$3" ;;
	verify) shift; if [ $# = 0 ]; then cmd_verify "${NAMES[@]}"; else cmd_verify "$@"; fi ;;
	hash) [ $# = 2 ] || die "usage: tools/vendor.sh hash NAME" 2; tree_hash "vendor/$2" ;;
	list) [ $# = 2 ] || die "usage: tools/vendor.sh list NAME" 2; list_tree "vendor/$2" ;;
	-h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
	*) die "usage: tools/vendor.sh import NAME TARBALL | verify [NAME...] | hash NAME | list NAME" 2 ;;
	esac
}

main "$@"
