/* The MCP server layer: one dual-era server (legacy 2024-11-05 ... 2025-11-25 with the
 * initialize handshake; 2026-07-28 stateless with per-request _meta) over any transport.
 * A session is one connection's state (legacy handshake, requests in flight); each message is
 * answered through a sink, so a stdio session has one sink and an HTTP session one per POST. */
#ifndef MCPDB_MCP_H
#define MCPDB_MCP_H

#include <stddef.h>
#include <yyjson.h>

#include "base/err.h"
#include "mcp/tools.h"

struct mcp_server;
struct mcp_session;

/* The tools behind the server (core/mcp/tools.h in the agent; a fake in unit tests). The
 * semantics are those of tools_list / tools_call / tools_cancel. */
struct mcp_backend {
	yyjson_mut_val *(*list)(void *impl, yyjson_mut_doc *doc);
	int (*call)(void *impl, const char *name, yyjson_val *arguments,
	    const struct tools_call_opts *opts, struct tools_call **callp);
	void (*cancel)(void *impl, struct tools_call *call);
	void *impl;
};

/* Where answers go: send takes ownership of msg (malloc'd JSON, len bytes, unframed) and
 * returns 0, E_TOOBIG (the peer is not reading: the layer sends a short error instead) or
 * E_IO (the peer is gone). transport_send() has this shape. */
struct mcp_sink {
	int (*send)(void *arg, char *msg, size_t len);
	void *arg;
};

/* Identity for initialize / server/discover (strings not copied: must outlive the server). */
struct mcp_server_info {
	const char *name;          /* "mcpdb-agent" */
	const char *title;         /* may be NULL */
	const char *version;
	const char *instructions;  /* may be NULL */
};

/* Per-message context from the transport (NULL: the session's sink, no headers). For HTTP
 * the transport passes the decoded header values (Base64 sentinels already decoded); with
 * http_headers set, 2026-07-28 requests must carry Mcp-Method (and Mcp-Name for tools/call)
 * equal to the body, else -32020. */
struct mcp_msg_ctx {
	const struct mcp_sink *sink;   /* answers and progress of this message go here */
	const char *header_version;    /* MCP-Protocol-Version, checked against _meta */
	int http_headers;              /* 1: the message came over HTTP with these headers */
	const char *header_method;     /* Mcp-Method, or NULL when absent */
	const char *header_name;       /* Mcp-Name, or NULL when absent */
};

/* Protocol versions, newest first (modern, then legacy). */
extern const char *const mcp_supported_versions[];
#define MCP_MODERN_VERSION "2026-07-28"
#define MCP_LATEST_LEGACY_VERSION "2025-11-25"

/* mcp_server_new: b and info are copied (their pointers must outlive the server). */
MUST_CHECK int mcp_server_new(const struct mcp_backend *b, const struct mcp_server_info *info,
    struct mcp_server **out);
/* mcp_server_free: NULL is fine; free every session first. */
void mcp_server_free(struct mcp_server *s);

/* mcp_session_new: a connection's state; principal (copied) is passed to the tools. */
MUST_CHECK int mcp_session_new(struct mcp_server *s, const struct mcp_sink *sink,
    const char *principal, struct mcp_session **out);
/* mcp_session_free: cancels calls in flight (they are not answered); NULL is fine. */
void mcp_session_free(struct mcp_session *ss);

/* mcp_session_handle: one message (a stdio line or an HTTP body). Every request gets exactly
 * one answer, now or when its tool completes; notifications and responses get none. */
void mcp_session_handle(struct mcp_session *ss, const char *msg, size_t len, const struct mcp_msg_ctx *ctx);
/* mcp_session_oversize: a message passed the size cap after `seen` bytes: answer -32600. */
void mcp_session_oversize(struct mcp_session *ss, size_t seen, const struct mcp_msg_ctx *ctx);
/* mcp_session_inflight: requests started and not yet answered. */
size_t mcp_session_inflight(const struct mcp_session *ss);
/* mcp_session_cancel_all: cancel every call in flight, no answers (stdin EOF, shutdown). */
void mcp_session_cancel_all(struct mcp_session *ss);
/* mcp_session_cancel_sink: cancel the calls answering to sink_arg (an HTTP stream closed). */
void mcp_session_cancel_sink(struct mcp_session *ss, void *sink_arg);

#endif
