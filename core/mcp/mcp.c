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

#define STR_(x) #x
#define STR(x) STR_(x)

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
	struct mcp_sink notify;     /* progress: the sink, or the batch's own sink for elements */
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
	int closing;            /* cancel_all: batches still open are dropped, not sent */
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

static void batch_forget(const struct mcp_sink *sink);
static struct mcp_sink notify_sink(const struct mcp_sink *sink);

static void
cancel_req(struct mcp_session *ss, struct mcp_req *r)
{
	struct mcp_sink sink = r->sink;

	req_unlink(ss, r);
	if (r->call != NULL)
		ss->srv->backend.cancel(ss->srv->backend.impl, r->call);
	req_free(r);
	batch_forget(&sink);  /* a cancelled batch element yields no answer */
}

void
mcp_session_cancel_all(struct mcp_session *ss)
{
	ss->closing = 1;
	while (ss->inflight != NULL)
		cancel_req(ss, ss->inflight);
	ss->closing = 0;
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

/* LIMIT_INFLIGHT reached: a server error with a retry hint (MCP_SERVER_BUSY in jsonrpc.h). */
static void
send_busy(const struct mcp_sink *sink, const struct jrpc_id *id)
{
	yyjson_mut_val *data;
	yyjson_mut_doc *doc = jrpc_error_doc(id, MCP_SERVER_BUSY, "server busy: " STR(LIMIT_INFLIGHT)
	    " requests in flight (LIMIT_INFLIGHT); retry after data.retryAfterMs, or wait for answers "
	    "before sending more", &data);

	if (doc != NULL && !yyjson_mut_obj_add_int(doc, data, "retryAfterMs", MCP_BUSY_RETRY_MS)) {
		yyjson_mut_doc_free(doc);
		doc = NULL;
	}
	send_doc(sink, doc, id);
}

static const struct mcp_sink *
ctx_sink(struct mcp_session *ss, const struct mcp_msg_ctx *ctx)
{
	return ctx != NULL && ctx->sink != NULL ? ctx->sink : &ss->sink;
}

/* Batches (2025-03-26 only) ---------------------------------------------------------------- */

/* A JSON-RPC batch in progress: each element is handled as if sent alone, its answer (if any)
 * collected here through a sink of its own; the array goes out once every answer is in.
 * Notifications yield no element; a batch of notifications alone yields no response. */
struct batch {
	struct mcp_session *ss;
	struct mcp_sink out;       /* where the array goes */
	struct mcp_sink sink;      /* the elements' sink: batch_send */
	size_t expected, received;
	int sealed;                /* every element has been handled (expected is final) */
	char **msgs;
	size_t *lens;
	size_t bytes;
};

static int
batch_allowed(const struct mcp_session *ss)
{
	/* 2025-03-26 requires receivers to accept batches; 2025-06-18 removed them. */
	return ss->initialized && ss->version != NULL && strcmp(ss->version, "2025-03-26") == 0;
}

static void
batch_free(struct batch *b)
{
	for (size_t i = 0; i < b->received; i++)
		free(b->msgs[i]);
	free(b->msgs);
	free(b->lens);
	free(b);
}

/* Sends the array once it is complete (nothing when no element was answered). */
static void
batch_maybe_flush(struct batch *b)
{
	char *out, *w;

	if (!b->sealed || b->received < b->expected)
		return;
	if (b->received > 0 && !b->ss->closing) {
		if ((out = malloc(b->bytes + b->received + 2)) == NULL) {
			log_error("out of memory for a batch answer of %zu bytes", b->bytes);
		} else {
			w = out;
			*w++ = '[';
			for (size_t i = 0; i < b->received; i++) {
				if (i > 0)
					*w++ = ',';
				memcpy(w, b->msgs[i], b->lens[i]);
				w += b->lens[i];
			}
			*w++ = ']';
			if (b->out.send(b->out.arg, out, (size_t)(w - out)) != 0)
				log_warn("a batch answer of %zu bytes was not sent (the client is not reading "
				    "or is gone)", (size_t)(w - out));
		}
	}
	batch_free(b);
}

static int
batch_send(void *arg, char *msg, size_t len)
{
	struct batch *b = arg;

	if (b->received >= b->expected && b->sealed) {
		free(msg);  /* cannot happen: each element is answered at most once */
		return E_INVAL;
	}
	b->msgs[b->received] = msg;
	b->lens[b->received] = len;
	b->received++;
	b->bytes += len;
	batch_maybe_flush(b);
	return 0;
}

/* The sink a request's notifications (progress) go to: never into the batch array. */
static struct mcp_sink
notify_sink(const struct mcp_sink *sink)
{
	if (sink->send == batch_send)
		return ((struct batch *)sink->arg)->out;
	return *sink;
}

/* A batch element was cancelled: it will not be answered. */
static void
batch_forget(const struct mcp_sink *sink)
{
	struct batch *b;

	if (sink->send != batch_send)
		return;
	b = sink->arg;
	b->expected--;
	batch_maybe_flush(b);
}

static int handle_value(struct mcp_session *ss, yyjson_val *root, const struct mcp_msg_ctx *ctx,
    int bad_unicode);

static void
handle_batch(struct mcp_session *ss, yyjson_val *arr, const struct mcp_msg_ctx *ctx)
{
	size_t n = yyjson_arr_size(arr), i, max;
	struct mcp_msg_ctx bctx;
	struct batch *b;
	yyjson_val *v;

	if (n == 0) {
		send_error(ctx_sink(ss, ctx), NULL, JRPC_INVALID_REQUEST, "an empty batch: send at "
		    "least one message in the array");
		return;
	}
	if ((b = calloc(1, sizeof(*b))) == NULL || (b->msgs = calloc(n, sizeof(char *))) == NULL ||
	    (b->lens = calloc(n, sizeof(size_t))) == NULL) {
		if (b != NULL) {
			free(b->msgs);
			free(b);
		}
		send_error(ctx_sink(ss, ctx), NULL, JRPC_INTERNAL_ERROR, "out of memory for a batch of %zu", n);
		return;
	}
	b->ss = ss;
	b->out = *ctx_sink(ss, ctx);
	b->sink.send = batch_send;
	b->sink.arg = b;
	memset(&bctx, 0, sizeof(bctx));
	if (ctx != NULL)
		bctx = *ctx;
	bctx.sink = &b->sink;
	/* Each element is answered at most once: counting before handling keeps batch_send's
	 * slot array in bounds (expected grows by what each element will be answered). */
	b->expected = n;
	yyjson_arr_foreach(arr, i, max, v) {
		if (handle_value(ss, v, &bctx, 0) == 0)
			b->expected--;
	}
	b->sealed = 1;
	batch_maybe_flush(b);
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
	char echo[JRPC_ECHO_BYTES + 4];
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
	log_info("initialize: client asked %s, speaking %s", jrpc_echo(echo, sizeof(echo), want), chosen);
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
	send_doc(&r->notify, doc, NULL);
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
	char echo[JRPC_ECHO_BYTES + 4];
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
		send_busy(q->sink, &q->id);
		return;
	}
	if ((r = calloc(1, sizeof(*r))) == NULL)
		goto nomem;
	r->ss = ss;
	r->modern = q->modern;
	r->sink = *q->sink;
	r->notify = notify_sink(q->sink);
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
			    "names the tools this server has)", jrpc_echo(echo, sizeof(echo), name));
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
			char echo[JRPC_ECHO_BYTES + 4];
			log_info("cancelled by the client%s%s", reason ? ": " : "",
			    reason ? jrpc_echo(echo, sizeof(echo), reason) : "");
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
	char e1[JRPC_ECHO_BYTES + 4], e2[JRPC_ECHO_BYTES + 4];

	if (ctx->header_method == NULL || strcmp(ctx->header_method, q->method) != 0) {
		send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "the Mcp-Method header (%s) must "
		    "equal the request's method (%s)", jrpc_echo(e1, sizeof(e1), ctx->header_method ?
		    ctx->header_method : "missing"), jrpc_echo(e2, sizeof(e2), q->method));
		return -1;
	}
	if (strcmp(q->method, "tools/call") != 0)
		return 0;
	name = json_obj_str(q->params, "name");
	if (name != NULL && (ctx->header_name == NULL || strcmp(ctx->header_name, name) != 0)) {
		send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "the Mcp-Name header (%s) must "
		    "equal params.name (%s)", jrpc_echo(e1, sizeof(e1), ctx->header_name ?
		    ctx->header_name : "missing"), jrpc_echo(e2, sizeof(e2), name));
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
	char e1[JRPC_ECHO_BYTES + 4], e2[JRPC_ECHO_BYTES + 4];
	const char *v;

	if (pv == NULL) {
		if (ctx != NULL && ctx->header_version != NULL &&
		    strcmp(ctx->header_version, MCP_MODERN_VERSION) == 0) {
			send_error(q->sink, &q->id, MCP_HEADER_MISMATCH, "MCP-Protocol-Version is %s but "
			    "the request has no _meta[\"%s\"]", jrpc_echo(e1, sizeof(e1), ctx->header_version),
			    META_VERSION);
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
		    yyjson_mut_obj_add_strcpy(doc, data, "requested", jrpc_echo(e1, sizeof(e1), v));
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
		    "not match _meta[\"%s\"] (%s)", jrpc_echo(e1, sizeof(e1), ctx->header_version),
		    META_VERSION, jrpc_echo(e2, sizeof(e2), v));
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
	char echo[JRPC_ECHO_BYTES + 4];
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
		/* No request has that name (JSON-RPC: method not found); say what was meant. */
		send_error(q.sink, &q.id, JRPC_METHOD_NOT_FOUND, "%s is a notification, not a request: "
		    "send it without an \"id\"", jrpc_echo(echo, sizeof(echo), q.method));
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
		send_error(q.sink, &q.id, JRPC_METHOD_NOT_FOUND, "method not found: %s (this server "
		    "offers initialize, server/discover, ping, tools/list, tools/call)",
		    jrpc_echo(echo, sizeof(echo), q.method));
	}
