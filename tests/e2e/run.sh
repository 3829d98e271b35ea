#!/usr/bin/env bash
# End-to-end: the official MCP TypeScript SDK client (pinned in package.json/package-lock.json)
# drives mcpdb-agent over stdio against the test database, and our raw messages are validated
# against the MCP JSON schemas. Prints TAP lines for tests/run.sh. Needs MCPDB_AGENT and
# DATABASE_URL (tests/run.sh sets both).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/@modelcontextprotocol/sdk ]; then
	npm ci --no-audit --no-fund --loglevel=error >&2
fi
exec node test_sdk.mjs
