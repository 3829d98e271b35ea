/* The dual-era MCP server (mcp.h): per-message validation and dispatch, the legacy handshake
 * and version negotiation, the 2026-07-28 per-request _meta rules, tools/list and tools/call
 * with progress and cancellation. Owns the sessions and their in-flight requests; every
 * request is answered exactly once through its sink, except after notifications/cancelled. */
#include "mcp/mcp.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/json.h"
#include "mcp/jsonrpc.h"
#include "base/limits.h"
#include "base/log.h"

const char *const mcp_supported_versions[] = {
	MCP_MODERN_VERSION, "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05", NULL,
};

#define META_VERSION "io.modelcontextprotocol/protocolVersion"
#define META_CAPS "io.modelcontextprotocol/clientCapabilities"
#define META_SERVER_INFO "io.modelcontextprotocol/serverInfo"

/* Cache hints on list/discover results (2026-07-28): the tool list never varies per client
 * and only changes with a new binary, so it is public and may be cached for an hour. */
#define MCP_LIST_TTL_MS 3600000

struct mcp_server {
	struct mcp_backend backend;
	struct mcp_server_info info;
};

struct mcp_req {
	struct mcp_req *next, *prev;
	struct mcp_session *ss;
	struct jrpc_id id;
	struct jrpc_id progress_token;
	double last_progress;
	int sent_progress;
	int modern;
	struct mcp_sink sink;
	struct tools_call *call;
	int starting;    /* inside backend.call: done may run before it returns */
	int finished;    /* done ran while starting */
};

struct mcp_session {
	struct mcp_server *srv;
	struct mcp_sink sink;
	char *principal;
	int initialized;        /* legacy: initialize answered */
	int client_ready;       /* legacy: notifications/initialized received */
	const char *version;    /* legacy: negotiated version */
	struct mcp_req *inflight;
	size_t ninflight;
};

/* Per-request facts gathered before dispatch. */
struct req {
	struct mcp_session *ss;
	const struct mcp_sink *sink;
	struct jrpc_id id;
	const char *method;
	yyjson_val *params;
	yyjson_val *meta;
	int modern;
};

int
mcp_server_new(const struct mcp_backend *b, const struct mcp_server_info *info, struct mcp_server **out)
{
	struct mcp_server *s;

	*out = NULL;
	if (b == NULL || b->list == NULL || b->call == NULL || b->cancel == NULL || info == NULL)
		return E_INVAL;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return E_NOMEM;
	s->backend = *b;
	s->info = *info;
	*out = s;
	return 0;
}

void
mcp_server_free(struct mcp_server *s)
{
	free(s);
}

int
mcp_session_new(struct mcp_server *s, const struct mcp_sink *sink, const char *principal,
    struct mcp_session **out)
{
	struct mcp_session *ss;

	*out = NULL;
	if ((ss = calloc(1, sizeof(*ss))) == NULL)
		return E_NOMEM;
	ss->srv = s;
	ss->sink = *sink;
	if ((ss->principal = strdup(principal ? principal : "unknown")) == NULL) {
		free(ss);
		return E_NOMEM;
	}
	*out = ss;
	return 0;
}

/* In-flight list -------------------------------------------------------------------------- */

static void
req_link(struct mcp_session *ss, struct mcp_req *r)
{
	r->prev = NULL;
	r->next = ss->inflight;
	if (ss->inflight)
		ss->inflight->prev = r;
	ss->inflight = r;
	ss->ninflight++;
}

static void
req_unlink(struct mcp_session *ss, struct mcp_req *r)
{
	if (r->prev)
		r->prev->next = r->next;
	else
		ss->inflight = r->next;
	if (r->next)
		r->next->prev = r->prev;
	r->next = r->prev = NULL;
	ss->ninflight--;
}

static void
req_free(struct mcp_req *r)
{
	if (r == NULL)
		return;
	jrpc_id_clear(&r->id);
	jrpc_id_clear(&r->progress_token);
	free(r);
}

static struct mcp_req *
find_inflight(struct mcp_session *ss, const struct jrpc_id *id)
{
	for (struct mcp_req *r = ss->inflight; r != NULL; r = r->next)
		if (jrpc_id_equal(&r->id, id))
			return r;
	return NULL;
}