out:
	jrpc_id_clear(&q.id);
}

/* One parsed message (an object, or anything invalid). Returns 1 when it is answered (now or
 * when its tool completes), 0 when it never is (notifications, responses, malformed
 * notifications). bad_unicode: a string holds a lone surrogate escape (\uD800): JSON syntax
 * allows it, Unicode does not, so a request is refused as invalid params, not a parse error. */
static int
handle_value(struct mcp_session *ss, yyjson_val *root, const struct mcp_msg_ctx *ctx, int bad_unicode)
{
	char err[ERR_MSG_BYTES];
	struct jrpc_msg m;
	int code;

	if (jrpc_classify(root, &m, &code, err, sizeof(err)) != 0) {
		struct jrpc_id id = { 0 };

		if (m.silent) {
			log_info("a malformed notification ignored (notifications are never answered): %s", err);
			return 0;
		}
		if (m.id != NULL && jrpc_id_set(&id, m.id) != 0)
			memset(&id, 0, sizeof(id));
		send_error(ctx_sink(ss, ctx), &id, code, "%s", err);
		jrpc_id_clear(&id);
		return 1;
	}
	switch (m.kind) {
	case JRPC_REQUEST:
		if (bad_unicode) {
			struct jrpc_id id = { 0 };

			if (yyjson_is_str(m.id) && strstr(yyjson_get_str(m.id), "\xEF\xBF\xBD") != NULL) {
				/* The id itself may be the bad string: it cannot be echoed faithfully. */
				send_error(ctx_sink(ss, ctx), NULL, JRPC_INVALID_REQUEST, "the request id is not "
				    "valid Unicode (a lone UTF-16 surrogate escape); use an integer or valid string");
				return 1;
			}
			if (jrpc_id_set(&id, m.id) == 0)
				send_error(ctx_sink(ss, ctx), &id, JRPC_INVALID_PARAMS, "a string in the request "
				    "is not valid Unicode: a lone UTF-16 surrogate escape (\\uD800-\\uDFFF without "
				    "its pair); send the character itself or a complete surrogate pair");
			jrpc_id_clear(&id);
			return 1;
		}
		handle_request(ss, &m, ctx);
		return 1;
	case JRPC_NOTIFICATION:
		if (bad_unicode)
			log_info("a notification with invalid Unicode ignored");
		else
			handle_notification(ss, &m);
		return 0;
	case JRPC_RESPONSE:
		log_debug("a response from the client ignored (this server sends no requests)");
		return 0;
	}
	return 0;
}

