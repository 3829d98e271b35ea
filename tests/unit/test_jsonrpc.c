/* Unit tests for the JSON-RPC/MCP layer (core/mcp/jsonrpc.c, core/mcp/mcp.c, core/base/json.c) with a
 * fake tools backend defined here: both eras, negotiation, every malformed-input case, ids,
 * in-flight limits, cancellation, progress, and refused (oversized) answers. */
#include <stdlib.h>
#include <string.h>

#include "base/json.h"
#include "mcp/jsonrpc.h"
#include "base/limits.h"
#include "mcp/mcp.h"
#include "test.h"

/* The sink: every message the server sends, in order. ------------------------------------- */
#define MAX_MSGS 512
static char *msgs[MAX_MSGS];
static size_t nmsgs;
static size_t refuse_over;  /* 0: accept all; else E_TOOBIG for longer messages */

static int
sink_send(void *arg, char *msg, size_t len)
{
	(void)arg;
	if (refuse_over && len > refuse_over) {
		free(msg);
		return E_TOOBIG;
	}
	if (nmsgs < MAX_MSGS) {
		char *c = malloc(len + 1);
		memcpy(c, msg, len);
		c[len] = '\0';
		msgs[nmsgs++] = c;
	}
	free(msg);
	return 0;
}

static void
reset(void)
{
	for (size_t i = 0; i < nmsgs; i++)
		free(msgs[i]);
	nmsgs = 0;
}

/* The fake backend. --------------------------------------------------------------------------- */
struct tools_call {
	struct tools_call_opts opts;
	int live;
};
static struct tools_call calls[128];
static int ncancelled;

static yyjson_mut_val *
fake_list(void *impl, yyjson_mut_doc *doc)
{
	(void)impl;
	yyjson_mut_val *arr = yyjson_mut_arr(doc), *t = yyjson_mut_arr_add_obj(doc, arr), *in;
	yyjson_mut_obj_add_str(doc, t, "name", "echo");
	in = yyjson_mut_obj_add_obj(doc, t, "inputSchema");
	yyjson_mut_obj_add_str(doc, in, "type", "object");
	return arr;
}

static void
complete(struct tools_call *c, const char *text)
{
	yyjson_mut_doc *doc = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *res = yyjson_mut_obj(doc), *content = yyjson_mut_obj_add_arr(doc, res, "content");
	yyjson_mut_val *b = yyjson_mut_arr_add_obj(doc, content);
	yyjson_mut_obj_add_str(doc, b, "type", "text");
	yyjson_mut_obj_add_strcpy(doc, b, "text", text);
	c->live = 0;
	c->opts.done(c->opts.arg, doc, res);
}

static int
fake_call(void *impl, const char *name, yyjson_val *args, const struct tools_call_opts *opts,
    struct tools_call **callp)
{
	(void)impl;
	struct tools_call *c = NULL;
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (!calls[i].live) {
			c = &calls[i];
			break;
		}
	if (c == NULL)
		return E_NOMEM;
	if (strcmp(name, "echo") != 0 && strcmp(name, "slow") != 0 && strcmp(name, "big") != 0)
		return E_INVAL;
	c->opts = *opts;
	c->live = 1;
	*callp = c;
	if (strcmp(name, "echo") == 0) {
		const char *s = json_obj_str(args, "text");
		complete(c, s ? s : "(none)");  /* completes before tools_call returns */
	} else if (strcmp(name, "big") == 0) {
		char *s = malloc(100000);
		memset(s, 'b', 99999);
		s[99999] = '\0';
		complete(c, s);
		free(s);
	}
	return 0;
}

static void
fake_cancel(void *impl, struct tools_call *c)
{
	(void)impl;
	c->live = 0;
	ncancelled++;
}

/* Helpers. ------------------------------------------------------------------------------------- */
static struct mcp_session *ss;

static void
feed(const char *s)
{
	mcp_session_handle(ss, s, strlen(s), NULL);
}

static yyjson_doc *
msg_doc(size_t i)
{
	return i < nmsgs ? yyjson_read(msgs[i], strlen(msgs[i]), 0) : NULL;
}

