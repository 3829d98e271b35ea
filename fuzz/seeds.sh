#!/usr/bin/env bash
# Generated seed corpora (never committed): fuzz/seeds.sh OUTDIR CONFIG_MK
#   OUTDIR/sqlguard/  one file per statement of PostgreSQL's regression SQL (from the
#                     postgresql-17 tarball already unpacked into the dependency cache) and per
#                     case of tests/data/guard_cases.tsv
# Idempotent: does nothing when OUTDIR/.done is newer than its inputs.
set -euo pipefail
out=$1 config=$2
share=$(awk -F' = ' '$1 == "PG_SHARE" { print $2 }' "$config")
regress=${share%/catalog}/regress
cases=tests/data/guard_cases.tsv
if [ -f "$out/.done" ] && [ "$out/.done" -nt "$config" ] && { [ ! -f "$cases" ] || [ "$out/.done" -nt "$cases" ]; }; then
	exit 0
fi
rm -rf "$out/sqlguard"; mkdir -p "$out/sqlguard"
# Statements end with ';' at the end of a line in the regression files; that split is crude
# (function bodies), which is fine for seeds: the guard must survive anything. At most 6,000
# statements (awk reads to the end: an early exit would break the pipe under pipefail).
if [ -d "$regress" ]; then
	cat "$regress"/*.sql | awk -v dir="$out/sqlguard" '
		/^--/ { next }
		{ stmt = stmt $0 "\n" }
		/;[ \t]*$/ { if (length(stmt) < 4000 && n < 6000) { n++; f = sprintf("%s/regress-%05d.sql", dir, n); printf "%s", stmt > f; close(f) } stmt = "" }'
fi
if [ -f "$cases" ]; then
	grep -v '^#' "$cases" | awk -F'\t' -v dir="$out/sqlguard" 'NF >= 3 {
		s = $3; for (i = 4; i <= NF; i++) s = s "\t" $i
		gsub(/\\n/, "\n", s); gsub(/\\t/, "\t", s); gsub(/\\\\/, "\\", s)
		n++; f = sprintf("%s/case-%04d.sql", dir, n); printf "%s", s > f; close(f) }'
fi
touch "$out/.done"
