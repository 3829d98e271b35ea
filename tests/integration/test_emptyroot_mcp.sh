# The agent in an empty root (what a FROM-scratch container gives it: no /etc, no /dev, no
# libraries) speaks MCP over stdio and reaches the test PostgreSQL over TCP: numeric host and
# explicit user in DATABASE_URL (musl has no built-in localhost, getpwuid fails there).
. tests/lib/tap.sh
root="$TEST_TMP/emptyroot-mcp"
mkdir -p "$root" && cp "$MCPDB_AGENT" "$root/mcpdb-agent"
if [ "$(id -u)" = 0 ]; then wrap="chroot"; else wrap="unshare -r chroot"; fi
check_eq "empty root holds nothing but the agent" "$(ls -A "$root")" "mcpdb-agent"
check_match "DATABASE_URL uses a numeric host and an explicit user" "$DATABASE_URL" '^postgresql://[^:@/]+(:[^@]*)?@[0-9.]+:[0-9]+/'

out=$(WRAP="$wrap" ROOT_DIR="$root" python3 - <<'PY'
import os, shutil, sys
sys.path.insert(0, os.path.join(os.environ["MCPDB_ROOT"], "tests", "lib"))
from mcp import Agent
wrap = os.environ["WRAP"].split()
a = Agent(path=shutil.which(wrap[0]), args=[*wrap[1:], os.environ["ROOT_DIR"], "/mcpdb-agent"],
          env={"PATH": "/", "HOME": "/"})
init = a.initialize("2025-11-25")
print("INIT", (init or {}).get("result", {}).get("serverInfo", {}).get("name"))
r = a.tool("query", {"sql": "SELECT 40 + 2 AS answer"}, timeout=20)
res = (r or {}).get("result", {})
print("ISERROR", res.get("isError"))
print("STRUCT", res.get("structuredContent"))
print("TEXT", ((res.get("content") or [{}])[0].get("text") or "")[:300].replace("\n", " "))
a.stop()
print("RC", a.proc.returncode)
print("BAD", len(a.bad_lines))
PY
)
check_match "initialize answered in the empty root" "$out" '^INIT mcpdb-agent$'
check_match "query over TCP from the empty root succeeds" "$out" '^ISERROR (None|False)$'
check_match "the typed result came back (42 as a number)" "$out" '^STRUCT .*\[\[42\]\]'
check_match "agent exits 0 on EOF in the empty root" "$out" '^RC 0$'
check_match "stdout carried only JSON-RPC" "$out" '^BAD 0$'
[ -n "${VERBOSE:-}" ] && printf '%s\n' "$out"
true