/* The error code of message i, 0 if it is a result, 1 if missing. */
static long
code_of(size_t i)
{
	yyjson_doc *d = msg_doc(i);
	long code = 1;
	if (d) {
		yyjson_val *e = yyjson_obj_get(yyjson_doc_get_root(d), "error");
		code = e ? (long)yyjson_get_sint(yyjson_obj_get(e, "code")) :
		    (yyjson_obj_get(yyjson_doc_get_root(d), "result") ? 0 : 2);
		yyjson_doc_free(d);
	}
	return code;
}

static int
has(size_t i, const char *needle)
{
	return i < nmsgs && strstr(msgs[i], needle) != NULL;
}

/* One exchange: reset, feed, expect exactly `count` messages and first one's code. */
static void
expect(const char *name, const char *in, size_t count, long code, const char *needle)
{
	char n[200];
	reset();
	feed(in);
	snprintf(n, sizeof(n), "%s: %zu answer(s)", name, count);
	if (!TEST(nmsgs == count, n))
		fprintf(stderr, "  got %zu: %s\n", nmsgs, nmsgs ? msgs[0] : "");
	if (count > 0) {
		snprintf(n, sizeof(n), "%s: code %ld", name, code);
		if (!TEST(code_of(0) == code, n))
			fprintf(stderr, "  got: %s\n", msgs[0]);
		if (needle != NULL) {
			snprintf(n, sizeof(n), "%s: mentions %s", name, needle);
			if (!TEST(has(0, needle), n))
				fprintf(stderr, "  got: %s\n", msgs[0]);
		}
	}
}

#define MODERN_META "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"," \
	"\"io.modelcontextprotocol/clientCapabilities\":{}}"

static struct mcp_session *
new_session(struct mcp_server *srv)
{
	struct mcp_sink sink = { sink_send, NULL };
	struct mcp_session *s = NULL;
	if (mcp_session_new(srv, &sink, "test", &s) != 0)
		return NULL;
	return s;
}