static void
cancel_req(struct mcp_session *ss, struct mcp_req *r)
{
	req_unlink(ss, r);
	if (r->call != NULL)
		ss->srv->backend.cancel(ss->srv->backend.impl, r->call);
	req_free(r);
}

void
mcp_session_cancel_all(struct mcp_session *ss)
{
	while (ss->inflight != NULL)
		cancel_req(ss, ss->inflight);
}

void
mcp_session_cancel_sink(struct mcp_session *ss, void *sink_arg)
{
	struct mcp_req *r = ss->inflight, *next;

	for (; r != NULL; r = next) {
		next = r->next;
		if (r->sink.arg == sink_arg)
			cancel_req(ss, r);
	}
}

size_t
mcp_session_inflight(const struct mcp_session *ss)
{
	return ss->ninflight;
}

void
mcp_session_free(struct mcp_session *ss)
{
	if (ss == NULL)
		return;
	mcp_session_cancel_all(ss);
	free(ss->principal);
	free(ss);
}

/* Sending ----------------------------------------------------------------------------------- */

static void send_error(const struct mcp_sink *sink, const struct jrpc_id *id, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Serialises and sends doc (freed here). An answer refused for size becomes a short error. */
static void
send_doc(const struct mcp_sink *sink, yyjson_mut_doc *doc, const struct jrpc_id *id)
{
	size_t len = 0;
	char *s;
	int r;

	if (doc == NULL) {
		if (id != NULL)
			send_error(sink, id, JRPC_INTERNAL_ERROR, "out of memory building the answer");
		return;
	}
	s = json_write(doc, &len);
	yyjson_mut_doc_free(doc);
	if (s == NULL) {
		if (id != NULL)
			send_error(sink, id, JRPC_INTERNAL_ERROR, "internal error: the answer could not "
			    "be serialised as JSON");
		return;
	}
	r = sink->send(sink->arg, s, len);
	if (r == E_TOOBIG && id != NULL) {
		log_warn("answer of %zu bytes dropped: the client is not reading its output", len);
		send_error(sink, id, JRPC_INTERNAL_ERROR, "the answer (%zu bytes) was dropped because "
		    "the client is not reading its output (queue cap %u bytes, LIMIT_OUTPUT_QUEUE_BYTES)",
		    len, LIMIT_OUTPUT_QUEUE_BYTES);
	} else if (r != 0 && r != E_TOOBIG) {
		log_debug("answer not sent: %s", err_str(r));
	}
}

static void
send_error(const struct mcp_sink *sink, const struct jrpc_id *id, int code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	yyjson_mut_doc *doc;
	size_t len = 0;
	char *s;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if ((doc = jrpc_error_doc(id, code, msg, NULL)) == NULL)
		return;
	s = json_write(doc, &len);
	yyjson_mut_doc_free(doc);
	if (s != NULL && sink->send(sink->arg, s, len) != 0)
		log_debug("error answer not sent");
}

static const struct mcp_sink *
ctx_sink(struct mcp_session *ss, const struct mcp_msg_ctx *ctx)
{
	return ctx != NULL && ctx->sink != NULL ? ctx->sink : &ss->sink;
}

/* Result decoration ------------------------------------------------------------------------- */

static yyjson_mut_val *
server_info_val(yyjson_mut_doc *doc, const struct mcp_server_info *info)
{
	yyjson_mut_val *o = yyjson_mut_obj(doc);

	if (o == NULL || !yyjson_mut_obj_add_str(doc, o, "name", info->name) ||
	    !yyjson_mut_obj_add_str(doc, o, "version", info->version) ||
	    (info->title != NULL && !yyjson_mut_obj_add_str(doc, o, "title", info->title)))
		return NULL;
	return o;
}

/* 2026-07-28: every result says resultType and names the server in _meta. */
static int
decorate_modern(yyjson_mut_doc *doc, yyjson_mut_val *result, const struct mcp_server_info *info)
{
	yyjson_mut_val *meta, *si;

	if (yyjson_mut_obj_get(result, "resultType") == NULL &&
	    !yyjson_mut_obj_add_str(doc, result, "resultType", "complete"))
		return E_NOMEM;
	meta = yyjson_mut_obj_get(result, "_meta");
	if (!yyjson_mut_is_obj(meta)) {
		yyjson_mut_obj_remove_key(result, "_meta");
		if ((meta = yyjson_mut_obj_add_obj(doc, result, "_meta")) == NULL)
			return E_NOMEM;
	}
	if ((si = server_info_val(doc, info)) == NULL ||
	    !yyjson_mut_obj_put(meta, yyjson_mut_str(doc, META_SERVER_INFO), si))
		return E_NOMEM;
	return 0;
}

static int
add_cache_hints(yyjson_mut_doc *doc, yyjson_mut_val *result)
{
	if (!yyjson_mut_obj_add_int(doc, result, "ttlMs", MCP_LIST_TTL_MS) ||
	    !yyjson_mut_obj_add_str(doc, result, "cacheScope", "public"))
		return E_NOMEM;
	return 0;
}

static yyjson_mut_val *
capabilities_val(yyjson_mut_doc *doc)
{
	yyjson_mut_val *caps = yyjson_mut_obj(doc), *tools;

	if (caps == NULL || (tools = yyjson_mut_obj_add_obj(doc, caps, "tools")) == NULL ||
	    !yyjson_mut_obj_add_bool(doc, tools, "listChanged", false))
		return NULL;
	return caps;
}

/* Methods ------------------------------------------------------------------------------------ */

static int
is_legacy_version(const char *v)
{
	for (size_t i = 1; mcp_supported_versions[i] != NULL; i++)
		if (strcmp(v, mcp_supported_versions[i]) == 0)
			return 1;
	return 0;
}

static void
do_initialize(struct req *q)
{
	struct mcp_session *ss = q->ss;
	const struct mcp_server_info *info = &ss->srv->info;
	const char *want = json_obj_str(q->params, "protocolVersion");
	const char *chosen = NULL;
	yyjson_mut_val *result, *caps, *si;
	yyjson_mut_doc *doc;
	int ok;

	if (want == NULL) {
		send_error(q->sink, &q->id, JRPC_INVALID_PARAMS,
		    "initialize needs params.protocolVersion (a string such as \"%s\")",
		    MCP_LATEST_LEGACY_VERSION);
		return;
	}
	if (ss->initialized) {
		send_error(q->sink, &q->id, JRPC_INVALID_REQUEST,
		    "already initialized (protocol %s): initialize is sent once per connection",
		    ss->version);
		return;
	}
	/* Same version if we speak it, else our latest legacy one (the client decides). */
	for (size_t i = 1; mcp_supported_versions[i] != NULL; i++)
		if (strcmp(want, mcp_supported_versions[i]) == 0)
			chosen = mcp_supported_versions[i];
	if (chosen == NULL)
		chosen = MCP_LATEST_LEGACY_VERSION;
	if ((doc = jrpc_response_doc(&q->id, &result)) == NULL)
		goto nomem;
	ok = yyjson_mut_obj_add_str(doc, result, "protocolVersion", chosen) &&
	    (caps = capabilities_val(doc)) != NULL &&
	    yyjson_mut_obj_add_val(doc, result, "capabilities", caps) &&
	    (si = server_info_val(doc, info)) != NULL &&
	    yyjson_mut_obj_add_val(doc, result, "serverInfo", si) &&
	    (info->instructions == NULL ||
	    yyjson_mut_obj_add_str(doc, result, "instructions", info->instructions));
	if (!ok) {
		yyjson_mut_doc_free(doc);
		goto nomem;
	}
	ss->initialized = 1;
	ss->version = chosen;
	log_info("initialize: client asked %s, speaking %s", want, chosen);
	send_doc(q->sink, doc, &q->id);
	return;
nomem:
	send_error(q->sink, &q->id, JRPC_INTERNAL_ERROR, "out of memory");
}

static void
do_discover(struct req *q)
{
	const struct mcp_server_info *info = &q->ss->srv->info;
	yyjson_mut_val *result, *caps, *versions;
	yyjson_mut_doc *doc;
	int ok;

	if ((doc = jrpc_response_doc(&q->id, &result)) == NULL)
		goto nomem;
	ok = (versions = yyjson_mut_obj_add_arr(doc, result, "supportedVersions")) != NULL &&
	    (caps = capabilities_val(doc)) != NULL &&
	    yyjson_mut_obj_add_val(doc, result, "capabilities", caps) &&
	    (info->instructions == NULL ||
	    yyjson_mut_obj_add_str(doc, result, "instructions", info->instructions)) &&
	    add_cache_hints(doc, result) == 0 && decorate_modern(doc, result, info) == 0;
	for (size_t i = 0; ok && mcp_supported_versions[i] != NULL; i++)
		ok = yyjson_mut_arr_add_str(doc, versions, mcp_supported_versions[i]);
	if (!ok) {
		yyjson_mut_doc_free(doc);
		goto nomem;
	}
	send_doc(q->sink, doc, &q->id);
	return;
nomem:
	send_error(q->sink, &q->id, JRPC_INTERNAL_ERROR, "out of memory");
}

static void
do_ping(struct req *q)
{
	yyjson_mut_val *result;

	send_doc(q->sink, jrpc_response_doc(&q->id, &result), &q->id);
}

static void
do_tools_list(struct req *q)
{
	struct mcp_server *srv = q->ss->srv;
	yyjson_mut_val *result, *tools;
	yyjson_mut_doc *doc;

	if (yyjson_obj_get(q->params, "cursor") != NULL) {
		send_error(q->sink, &q->id, JRPC_INVALID_PARAMS, "invalid cursor: tools/list has a "
		    "single page and never returns nextCursor; call it without a cursor");
		return;
	}
	if ((doc = jrpc_response_doc(&q->id, &result)) == NULL)
		goto nomem;
	if ((tools = srv->backend.list(srv->backend.impl, doc)) == NULL ||
	    !yyjson_mut_obj_add_val(doc, result, "tools", tools) ||
	    (q->modern && (add_cache_hints(doc, result) != 0 ||
	    decorate_modern(doc, result, &srv->info) != 0))) {
		yyjson_mut_doc_free(doc);
		goto nomem;
	}
	send_doc(q->sink, doc, &q->id);
	return;
nomem:
	send_error(q->sink, &q->id, JRPC_INTERNAL_ERROR, "out of memory");
}

static void
on_tool_done(void *arg, yyjson_mut_doc *doc, yyjson_mut_val *result)
{
	struct mcp_req *r = arg;
	struct mcp_session *ss = r->ss;

	if (doc == NULL || result == NULL || !yyjson_mut_is_obj(result) ||
	    (r->modern && decorate_modern(doc, result, &ss->srv->info) != 0) ||
	    jrpc_wrap_result(doc, &r->id, result) != 0) {
		yyjson_mut_doc_free(doc);
		send_error(&r->sink, &r->id, JRPC_INTERNAL_ERROR, "internal error: the tool "
		    "returned no result object");
	} else {
		send_doc(&r->sink, doc, &r->id);
	}
	req_unlink(ss, r);
	r->call = NULL;
	if (r->starting)
		r->finished = 1;
	else
		req_free(r);
}

static void
on_tool_progress(void *arg, double progress, double total, const char *message)
{
	struct mcp_req *r = arg;
	yyjson_mut_val *params, *tok;
	yyjson_mut_doc *doc;

	if (r->progress_token.kind == JRPC_ID_NONE || r->finished)
		return;
	if (r->sent_progress && !(progress > r->last_progress))
		return;  /* progress MUST increase */
	if ((doc = jrpc_notification_doc("notifications/progress", &params)) == NULL)
		return;
	if ((tok = jrpc_id_val(doc, &r->progress_token)) == NULL ||
	    !yyjson_mut_obj_add_val(doc, params, "progressToken", tok) ||
	    !yyjson_mut_obj_add_real(doc, params, "progress", progress) ||
	    (total > 0 && !yyjson_mut_obj_add_real(doc, params, "total", total)) ||
	    (message != NULL && !yyjson_mut_obj_add_strcpy(doc, params, "message", message))) {
		yyjson_mut_doc_free(doc);
		return;
	}
	r->sent_progress = 1;
	r->last_progress = progress;
	send_doc(&r->sink, doc, NULL);
}

static void
do_tools_call(struct req *q)
{
	struct mcp_session *ss = q->ss;
	struct mcp_server *srv = ss->srv;
	const char *name = json_obj_str(q->params, "name");
	yyjson_val *args = yyjson_obj_get(q->params, "arguments");
	yyjson_val *token = yyjson_obj_get(q->meta, "progressToken");
	struct tools_call_opts opts;
	struct tools_call *call = NULL;
	struct mcp_req *r;
	int rc;

	if (name == NULL) {
		send_error(q->sink, &q->id, JRPC_INVALID_PARAMS,
		    "tools/call needs params.name: the tool name as a string (see tools/list)");
		return;
	}
	if (args != NULL && !yyjson_is_obj(args) && !yyjson_is_null(args)) {
		send_error(q->sink, &q->id, JRPC_INVALID_PARAMS,
		    "params.arguments must be an object of named arguments");
		return;
	}
	if (yyjson_is_null(args))
		args = NULL;
	if (ss->ninflight >= LIMIT_INFLIGHT) {
		send_error(q->sink, &q->id, JRPC_INTERNAL_ERROR, "too many requests in flight "
		    "(%u, LIMIT_INFLIGHT): wait for answers before sending more", LIMIT_INFLIGHT);
		return;
	}
	if ((r = calloc(1, sizeof(*r))) == NULL)
		goto nomem;
	r->ss = ss;
	r->modern = q->modern;
	r->sink = *q->sink;
	r->id = q->id;          /* ownership moves to r */
	memset(&q->id, 0, sizeof(q->id));
	if (token != NULL && jrpc_id_set(&r->progress_token, token) == E_NOMEM) {
		q->id = r->id;
		memset(&r->id, 0, sizeof(r->id));
		req_free(r);
		goto nomem;
	}
	memset(&opts, 0, sizeof(opts));
	opts.done = on_tool_done;
	opts.progress = r->progress_token.kind != JRPC_ID_NONE ? on_tool_progress : NULL;
	opts.arg = r;
	opts.principal = ss->principal;
	req_link(ss, r);
	r->starting = 1;
	rc = srv->backend.call(srv->backend.impl, name, args, &opts, &call);
	r->starting = 0;
	if (r->finished) {      /* answered synchronously */
		req_free(r);
		return;
	}
	if (rc != 0) {
		req_unlink(ss, r);
		if (rc == E_INVAL)
			send_error(&r->sink, &r->id, JRPC_INVALID_PARAMS, "Unknown tool: '%s' (tools/list "
			    "names the tools this server has)", name);
		else
			send_error(&r->sink, &r->id, JRPC_INTERNAL_ERROR, "the tool could not start: %s",
			    err_str(rc));
		req_free(r);
		return;
	}
	r->call = call;
	return;
nomem:
	send_error(q->sink, &q->id, JRPC_INTERNAL_ERROR, "out of memory");
}

/* Notifications -------------------------------------------------------------------------------- */

static void
handle_notification(struct mcp_session *ss, const struct jrpc_msg *m)
{
	if (strcmp(m->method, "notifications/initialized") == 0) {
		ss->client_ready = 1;
	} else if (strcmp(m->method, "notifications/cancelled") == 0) {
		struct jrpc_id id = { 0 };
		struct mcp_req *r;
		/* Unknown, finished or malformed ids are ignored, as the spec asks. */
		if (jrpc_id_set(&id, yyjson_obj_get(m->params, "requestId")) != 0)
			return;
		if ((r = find_inflight(ss, &id)) != NULL) {
			const char *reason = json_obj_str(m->params, "reason");
			log_info("cancelled by the client%s%s", reason ? ": " : "", reason ? reason : "");
			cancel_req(ss, r);
		}
		jrpc_id_clear(&id);
	} else {
		log_debug("notification %s ignored", m->method);
	}
}

/* Requests -------------------------------------------------------------------------------------- */

/* 2026-07-28 over HTTP: the routing headers must repeat the body. 0, or answered -32020. */
static int
check_http_headers(struct req *q, const struct mcp_msg_ctx *ctx)
{
	const char *name;

	if (ctx->header_method == NULL || strcmp(ctx->header_method, q->method) != 0) {
		send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "the Mcp-Method header (%.100s) must "
		    "equal the request's method (%.100s)", ctx->header_method ? ctx->header_method :
		    "missing", q->method);
		return -1;
	}
	if (strcmp(q->method, "tools/call") != 0)
		return 0;
	name = json_obj_str(q->params, "name");
	if (name != NULL && (ctx->header_name == NULL || strcmp(ctx->header_name, name) != 0)) {
		send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "the Mcp-Name header (%.100s) must "
		    "equal params.name (%.100s)", ctx->header_name ? ctx->header_name : "missing", name);
		return -1;
	}
	return 0;
}

