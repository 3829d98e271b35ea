# The shipped programs: static, stripped, small, with --version/--help, and runnable in an
# empty root (what a FROM-scratch container gives them).
. tests/lib/tap.sh
MAX=$((3584 * 1024))   # 3.5 MiB
for p in "$MCPDB_AGENT" "$MCPDB_CLI"; do
	n=$(basename "$p")
	info=$(file -b "$p")
	check_match "$n is statically linked" "$info" 'statically linked'
	check_match "$n is stripped" "$info" ', stripped'
	size=$(stat -c %s "$p")
	check "$n is at most 3.5 MiB ($size bytes)" test "$size" -le "$MAX"
	out=$("$p" --version)
	for lib in libpg_query libpq mbedtls yyjson libyaml; do
		check_match "$n --version names $lib" "$out" "^  $lib [0-9]"
	done
	out=$("$p" --help)
	check_match "$n --help lists exit codes" "$out" 'exit codes'
	check_match "$n --help lists DATABASE_URL" "$out" 'DATABASE_URL'
done
"$MCPDB_AGENT" --no-such-option >/dev/null 2>&1
check_eq "mcpdb-agent: unknown option exits 2" "$?" 2

# Empty root: a directory holding only the binary.
root="$TEST_TMP/emptyroot"
mkdir -p "$root" && cp "$MCPDB_AGENT" "$root/mcpdb-agent"
if [ "$(id -u)" = 0 ]; then out=$(chroot "$root" /mcpdb-agent --version 2>&1)
else out=$(unshare -r chroot "$root" /mcpdb-agent --version 2>&1); fi
check_match "agent answers --version in an empty root" "$out" '^mcpdb-agent [0-9]'
check_eq "empty root holds nothing but the agent" "$(ls -A "$root")" "mcpdb-agent"
