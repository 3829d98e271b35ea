#!/usr/bin/env bash
# ./build.sh demo: a throwaway PostgreSQL with the demo shop (tests/data/demo.sql), and the MCP
# client configuration that points at the static agent. ./build.sh demo stop tears it down.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. tests/lib/pg.sh
DEMO=${MCPDB_DEMO_DIR:-/tmp/mcpdb-demo}

if [ "${1:-}" = stop ]; then
	pg_stop "$DEMO/pg"; rm -rf "$DEMO"; echo "demo stopped"; exit 0
fi
if [ -f "$DEMO/pg/data/postmaster.pid" ]; then
	echo "demo already running; ./build.sh demo stop first" >&2; exit 1
fi
mkdir -p "$DEMO"; chmod 755 "$DEMO"
pg_start "$DEMO/pg"
pg_psql -d postgres -c 'CREATE DATABASE shop'
pg_psql -d shop -f tests/data/demo.sql >/dev/null
URL="postgresql://postgres:$PG_TEST_PASSWORD@127.0.0.1:$PGPORT_TEST/shop"
echo "$URL" > "$DEMO/url"

cat <<EOT
Demo database 'shop' running on 127.0.0.1:$PGPORT_TEST (customers, products, orders,
order_items, view customer_revenue). Stop it with: ./build.sh demo stop

MCP client configuration (Claude Desktop: claude_desktop_config.json):
{
  "mcpServers": {
    "shop": {
      "command": "$ROOT/bin/mcpdb-agent",
      "env": { "DATABASE_URL": "$URL" }
    }
  }
}
EOT
if [ -x tests/demo_exchange.sh ]; then
	echo; echo "A short exchange with the agent:"; tests/demo_exchange.sh "$URL"
fi