/* Applies the 2026-07-28 rules when _meta names a protocol version. 0 to go on; else the
 * request has been answered with an error. */
static int
check_era(struct req *q, const struct mcp_msg_ctx *ctx)
{
	yyjson_val *pv = yyjson_obj_get(q->meta, META_VERSION);
	const char *v;

	if (pv == NULL) {
		if (ctx != NULL && ctx->header_version != NULL &&
		    strcmp(ctx->header_version, MCP_MODERN_VERSION) == 0) {
			send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "MCP-Protocol-Version is %s but "
			    "the request has no _meta[\"%s\"]", ctx->header_version, META_VERSION);
			return -1;
		}
		return 0;
	}
	if ((v = json_str_is_c(pv) ? yyjson_get_str(pv) : NULL) == NULL) {
		send_error(q->sink, &q->id, JRPC_INVALID_PARAMS, "_meta[\"%s\"] must be a string",
		    META_VERSION);
		return -1;
	}
	if (strcmp(v, MCP_MODERN_VERSION) != 0) {
		yyjson_mut_val *data, *arr;
		yyjson_mut_doc *doc;
		int ok;
		if (is_legacy_version(v))
			return 0;  /* a legacy client naming its version: the handshake rules apply */
		doc = jrpc_error_doc(&q->id, MCP_UNSUPPORTED_VERSION, "Unsupported protocol version",
		    &data);
		ok = doc != NULL && (arr = yyjson_mut_obj_add_arr(doc, data, "supported")) != NULL &&
		    yyjson_mut_obj_add_strcpy(doc, data, "requested", v);
		for (size_t i = 0; ok && mcp_supported_versions[i] != NULL; i++)
			ok = yyjson_mut_arr_add_str(doc, arr, mcp_supported_versions[i]);
		if (!ok) {
			yyjson_mut_doc_free(doc);
			doc = NULL;
		}
		send_doc(q->sink, doc, &q->id);
		return -1;
	}
	if (ctx != NULL && ctx->header_version != NULL && strcmp(ctx->header_version, v) != 0) {
		send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "MCP-Protocol-Version header (%s) does "
		    "not match _meta[\"%s\"] (%s)", ctx->header_version, META_VERSION, v);
		return -1;
	}
	if (ctx != NULL && ctx->http_headers && check_http_headers(q, ctx) != 0)
		return -1;
	if (!yyjson_is_obj(yyjson_obj_get(q->meta, META_CAPS)) &&
	    strcmp(q->method, "server/discover") != 0) {
		send_error(q->sink, &q->id, JRPC_INVALID_PARAMS, "2026-07-28 requests must carry "
		    "_meta[\"%s\"] (an object; {} when the client has none)", META_CAPS);
		return -1;
	}
	q->modern = 1;
	return 0;
}

