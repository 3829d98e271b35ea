// The official v2 MCP client (@modelcontextprotocol/client, dual-era) against mcpdb-agent over
// stdio: with versionNegotiation 'auto' it probes server/discover and must settle on the modern
// era (2026-07-28); pinned to 2026-07-28 it must connect; in 'legacy' mode it must fall back to
// the initialize handshake. In the modern era every tool is called and structuredContent is
// checked against outputSchema by the SDK.
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";

let failed = 0;
function ok(cond, name, detail) {
  if (cond) console.log(`ok - ${name}`);
  else {
    failed++;
    const d = detail === undefined ? "" : ` (${String(typeof detail === "string" ? detail : JSON.stringify(detail)).slice(0, 400)})`;
    console.log(`not ok - ${name}${d}`);
  }
  return cond;
}

const agent = process.env.MCPDB_AGENT;
const ARGS = {
  list_schemas: {},
  list_tables: {},
  describe_table: { table: "customers" },
  query: { sql: "SELECT id, name FROM customers ORDER BY id LIMIT 3" },
  explain: { sql: "SELECT id FROM orders WHERE customer_id = 1" },
  find_relationships: { table: "orders" },
};

async function connect(mode) {
  const transport = new StdioClientTransport({ command: agent, args: [], env: { ...process.env }, stderr: "pipe" });
  const client = new Client({ name: "mcpdb-e2e-v2", version: "1.0.0" }, { versionNegotiation: { mode } });
  await client.connect(transport);
  return client;
}

for (const [label, mode] of [["auto", "auto"], ["pinned", { pin: "2026-07-28" }]]) {
  let client;
  try {
    client = await connect(mode);
  } catch (e) {
    ok(false, `v2 ${label}: connect`, e.message);
    continue;
  }
  ok(client.getProtocolEra() === "modern", `v2 ${label}: negotiated the modern era`, client.getProtocolEra());
  ok(client.getNegotiatedProtocolVersion() === "2026-07-28", `v2 ${label}: version 2026-07-28`, client.getNegotiatedProtocolVersion());
  const sv = client.getServerVersion();
  ok(sv && sv.name === "mcpdb-agent", `v2 ${label}: server identity from server/discover`, sv);
  const { tools } = await client.listTools();
  ok(tools.length === 6, `v2 ${label}: six tools listed`, tools.map((x) => x.name));
  if (label === "auto") {
    for (const name of Object.keys(ARGS)) {
      try {
        const res = await client.callTool({ name, arguments: ARGS[name] });
        ok(res.isError !== true && res.structuredContent && typeof res.structuredContent === "object",
          `v2 modern: ${name} returns structuredContent (validated against outputSchema by the SDK)`, res.content?.[0]?.text);
      } catch (e) {
        ok(false, `v2 modern: ${name}`, e.message);
      }
    }
    let code;
    try { await client.callTool({ name: "no_such_tool", arguments: {} }); } catch (e) { code = e.code; }
    ok(code === -32602, "v2 modern: unknown tool is -32602", code);
  }
  await client.close();
}

{
  const client = await connect("legacy");
  ok(client.getProtocolEra() === "legacy", "v2 legacy mode: initialize handshake", client.getProtocolEra());
  ok(client.getNegotiatedProtocolVersion() === "2025-11-25", "v2 legacy mode: 2025-11-25", client.getNegotiatedProtocolVersion());
  const res = await client.callTool({ name: "query", arguments: { sql: "SELECT 1 AS one" } });
  ok(res.isError !== true, "v2 legacy mode: query works", res.content?.[0]?.text);
  await client.close();
}

console.error(`${failed} failed`);
process.exit(failed ? 1 : 0);