/* Replaces each lone UTF-16 surrogate escape (\uD800-\uDFFF without its pair) inside a JSON
 * string of buf by \uFFFD, in place (same length). Returns how many were replaced. JSON's
 * grammar allows them, yyjson (rightly) refuses them as Unicode: this tells the two apart. */
static size_t
replace_lone_surrogates(char *buf, size_t len)
{
	size_t n = 0;
	int in_str = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned hi, lo;
		char *end;

		if (buf[i] == '"') {
			in_str = !in_str;
			continue;
		}
		if (!in_str || buf[i] != '\\' || i + 1 >= len)
			continue;
		if (buf[i + 1] != 'u' || i + 6 > len) {
			i++;  /* a two-character escape */
			continue;
		}
		char hex[5] = { buf[i + 2], buf[i + 3], buf[i + 4], buf[i + 5], 0 };
		hi = (unsigned)strtoul(hex, &end, 16);
		if (*end != '\0') {
			i++;
			continue;
		}
		if (hi >= 0xD800 && hi <= 0xDBFF && i + 12 <= len && buf[i + 6] == '\\' && buf[i + 7] == 'u') {
			char hex2[5] = { buf[i + 8], buf[i + 9], buf[i + 10], buf[i + 11], 0 };
			lo = (unsigned)strtoul(hex2, &end, 16);
			if (*end == '\0' && lo >= 0xDC00 && lo <= 0xDFFF) {
				i += 11;  /* a complete pair */
				continue;
			}
		}
		if (hi >= 0xD800 && hi <= 0xDFFF) {
			memcpy(buf + i + 2, "FFFD", 4);
			n++;
		}
		i += 5;
	}
	return n;
}