static void
handle_request(struct mcp_session *ss, const struct jrpc_msg *m, const struct mcp_msg_ctx *ctx)
{
	struct req q;

	memset(&q, 0, sizeof(q));
	q.ss = ss;
	q.sink = ctx_sink(ss, ctx);
	q.method = m->method;
	q.params = m->params;
	q.meta = yyjson_obj_get(m->params, "_meta");
	if (!yyjson_is_obj(q.meta))
		q.meta = NULL;
	if (jrpc_id_set(&q.id, m->id) != 0) {
		log_error("out of memory for a request id");
		return;
	}
	log_debug("request %s", q.method);
	if (find_inflight(ss, &q.id) != NULL) {
		send_error(q.sink, &q.id, JRPC_INVALID_REQUEST, "request id already in use by a request "
		    "in flight: ids must be unique among requests awaiting an answer");
		goto out;
	}
	if (strncmp(q.method, "notifications/", 14) == 0) {
		send_error(q.sink, &q.id, JRPC_INVALID_REQUEST, "%s is a notification: send it without "
		    "an \"id\"", q.method);
		goto out;
	}
	if (check_era(&q, ctx) != 0)
		goto out;

	if (strcmp(q.method, "initialize") == 0) {
		do_initialize(&q);
	} else if (strcmp(q.method, "server/discover") == 0) {
		do_discover(&q);
	} else if (strcmp(q.method, "ping") == 0) {
		if (q.modern)
			send_error(q.sink, &q.id, JRPC_METHOD_NOT_FOUND, "ping was removed in %s",
			    MCP_MODERN_VERSION);
		else
			do_ping(&q);
	} else if (!q.modern && !ss->initialized) {
		send_error(q.sink, &q.id, JRPC_INVALID_REQUEST, "not initialized: send initialize first "
		    "(or, in %s, put _meta[\"%s\"] in each request)", MCP_MODERN_VERSION, META_VERSION);
	} else if (strcmp(q.method, "tools/list") == 0) {
		do_tools_list(&q);
	} else if (strcmp(q.method, "tools/call") == 0) {
		do_tools_call(&q);
	} else {
		send_error(q.sink, &q.id, JRPC_METHOD_NOT_FOUND, "method not found: %.100s (this server "
		    "offers initialize, server/discover, ping, tools/list, tools/call)", q.method);
	}
out:
	jrpc_id_clear(&q.id);
}

