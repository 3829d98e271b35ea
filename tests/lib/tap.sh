# TAP-style helpers for shell tests (see tests/run.sh). Source this file.
#   check NAME CMD...     ok when CMD succeeds
#   check_eq NAME A B     ok when A = B
#   check_match NAME TEXT REGEX   ok when TEXT matches the extended REGEX
check() {
	local name=$1; shift
	if "$@" >/dev/null 2>&1; then echo "ok - $name"; else echo "not ok - $name (command: $*)"; fi
}
check_eq() {
	if [ "$2" = "$3" ]; then echo "ok - $1"; else echo "not ok - $1 (got '$2', expected '$3')"; fi
}
check_match() {
	if printf '%s' "$2" | grep -Eq -- "$3"; then echo "ok - $1"
	else echo "not ok - $1 (no match for /$3/ in: $(printf '%s' "$2" | head -c 300))"; fi
}
