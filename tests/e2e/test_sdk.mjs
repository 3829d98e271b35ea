// The official MCP TypeScript SDK client against mcpdb-agent over stdio: connect, list tools,
// call every tool, and check structuredContent against each tool's outputSchema (the SDK
// validates it in callTool; we validate again with ajv so a failure names the field). Then a
// raw exchange whose messages are validated against /work/shared/mcp-schemas/<rev>.json.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";

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
if (!agent || !process.env.DATABASE_URL) {
  console.log("not ok - MCPDB_AGENT and DATABASE_URL must be set (run through tests/run.sh)");
  process.exit(1);
}

const ARGS = {
  list_schemas: {},
  list_tables: {},
  describe_table: { table: "customers" },
  query: { sql: "SELECT id, name FROM customers ORDER BY id LIMIT 3" },
  explain: { sql: "SELECT id FROM orders WHERE customer_id = 1" },
  find_relationships: { table: "orders" },
};

// ---- 1. The SDK client -------------------------------------------------------------------------
const transport = new StdioClientTransport({ command: agent, args: [], env: { ...process.env }, stderr: "pipe" });
const client = new Client({ name: "mcpdb-e2e", version: "1.0.0" });
const t0 = performance.now();
await client.connect(transport);
ok(true, `SDK client connected over stdio in ${(performance.now() - t0).toFixed(1)} ms`);
const sv = client.getServerVersion();
ok(sv && sv.name === "mcpdb-agent" && typeof sv.version === "string", "server identifies as mcpdb-agent", sv);
ok(client.getServerCapabilities()?.tools !== undefined, "server declares the tools capability");

const listed = await client.listTools();
const tools = listed.tools;
const listBytes = Buffer.byteLength(JSON.stringify(listed));
console.log(`# tools/list result: ${listBytes} bytes, ${tools.length} tools`);
ok(tools.length === 6, "six tools listed", tools.map((x) => x.name));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false });
for (const tool of tools) {
  const a = tool.annotations || {};
  ok(a.readOnlyHint === true && a.destructiveHint === false && a.idempotentHint === true && a.openWorldHint === false,
    `${tool.name}: annotations read-only, non-destructive, idempotent, closed-world`, a);
  ok(tool.inputSchema?.type === "object" && tool.outputSchema?.type === "object", `${tool.name}: input and output schemas`);
  ok(typeof tool.description === "string" && tool.description.length > 0 && tool.description.length <= 400,
    `${tool.name}: a short description (${tool.description?.length} chars)`);
}
for (const name of Object.keys(ARGS)) {
  const tool = tools.find((x) => x.name === name);
  if (!ok(tool !== undefined, `${name} is listed`)) continue;
  let res;
  try {
    res = await client.callTool({ name, arguments: ARGS[name] });
  } catch (e) {
    ok(false, `${name}: callTool (SDK validates structuredContent against outputSchema)`, e.message);
    continue;
  }
  ok(res.isError !== true, `${name}: not an error`, res.content?.[0]?.text);
  ok(res.structuredContent && typeof res.structuredContent === "object", `${name}: structuredContent present`);
  if (ok(tool.outputSchema !== undefined, `${name}: has an outputSchema to check against`)) {
    const validate = ajv.compile(tool.outputSchema);
    ok(validate(res.structuredContent), `${name}: structuredContent matches outputSchema`, validate.errors);
  }
  const text = res.content?.find((c) => c.type === "text")?.text;
  let same = false;
  try { same = JSON.stringify(JSON.parse(text)) === JSON.stringify(res.structuredContent); } catch { same = false; }
  ok(same, `${name}: the text block carries the same JSON`);
}
{
  const res = await client.callTool({ name: "query", arguments: { sql: "DELETE FROM customers" } });
  ok(res.isError === true && /./.test(res.content?.[0]?.text || ""), "a write is refused as an isError result with a reason",
    res.content?.[0]?.text);
}
let unknownCode;
try { await client.callTool({ name: "no_such_tool", arguments: {} }); } catch (e) { unknownCode = e.code; }
ok(unknownCode === -32602, "unknown tool: -32602 through the SDK", unknownCode);
const pong = await client.ping();
ok(pong && typeof pong === "object", "ping through the SDK");
await client.close();
ok(true, "SDK client closed the connection");

