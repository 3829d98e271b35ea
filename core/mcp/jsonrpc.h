/* JSON-RPC 2.0 envelopes for MCP: classifying a parsed message (request, notification,
 * response) with the reasons a malformed one is refused, request ids kept beyond the life of
 * the parsed document, and the builders for responses, errors and notifications. */
#ifndef MCPDB_JSONRPC_H
#define MCPDB_JSONRPC_H

#include <stddef.h>
#include <stdint.h>
#include <yyjson.h>

#include "base/err.h"

/* Standard JSON-RPC codes and the MCP ones (2026-07-28 "Error Codes"). */
#define JRPC_PARSE_ERROR -32700
#define JRPC_INVALID_REQUEST -32600
#define JRPC_METHOD_NOT_FOUND -32601
#define JRPC_INVALID_PARAMS -32602
#define JRPC_INTERNAL_ERROR -32603
#define MCP_HEADER_MISMATCH -32020
#define MCP_MISSING_CLIENT_CAPABILITY -32021
#define MCP_UNSUPPORTED_VERSION -32022
/* The server is busy (LIMIT_INFLIGHT requests in flight): retry after error.data.retryAfterMs.
 * JSON-RPC leaves -32000..-32099 to servers; MCP 2026-07-28 reserves -32020..-32099 for codes
 * it assigns and names -32000..-32019 legacy, and assigns none for this: -32000 is the
 * server-error code clients already treat as retryable. Documented in README (JSON-RPC). */
#define MCP_SERVER_BUSY -32000
#define MCP_BUSY_RETRY_MS 500

/* Input echoed back in an error (a tool name, a version, a method) is cut to this many bytes
 * (at a UTF-8 boundary, marked "..."), so a hostile 1 MiB string is not sent back. */
#define JRPC_ECHO_BYTES 64

/* A request id (string or integer; MCP forbids null) or progress token, owned. */
enum jrpc_id_kind { JRPC_ID_NONE = 0, JRPC_ID_INT, JRPC_ID_UINT, JRPC_ID_STR };
struct jrpc_id {
	enum jrpc_id_kind kind;
	int64_t i;
	uint64_t u;
	char *s;
	size_t len;
};

/* jrpc_id_set: copy a string/integer value into id. 0; E_INVAL for any other type (null,
 * real, bool, array, object); E_NOMEM. id is cleared first. */
MUST_CHECK int jrpc_id_set(struct jrpc_id *id, yyjson_val *v);
/* jrpc_id_equal: same kind and value ("1" differs from 1). */
int jrpc_id_equal(const struct jrpc_id *a, const struct jrpc_id *b);
/* jrpc_id_val: the id as a value of doc (null for JRPC_ID_NONE); NULL on E_NOMEM. */
yyjson_mut_val *jrpc_id_val(yyjson_mut_doc *doc, const struct jrpc_id *id);
/* jrpc_id_clear: free and zero; safe on a zeroed id. */
void jrpc_id_clear(struct jrpc_id *id);

enum jrpc_kind { JRPC_REQUEST = 1, JRPC_NOTIFICATION, JRPC_RESPONSE };

struct jrpc_msg {
	enum jrpc_kind kind;
	int silent;           /* refused, but shaped as a notification (a method, no id): a
	                         notification is never answered, even when it is malformed */
	yyjson_val *id;       /* requests (and responses): the id value */
	const char *method;   /* requests and notifications; a C string without NULs */
	yyjson_val *params;   /* NULL when absent; else an object (arrays are refused) */
};

/* jrpc_classify: check root against JSON-RPC 2.0 as MCP uses it, before any dispatch. 0 with
 * *m filled, or E_INVAL with *code (-32600 invalid request, -32602 params not an object) and a
 * reason in err; m->id is then the request's id if it had a valid one (answer with it) or NULL
 * (answer with id null); m->silent: answer nothing (a malformed notification). Arrays
 * (batches) are refused here: the caller splits them where the protocol allows them. */
MUST_CHECK int jrpc_classify(yyjson_val *root, struct jrpc_msg *m, int *code, char *err, size_t errlen);

/* jrpc_echo: src cut for echoing in an error: at most JRPC_ECHO_BYTES bytes at a UTF-8
 * boundary, "..." appended when cut; dst holds at least JRPC_ECHO_BYTES + 4 bytes. */
const char *jrpc_echo(char *dst, size_t dstlen, const char *src);

/* jrpc_response_doc: a new doc holding {"jsonrpc":"2.0","id":id,"result":{}}; *resultp is the
 * empty result object to fill. NULL on E_NOMEM. */
yyjson_mut_doc *jrpc_response_doc(const struct jrpc_id *id, yyjson_mut_val **resultp);
/* jrpc_wrap_result: make {"jsonrpc","id","result":result} the root of doc (result already
 * lives in doc). 0 or E_NOMEM. */
MUST_CHECK int jrpc_wrap_result(yyjson_mut_doc *doc, const struct jrpc_id *id, yyjson_mut_val *result);
/* jrpc_error_doc: {"jsonrpc":"2.0","id":id|null,"error":{"code","message"}}; *datap (if not
 * NULL) gets a "data" object to fill. NULL on E_NOMEM. */
yyjson_mut_doc *jrpc_error_doc(const struct jrpc_id *id, int code, const char *message,
    yyjson_mut_val **datap);
/* jrpc_notification_doc: {"jsonrpc":"2.0","method":method,"params":{}}; *paramsp to fill. */
yyjson_mut_doc *jrpc_notification_doc(const char *method, yyjson_mut_val **paramsp);

#endif