void
mcp_session_handle(struct mcp_session *ss, const char *msg, size_t len, const struct mcp_msg_ctx *ctx)
{
	char err[ERR_MSG_BYTES], err2[ERR_MSG_BYTES];
	char *fixed;
	yyjson_doc *doc = NULL;
	yyjson_val *root;
	int r, bad_unicode = 0;

	r = json_parse(msg, len, 0, 0, &doc, err, sizeof(err));
	if (r == E_INVAL && strstr(err, "surrogate") != NULL && (fixed = malloc(len)) != NULL) {
		memcpy(fixed, msg, len);
		if (replace_lone_surrogates(fixed, len) > 0 &&
		    json_parse(fixed, len, 0, 0, &doc, err2, sizeof(err2)) == 0) {
			r = 0;
			bad_unicode = 1;
		}
		free(fixed);
	}
	if (r != 0) {
		log_info("refused a message of %zu bytes: %s", len, err);
		send_error(ctx_sink(ss, ctx), NULL, r == E_INVAL ? JRPC_PARSE_ERROR : JRPC_INVALID_REQUEST,
		    "%s", err);
		return;
	}
	root = yyjson_doc_get_root(doc);
	if (yyjson_is_arr(root) && batch_allowed(ss) && !bad_unicode)
		handle_batch(ss, root, ctx);
	else
		(void)handle_value(ss, root, ctx, bad_unicode);
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
