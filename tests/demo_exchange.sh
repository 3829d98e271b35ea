#!/usr/bin/env bash
# A short, human-readable MCP exchange with mcpdb-agent against the demo database:
# initialize, the tools/list summary, describe_table customers, one query.
# Usage: tests/demo_exchange.sh DATABASE_URL   (called by tests/demo.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
URL=${1:?usage: tests/demo_exchange.sh DATABASE_URL}
AGENT=${MCPDB_AGENT:-$ROOT/bin/mcpdb-agent}
MCPDB_ROOT=$ROOT DATABASE_URL=$URL MCPDB_AGENT=$AGENT exec python3 - <<'PY'
import json, os, sys, time
sys.path.insert(0, os.path.join(os.environ["MCPDB_ROOT"], "tests", "lib"))
from mcp import Agent

def show(label, obj, limit=1200):
    text = json.dumps(obj, indent=2, ensure_ascii=False)
    if len(text) > limit:
        text = text[:limit] + "\n  ... (%d more bytes)" % (len(text) - limit)
    print(label)
    print("  " + text.replace("\n", "\n  "))

def compact(msg):
    s = json.dumps(msg, separators=(",", ":"))
    return s if len(s) <= 160 else s[:157] + "..."

t0 = time.monotonic()
a = Agent()
init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {},
                   "clientInfo": {"name": "demo", "version": "1"}}}
print("-> " + compact(init))
a.send(init)
r = a.response(1)
print("<- " + compact(r) + "   (%.1f ms after spawn)" % ((time.monotonic() - t0) * 1000))
a.notify("notifications/initialized")

print("\n-> tools/list")
r = a.call("tools/list")
tools = r["result"]["tools"]
size = len(json.dumps(r["result"], separators=(",", ":")))
print("<- %d tools, %d bytes of JSON:" % (len(tools), size))
for t in tools:
    args = ", ".join(t.get("inputSchema", {}).get("properties", {}).keys())
    print("   %-20s (%s) %s" % (t["name"], args, t.get("description", "")[:80]))

print("\n-> tools/call describe_table {\"table\": \"customers\"}")
r = a.tool("describe_table", {"table": "customers"})
res = r.get("result", {})
d = res.get("structuredContent")
if res.get("isError") or not isinstance(d, dict) or "columns" not in d:
    show("<- (isError)" if res.get("isError") else "<-", res.get("content"))
else:
    print("<- %s.%s (%s, ~%s rows): %s" % (d.get("schema"), d.get("name"), d.get("kind"),
          d.get("estimated_rows"), d.get("comment") or ""))
    for c in d["columns"]:
        flags = ("" if c.get("nullable") else " not null") + (" masked" if c.get("masked") else "")
        print("   %-12s %-26s%s%s" % (c["name"], c["type"], flags,
              ("  -- " + c["comment"]) if c.get("comment") else ""))
    for k in ("primary_key", "foreign_keys", "referenced_by", "indexes"):
        if d.get(k):
            print("   %s: %s" % (k, json.dumps(d[k], separators=(",", ":"))[:150]))

sql = ("SELECT c.name, count(o.id) AS orders FROM customers c LEFT JOIN orders o "
       "ON o.customer_id = c.id GROUP BY c.name ORDER BY orders DESC, c.name LIMIT 5")
print("\n-> tools/call query {\"sql\": %s}" % json.dumps(sql))
r = a.tool("query", {"sql": sql})
res = r.get("result", {})
d = res.get("structuredContent")
if res.get("isError") or not isinstance(d, dict) or "rows" not in d:
    show("<- (isError)" if res.get("isError") else "<-", res.get("content"))
else:
    cols = d["columns"]
    print("<- %d row(s)%s in %s ms; columns: %s" % (d["row_count"], ", truncated" if d.get("truncated") else "",
          d.get("elapsed_ms"), ", ".join("%s %s" % (c["name"], c["type"]) for c in cols)))
    for row in d["rows"]:
        print("   " + " | ".join(json.dumps(v, ensure_ascii=False) for v in row))
a.stop()
PY