int
main(void)
{
	struct mcp_backend b = { fake_list, fake_call, fake_cancel, NULL };
	struct mcp_server_info info = { "mcpdb-agent", "mcpdb", "0.1.0", "Read-only SQL." };
	struct mcp_server *srv = NULL;
	char line[512];

	TEST(mcp_server_new(&b, &info, &srv) == 0, "mcp_server_new");
	ss = new_session(srv);
	TEST(ss != NULL, "mcp_session_new");

	/* Bad input before anything else; each gets one answer with id null unless said. */
	expect("invalid JSON", "{\"jsonrpc\":\"2.0\",", 1, JRPC_PARSE_ERROR, "\"id\":null");
	expect("NUL byte", "{\"jsonrpc\":\"2.0\",\"id\":1,\0\"method\":\"ping\"}", 1, JRPC_PARSE_ERROR, NULL);
	reset();
	mcp_session_handle(ss, "{\"jsonrpc\":\"2.0\",\"id\":1,\0\"method\":\"ping\"}", 38, NULL);
	TEST(nmsgs == 1 && code_of(0) == JRPC_PARSE_ERROR && has(0, "NUL"), "raw NUL inside: -32700 naming NUL");
	expect("invalid UTF-8", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p\xff\xfeing\"}", 1,
	    JRPC_PARSE_ERROR, "UTF-8");
	expect("lone surrogate escape in the id", "{\"jsonrpc\":\"2.0\",\"id\":\"\\ud800\",\"method\":\"ping\"}", 1,
	    JRPC_INVALID_REQUEST, "\"id\":null");
	expect("lone surrogate escape in params", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\"x\":\"\\udc00\"}}", 1,
	    JRPC_INVALID_PARAMS, "surrogate");
	expect("overlong UTF-8", "{\"jsonrpc\":\"2.0\",\"id\":\"\xc0\xaf\",\"method\":\"ping\"}", 1,
	    JRPC_PARSE_ERROR, "UTF-8");
	expect("UTF-16 surrogate as UTF-8", "{\"jsonrpc\":\"2.0\",\"id\":\"\xed\xa0\x80\",\"method\":\"ping\"}", 1,
	    JRPC_PARSE_ERROR, "UTF-8");
	expect("id with an escaped NUL is echoed", "{\"jsonrpc\":\"2.0\",\"id\":\"a\\u0000b\",\"method\":\"ping\"}", 1,
	    0, "\"id\":\"a\\u0000b\"");
	expect("trailing garbage", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x", 1, JRPC_PARSE_ERROR, NULL);
	expect("two objects on one line", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}{}", 1, JRPC_PARSE_ERROR, NULL);
	{
		size_t depth = 100000;
		char *deep = malloc(2 * depth + 1);
		memset(deep, '[', depth);
		memset(deep + depth, ']', depth);
		deep[2 * depth] = '\0';
		expect("100,000-deep nesting", deep, 1, JRPC_INVALID_REQUEST, "LIMIT_JSON_DEPTH");
		free(deep);
	}
	expect("batch", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", 1, JRPC_INVALID_REQUEST, "batch");
	expect("empty batch", "[]", 1, JRPC_INVALID_REQUEST, "batch");
	expect("not an object", "42", 1, JRPC_INVALID_REQUEST, "\"id\":null");
	expect("no jsonrpc member", "{\"id\":5,\"method\":\"ping\"}", 1, JRPC_INVALID_REQUEST, "\"id\":5");
	expect("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"ping\"}", 1, JRPC_INVALID_REQUEST, NULL);
	expect("id null", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", 1, JRPC_INVALID_REQUEST, "null");
	expect("id real", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", 1, JRPC_INVALID_REQUEST, "\"id\":null");
	expect("id bool", "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}", 1, JRPC_INVALID_REQUEST, NULL);
	expect("id object", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", 1, JRPC_INVALID_REQUEST, NULL);
	expect("method not a string", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":7}", 1, JRPC_INVALID_REQUEST, "\"id\":2");
	expect("params an array", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"params\":[]}", 1,
	    JRPC_INVALID_PARAMS, "\"id\":2");
	expect("method and result", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"result\":{}}", 1,
	    JRPC_INVALID_REQUEST, "never both");
	expect("malformed notification: params an array", "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":[]}",
	    0, 0, NULL);
	expect("malformed notification: jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"method\":\"x\"}", 0, 0, NULL);
	expect("malformed notification: numeric method", "{\"jsonrpc\":\"2.0\",\"method\":3}", 0, 0, NULL);
	expect("method with NUL escape", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\\u0000x\"}", 1,
	    JRPC_INVALID_REQUEST, NULL);
	expect("a client response is not answered", "{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}", 0, 0, NULL);
	expect("an error response is not answered", "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":1,\"message\":\"x\"}}", 0, 0, NULL);
	reset();
	mcp_session_oversize(ss, 5000000, NULL);
	TEST(nmsgs == 1 && code_of(0) == JRPC_INVALID_REQUEST && has(0, "4194304") && has(0, "\"id\":null"),
	    "oversize: -32600 naming the cap, id null");

	/* Legacy lifecycle. */
	expect("ping before initialize", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", 1, 0, "\"result\":{}");
	expect("tools/list before initialize", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", 1,
	    JRPC_INVALID_REQUEST, "initialize");
	expect("unknown notification ignored", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}", 0, 0, NULL);
	expect("initialize without version", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":{}}", 1,
	    JRPC_INVALID_PARAMS, "protocolVersion");
	expect("initialize 2025-06-18", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":"
	    "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
	    1, 0, "\"protocolVersion\":\"2025-06-18\"");
	TEST(has(0, "\"serverInfo\":{\"name\":\"mcpdb-agent\"") && has(0, "\"tools\":{\"listChanged\":false}") &&
	    has(0, "\"instructions\""), "initialize result: serverInfo, tools capability, instructions");
	expect("initialize twice", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"initialize\",\"params\":"
	    "{\"protocolVersion\":\"2025-06-18\"}}", 1, JRPC_INVALID_REQUEST, "already");
	expect("initialized notification with an id", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"notifications/initialized\"}",
	    1, JRPC_METHOD_NOT_FOUND, "without an \\\"id\\\"");
	expect("initialized notification", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", 0, 0, NULL);
	expect("tools/list (legacy)", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\",\"params\":{}}", 1, 0,
	    "\"tools\":[{\"name\":\"echo\"");
	TEST(!has(0, "resultType") && !has(0, "ttlMs"), "legacy tools/list: no 2026-07-28 fields");
	expect("tools/list with a cursor", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\",\"params\":{\"cursor\":\"x\"}}",
	    1, JRPC_INVALID_PARAMS, "cursor");
	expect("unknown method", "{\"jsonrpc\":\"2.0\",\"id\":\"u\",\"method\":\"resources/list\"}", 1,
	    JRPC_METHOD_NOT_FOUND, "\"id\":\"u\"");
	expect("tools/call echo", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
	    "\"arguments\":{\"text\":\"hi\"}}}", 1, 0, "\"text\":\"hi\"");
	TEST(mcp_session_inflight(ss) == 0, "synchronous completion leaves nothing in flight");
	expect("unknown tool", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":\"drop_db\"}}",
	    1, JRPC_INVALID_PARAMS, "Unknown tool");
	expect("tools/call without name", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{}}",
	    1, JRPC_INVALID_PARAMS, "name");
	expect("arguments not an object", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":"
	    "{\"name\":\"echo\",\"arguments\":[1]}}", 1, JRPC_INVALID_PARAMS, "arguments");

	/* Requests are independent; ids unique in flight; cancellation. */
	expect("slow call starts", "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":{\"name\":\"slow\"}}",
	    0, 0, NULL);
	TEST(mcp_session_inflight(ss) == 1, "slow call in flight");
	expect("ping behind a slow call", "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"ping\"}", 1, 0, "\"id\":11");
	expect("duplicate id in flight", "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\"}", 1,
	    JRPC_INVALID_REQUEST, "in flight");
	expect("\"10\" is not 10", "{\"jsonrpc\":\"2.0\",\"id\":\"10\",\"method\":\"ping\"}", 1, 0, "\"id\":\"10\"");
	expect("cancel unknown id ignored", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":99}}",
	    0, 0, NULL);
	TEST(mcp_session_inflight(ss) == 1 && ncancelled == 0, "unknown cancellation changes nothing");
	expect("cancel the slow call", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":10,"
	    "\"reason\":\"user\"}}", 0, 0, NULL);
	TEST(mcp_session_inflight(ss) == 0 && ncancelled == 1, "cancellation reached the backend; no answer");
	expect("cancel initialize ignored", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":3}}",
	    0, 0, NULL);

	/* Progress: only with a token, only increasing, then the answer. */
	expect("slow call with a progress token", "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"tools/call\",\"params\":"
	    "{\"name\":\"slow\",\"_meta\":{\"progressToken\":\"tok\"}}}", 0, 0, NULL);
	struct tools_call *pc = NULL;
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (calls[i].live)
			pc = &calls[i];
	TEST(pc != NULL && pc->opts.progress != NULL, "progress callback given when a token was sent");
	reset();
	if (pc) {
		pc->opts.progress(pc->opts.arg, 10, 0, "10 rows");
		pc->opts.progress(pc->opts.arg, 10, 0, "10 rows again");
		pc->opts.progress(pc->opts.arg, 20, 100, NULL);
		complete(pc, "done");
	}
	TEST(nmsgs == 3, "two progress notifications (the repeat dropped) and the answer");
	TEST(has(0, "\"method\":\"notifications/progress\"") && has(0, "\"progressToken\":\"tok\"") &&
	    has(0, "\"progress\":10") && has(0, "10 rows"), "first progress notification");
	TEST(has(1, "\"progress\":20") && has(1, "\"total\":100"), "second progress notification");
	TEST(code_of(2) == 0 && has(2, "\"id\":12"), "then the answer");
	expect("no progress callback without a token", "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"tools/call\",\"params\":"
	    "{\"name\":\"slow\"}}", 0, 0, NULL);
	pc = NULL;
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (calls[i].live)
			pc = &calls[i];
	TEST(pc != NULL && pc->opts.progress == NULL, "no token: no progress callback");
	if (pc)
		complete(pc, "x");

	/* In-flight ceiling. */
	reset();
	for (int i = 0; i < LIMIT_INFLIGHT; i++) {
		snprintf(line, sizeof(line), "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"tools/call\","
		    "\"params\":{\"name\":\"slow\"}}", 100 + i);
		feed(line);
	}
	TEST(nmsgs == 0 && mcp_session_inflight(ss) == LIMIT_INFLIGHT, "LIMIT_INFLIGHT calls in flight");
	expect("one more is refused", "{\"jsonrpc\":\"2.0\",\"id\":999,\"method\":\"tools/call\",\"params\":{\"name\":\"slow\"}}",
	    1, MCP_SERVER_BUSY, "retryAfterMs");
	expect("ping still served at the ceiling", "{\"jsonrpc\":\"2.0\",\"id\":998,\"method\":\"ping\"}", 1, 0, NULL);
	ncancelled = 0;
	mcp_session_cancel_all(ss);
	TEST(mcp_session_inflight(ss) == 0 && ncancelled == LIMIT_INFLIGHT, "cancel_all cancels every call");

	/* An answer the sink refuses (client not reading) becomes a short error. */
	refuse_over = 1000;
	expect("refused big answer", "{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"tools/call\",\"params\":{\"name\":\"big\"}}",
	    1, JRPC_INTERNAL_ERROR, "not reading");
	refuse_over = 0;

	/* Modern era: a fresh, never-initialized session. */
	mcp_session_free(ss);
	ss = new_session(srv);
	expect("discover", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\",\"params\":{" MODERN_META "}}",
	    1, 0, "\"supportedVersions\":[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\",\"2024-11-05\"]");
	TEST(has(0, "\"resultType\":\"complete\"") && has(0, "\"ttlMs\":") && has(0, "\"cacheScope\":\"public\"") &&
	    has(0, "\"io.modelcontextprotocol/serverInfo\":{\"name\":\"mcpdb-agent\""), "discover: resultType, cache hints, serverInfo");
	expect("discover without _meta", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\"}", 1, 0, "supportedVersions");
	expect("modern tools/list", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{" MODERN_META "}}",
	    1, 0, "\"resultType\":\"complete\"");
	TEST(has(0, "\"ttlMs\":") && has(0, "\"cacheScope\":\"public\"") && has(0, "io.modelcontextprotocol/serverInfo"),
	    "modern tools/list: ttlMs, cacheScope, serverInfo");
	expect("modern tools/call", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
	    "\"arguments\":{\"text\":\"m\"}," MODERN_META "}}", 1, 0, "\"resultType\":\"complete\"");
	expect("modern unknown tool", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\","
	    MODERN_META "}}", 1, JRPC_INVALID_PARAMS, "Unknown tool");
	expect("unsupported version", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\",\"params\":{\"_meta\":"
	    "{\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
	    1, MCP_UNSUPPORTED_VERSION, "\"requested\":\"2099-01-01\"");
	TEST(has(0, "\"supported\":[\"2026-07-28\""), "-32022 lists the supported versions");
	expect("missing client capabilities", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\",\"params\":{\"_meta\":"
	    "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}", 1, JRPC_INVALID_PARAMS, "clientCapabilities");
	expect("version not a string", "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\",\"params\":{\"_meta\":"
	    "{\"io.modelcontextprotocol/protocolVersion\":7}}}", 1, JRPC_INVALID_PARAMS, NULL);
	expect("modern ping removed", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":{" MODERN_META "}}",
	    1, JRPC_METHOD_NOT_FOUND, "removed");
	expect("no _meta, no initialize", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/list\"}", 1,
	    JRPC_INVALID_REQUEST, "initialize");
	{
		struct mcp_msg_ctx ctx = { NULL, "2025-11-25", 0, NULL, NULL };
		const char *m = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\",\"params\":{" MODERN_META "}}";
		reset();
		mcp_session_handle(ss, m, strlen(m), &ctx);
		TEST(nmsgs == 1 && code_of(0) == MCP_HEADER_MISMATCH, "header/_meta version mismatch: -32020");
		ctx.header_version = "2026-07-28";
		reset();
		mcp_session_handle(ss, m, strlen(m), &ctx);
		TEST(nmsgs == 1 && code_of(0) == 0, "matching header: served");

		/* HTTP routing headers: Mcp-Method always, Mcp-Name for tools/call. */
		const char *call = "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":"
		    "{\"name\":\"echo\",\"arguments\":{}," MODERN_META "}}";
		struct mcp_msg_ctx h = { NULL, "2026-07-28", 1, "tools/call", "echo" };
		reset();
		mcp_session_handle(ss, call, strlen(call), &h);
		TEST(nmsgs == 1 && code_of(0) == 0, "HTTP: matching Mcp-Method and Mcp-Name: served");
		h.header_name = "query";
		reset();
		mcp_session_handle(ss, call, strlen(call), &h);
		TEST(nmsgs == 1 && code_of(0) == MCP_HEADER_MISMATCH && has(0, "Mcp-Name"), "HTTP: Mcp-Name mismatch: -32020");
		h.header_name = NULL;
		reset();
		mcp_session_handle(ss, call, strlen(call), &h);
		TEST(nmsgs == 1 && code_of(0) == MCP_HEADER_MISMATCH, "HTTP: Mcp-Name missing on tools/call: -32020");
		h.header_name = "echo";
		h.header_method = "tools/list";
		reset();
		mcp_session_handle(ss, call, strlen(call), &h);
		TEST(nmsgs == 1 && code_of(0) == MCP_HEADER_MISMATCH && has(0, "Mcp-Method"), "HTTP: Mcp-Method mismatch: -32020");
		h.header_method = NULL;
		reset();
		mcp_session_handle(ss, m, strlen(m), &h);
		TEST(nmsgs == 1 && code_of(0) == MCP_HEADER_MISMATCH, "HTTP: Mcp-Method missing: -32020");
		h.header_method = "tools/list";
		reset();
		mcp_session_handle(ss, m, strlen(m), &h);
		TEST(nmsgs == 1 && code_of(0) == 0, "HTTP: tools/list needs no Mcp-Name");
	}

	/* Version negotiation for legacy clients. */
	static const struct { const char *ask, *get; } nego[] = {
		{ "2025-11-25", "2025-11-25" }, { "2025-06-18", "2025-06-18" }, { "2025-03-26", "2025-03-26" },
		{ "2024-11-05", "2024-11-05" }, { "2024-10-07", "2025-11-25" }, { "2026-07-28", "2025-11-25" },
		{ "banana", "2025-11-25" },
	};
	for (size_t i = 0; i < sizeof(nego) / sizeof(nego[0]); i++) {
		char want[80], name[120];
		mcp_session_free(ss);
		ss = new_session(srv);
		snprintf(line, sizeof(line), "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
		    "{\"protocolVersion\":\"%s\",\"capabilities\":{}}}", nego[i].ask);
		snprintf(want, sizeof(want), "\"protocolVersion\":\"%s\"", nego[i].get);
		snprintf(name, sizeof(name), "negotiation: %s -> %s", nego[i].ask, nego[i].get);
		reset();
		feed(line);
		TEST(nmsgs == 1 && has(0, want), name);
	}

	/* json helpers. */
	TEST(json_depth_ok("[[[]]]", 6, 3) && !json_depth_ok("[[[[]]]]", 8, 3), "depth check counts nesting");
	TEST(json_depth_ok("[\"[[[[[[\"]", 10, 2), "depth check skips brackets inside strings");
	TEST(json_depth_ok("[\"\\\"[[[[\"]", 11, 2), "depth check handles escaped quotes");
	yyjson_doc *d = NULL;
	char err[200];
	TEST(json_parse("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]", 40, 0, 64, &d, err, sizeof(err)) == E_TOOBIG,
	    "parser memory cap: E_TOOBIG");
	TEST(json_parse("{\"a\":[1]}", 9, 0, 0, &d, err, sizeof(err)) == 0 && d != NULL, "parse under the caps");
	yyjson_doc_free(d);

	mcp_session_free(ss);
	mcp_server_free(srv);
	reset();
	return test_summary();
}
