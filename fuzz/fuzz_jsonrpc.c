/* fuzz_jsonrpc: one message into the MCP dispatcher (after a legacy handshake) with a fake tool
 * backend. Properties: every answer is one well-formed JSON-RPC 2.0 object; a request (valid
 * object with a method and a string/integer id) gets exactly one answer, a notification none,
 * anything else at most one; no crash, no leak. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mcp/mcp.h"

static size_t answers;

static int
sink_send(void *arg, char *msg, size_t len)
{
	yyjson_doc *d = yyjson_read(msg, len, 0);
	yyjson_val *root = yyjson_doc_get_root(d);
	(void)arg;
	assert(yyjson_is_obj(root));
	assert(yyjson_equals_str(yyjson_obj_get(root, "jsonrpc"), "2.0"));
	/* answers only; notifications (progress) would have a method and no id */
	if (yyjson_obj_get(root, "result") || yyjson_obj_get(root, "error"))
		answers++;
	yyjson_doc_free(d);
	free(msg);
	return 0;
}

static yyjson_mut_val *
fake_list(void *impl, yyjson_mut_doc *doc)
{
	yyjson_mut_val *arr = yyjson_mut_arr(doc), *t = yyjson_mut_arr_add_obj(doc, arr);
	(void)impl;
	yyjson_mut_obj_add_str(doc, t, "name", "echo");
	yyjson_mut_obj_add_obj(doc, t, "inputSchema");
	return arr;
}

static int
fake_call(void *impl, const char *name, yyjson_val *args, const struct tools_call_opts *opts,
    struct tools_call **callp)
{
	static char call_token;
	yyjson_mut_doc *doc;
	yyjson_mut_val *res;
	(void)impl, (void)args;
	if (strcmp(name, "echo") != 0)
		return E_INVAL;
	*callp = (struct tools_call *)&call_token;
	doc = yyjson_mut_doc_new(NULL);
	res = yyjson_mut_obj(doc);
	yyjson_mut_obj_add_arr(doc, res, "content");
	opts->done(opts->arg, doc, res);  /* completes before tools_call returns */
	return 0;
}

static void fake_cancel(void *impl, struct tools_call *call) { (void)impl, (void)call; }

static int
is_request(const uint8_t *data, size_t size, int *notification)
{
	yyjson_doc *d = yyjson_read((const char *)data, size, 0);
	yyjson_val *root = yyjson_doc_get_root(d), *method = yyjson_obj_get(root, "method"), *id;
	int req = 0;

	*notification = 0;
	/* An empty method name, or one with an embedded NUL (it cannot be a C string), is
	 * malformed: at most one answer, like any other invalid message. */
	if (yyjson_is_obj(root) && yyjson_is_str(method) && yyjson_get_len(method) > 0 &&
	    strlen(yyjson_get_str(method)) == yyjson_get_len(method) &&
	    yyjson_equals_str(yyjson_obj_get(root, "jsonrpc"), "2.0")) {
		yyjson_val *params = yyjson_obj_get(root, "params");
		id = yyjson_obj_get(root, "id");
		/* params, when present, must be an object (MCP uses named parameters), or the message
		 * is an invalid request that JSON-RPC answers with id null even without an id. */
		*notification = id == NULL && (params == NULL || yyjson_is_obj(params));
		req = yyjson_is_str(id) || yyjson_is_int(id);
	}
	yyjson_doc_free(d);
	return req;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char init[] = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
	    "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"f\",\"version\":\"1\"}}}";
	static const char inited[] = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
	struct mcp_backend b = { fake_list, fake_call, fake_cancel, NULL };
	struct mcp_server_info info = { "mcpdb-agent", NULL, "0", NULL };
	struct mcp_sink sink = { sink_send, NULL };
	struct mcp_server *srv = NULL;
	struct mcp_session *ss = NULL;
	int notification, request = is_request(data, size, &notification);

	assert(mcp_server_new(&b, &info, &srv) == 0 && mcp_session_new(srv, &sink, "fuzz", &ss) == 0);
	mcp_session_handle(ss, init, sizeof(init) - 1, NULL);
	mcp_session_handle(ss, inited, sizeof(inited) - 1, NULL);
	answers = 0;
	mcp_session_handle(ss, (const char *)data, size, NULL);
	if (request)
		assert(answers == 1);
	else if (notification)
		assert(answers == 0);
	else
		assert(answers <= 1);
	mcp_session_free(ss);
	mcp_server_free(srv);
	return 0;
}
