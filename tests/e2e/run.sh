#!/usr/bin/env bash
# End-to-end: the official MCP TypeScript SDK clients (pinned in package.json/package-lock.json)
# drive mcpdb-agent over stdio against the test database: v1 (@modelcontextprotocol/sdk, legacy
# era) in test_sdk.mjs, with our raw messages validated against the MCP JSON schemas, and v2
# (@modelcontextprotocol/client, dual-era negotiation) in test_sdk_v2.mjs. Prints TAP lines for
# tests/run.sh. Needs MCPDB_AGENT and DATABASE_URL (tests/run.sh sets both).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/@modelcontextprotocol/sdk ] || [ ! -d node_modules/@modelcontextprotocol/client ]; then
	npm ci --no-audit --no-fund --loglevel=error >&2
fi
rc=0
node test_sdk.mjs || rc=1
node test_sdk_v2.mjs || rc=1
exit $rc