void
mcp_session_handle(struct mcp_session *ss, const char *msg, size_t len, const struct mcp_msg_ctx *ctx)
{
	char err[ERR_MSG_BYTES];
	struct jrpc_msg m;
	yyjson_doc *doc = NULL;
	int r, code;

	r = json_parse(msg, len, 0, 0, &doc, err, sizeof(err));
	if (r != 0) {
		log_info("refused a message of %zu bytes: %s", len, err);
		send_error(ctx_sink(ss, ctx), NULL, r == E_INVAL ? JRPC_PARSE_ERROR : JRPC_INVALID_REQUEST,
		    "%s", err);
		return;
	}
	if (jrpc_classify(yyjson_doc_get_root(doc), &m, &code, err, sizeof(err)) != 0) {
		struct jrpc_id id = { 0 };
		/* An answer only when it could be a request (notifications are never answered). */
		if (m.id != NULL && jrpc_id_set(&id, m.id) != 0)
			memset(&id, 0, sizeof(id));
		send_error(ctx_sink(ss, ctx), &id, code, "%s", err);
		jrpc_id_clear(&id);
		goto out;
	}
	switch (m.kind) {
	case JRPC_REQUEST:
		handle_request(ss, &m, ctx);
		break;
	case JRPC_NOTIFICATION:
		handle_notification(ss, &m);
		break;
	case JRPC_RESPONSE:
		log_debug("a response from the client ignored (this server sends no requests)");
		break;
	}
out:
	yyjson_doc_free(doc);
}

void
mcp_session_oversize(struct mcp_session *ss, size_t seen, const struct mcp_msg_ctx *ctx)
{
	log_warn("refused a message longer than %u bytes", LIMIT_MESSAGE_BYTES);
	send_error(ctx_sink(ss, ctx), NULL, JRPC_INVALID_REQUEST, "message too large: more than %u "
	    "bytes (LIMIT_MESSAGE_BYTES, %zu seen); it was skipped up to its newline",
	    LIMIT_MESSAGE_BYTES, seen);
}