// ---- 2. Raw messages against the MCP JSON schemas --------------------------------------------
const SCHEMAS = "/work/shared/mcp-schemas";
function validator(rev) {
  const file = `${SCHEMAS}/${rev}.json`;
  if (!existsSync(file)) return null;
  const schema = JSON.parse(readFileSync(file, "utf8"));
  const draft7 = String(schema.$schema || "").includes("draft-07");
  const v = draft7 ? new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }) : new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false });
  const id = `mcp-${rev}`;
  v.addSchema(schema, id);
  const defs = draft7 ? "definitions" : "$defs";
  return (def, value) => {
    const f = v.getSchema(`${id}#/${defs}/${def}`);
    if (!f) return [`no ${def} in ${rev}`];
    return f(value) ? null : f.errors;
  };
}

function rawSession() {
  const p = spawn(agent, [], { env: process.env, stdio: ["pipe", "pipe", "ignore"] });
  const rl = createInterface({ input: p.stdout });
  const waiting = new Map();
  const lines = [];
  rl.on("line", (line) => {
    lines.push(line);
    let m;
    try { m = JSON.parse(line); } catch { return; }
    const w = waiting.get(JSON.stringify(m.id));
    if (w) { waiting.delete(JSON.stringify(m.id)); w(m); }
  });
  let next = 1;
  return {
    lines,
    request(method, params) {
      const id = next++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timeout on ${method}`)), 20000);
        waiting.set(JSON.stringify(id), (m) => { clearTimeout(timer); resolve(m); });
        p.stdin.write(JSON.stringify({ jsonrpc: "2.0", id, method, ...(params ? { params } : {}) }) + "\n");
      });
    },
    notify(method, params) { p.stdin.write(JSON.stringify({ jsonrpc: "2.0", method, ...(params ? { params } : {}) }) + "\n"); },
    close() { p.stdin.end(); return new Promise((r) => p.on("exit", (code) => r(code))); },
  };
}

function check(v, rev, def, value, what) {
  if (!v) { ok(false, `${rev}: schema file missing`); return; }
  const errors = v(def, value);
  ok(errors === null, `${rev}: ${what} validates as ${def}`, errors);
}

for (const rev of ["2025-06-18", "2025-11-25"]) {
  const v = validator(rev);
  const s = rawSession();
  const init = await s.request("initialize", { protocolVersion: rev, capabilities: {}, clientInfo: { name: "raw", version: "1" } });
  check(v, rev, "InitializeResult", init.result, "initialize result");
  s.notify("notifications/initialized");
  const list = await s.request("tools/list", {});
  check(v, rev, "ListToolsResult", list.result, "tools/list result");
  const call = await s.request("tools/call", { name: "query", arguments: { sql: "SELECT 1 AS one" } });
  check(v, rev, "CallToolResult", call.result, "tools/call result");
  const err = await s.request("no/such/method", {});
  check(v, rev, rev === "2025-06-18" ? "JSONRPCError" : "JSONRPCErrorResponse", err, "unknown-method error");
  check(v, rev, "JSONRPCMessage", err, "an error as a JSONRPCMessage");
  ok(await s.close() === 0, `${rev}: raw session exits 0 on EOF`);
}
{
  const rev = "2026-07-28";
  const v = validator(rev);
  const s = rawSession();
  const meta = { "io.modelcontextprotocol/protocolVersion": rev, "io.modelcontextprotocol/clientCapabilities": {} };
  const disc = await s.request("server/discover", { _meta: meta });
  check(v, rev, "DiscoverResult", disc.result, "server/discover result");
  const list = await s.request("tools/list", { _meta: meta });
  check(v, rev, "ListToolsResult", list.result, "tools/list result");
  const call = await s.request("tools/call", { name: "query", arguments: { sql: "SELECT 1 AS one" }, _meta: meta });
  check(v, rev, "CallToolResult", call.result, "tools/call result");
  const bad = await s.request("tools/list", { _meta: { ...meta, "io.modelcontextprotocol/protocolVersion": "2030-01-01" } });
  check(v, rev, "UnsupportedProtocolVersionError", bad, "unsupported-version error");
  const badLines = s.lines.filter((line) => { try { return v("JSONRPCMessage", JSON.parse(line)) !== null; } catch { return true; } });
  ok(badLines.length === 0, `${rev}: all ${s.lines.length} lines validate as JSONRPCMessage`, badLines[0]);
  ok(await s.close() === 0, `${rev}: raw session exits 0 on EOF`);
}

console.error(`${failed} failed`);
process.exit(failed ? 1 : 0);
