/* JSON-RPC 2.0 envelopes (jsonrpc.h): what makes a message a request, a notification or a
 * response, which malformed shapes are refused and with what words, owned copies of ids, and
 * the document builders the MCP layer sends. No I/O and no MCP semantics live here. */
#include "mcp/jsonrpc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/json.h"

void
jrpc_id_clear(struct jrpc_id *id)
{
	free(id->s);
	memset(id, 0, sizeof(*id));
}

int
jrpc_id_set(struct jrpc_id *id, yyjson_val *v)
{
	jrpc_id_clear(id);
	if (yyjson_is_sint(v)) {
		id->kind = JRPC_ID_INT;
		id->i = yyjson_get_sint(v);
	} else if (yyjson_is_uint(v)) {
		id->kind = JRPC_ID_UINT;
		id->u = yyjson_get_uint(v);
	} else if (yyjson_is_str(v)) {
		size_t len = yyjson_get_len(v);
		if ((id->s = malloc(len + 1)) == NULL)
			return E_NOMEM;
		memcpy(id->s, yyjson_get_str(v), len);
		id->s[len] = '\0';
		id->len = len;
		id->kind = JRPC_ID_STR;
	} else {
		return E_INVAL;
	}
	return 0;
}

int
jrpc_id_equal(const struct jrpc_id *a, const struct jrpc_id *b)
{
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case JRPC_ID_INT: return a->i == b->i;
	case JRPC_ID_UINT: return a->u == b->u;
	case JRPC_ID_STR: return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
	case JRPC_ID_NONE: return 1;
	}
	return 0;
}

yyjson_mut_val *
jrpc_id_val(yyjson_mut_doc *doc, const struct jrpc_id *id)
{
	switch (id->kind) {
	case JRPC_ID_INT: return yyjson_mut_sint(doc, id->i);
	case JRPC_ID_UINT: return yyjson_mut_uint(doc, id->u);
	case JRPC_ID_STR: return yyjson_mut_strncpy(doc, id->s, id->len);
	case JRPC_ID_NONE: break;
	}
	return yyjson_mut_null(doc);
}

static int
refuse(int *code, int c, char *err, size_t errlen, const char *msg)
{
	*code = c;
	snprintf(err, errlen, "%s", msg);
	return E_INVAL;
}

int
jrpc_classify(yyjson_val *root, struct jrpc_msg *m, int *code, char *err, size_t errlen)
{
	yyjson_val *jsonrpc, *id, *method, *params, *result, *error;

	memset(m, 0, sizeof(*m));
	*code = 0;
	if (yyjson_is_arr(root))
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "JSON-RPC batches (arrays) are not supported: MCP removed batching in "
		    "2025-06-18 (only a client that negotiated 2025-03-26 may send them); send one "
		    "message per line");
	if (!yyjson_is_obj(root))
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "a JSON-RPC message must be a JSON object");

	id = yyjson_obj_get(root, "id");
	method = yyjson_obj_get(root, "method");
	params = yyjson_obj_get(root, "params");
	result = yyjson_obj_get(root, "result");
	error = yyjson_obj_get(root, "error");
	/* Keep a well-formed id so the error can name the request it answers. */
	if (id != NULL && (yyjson_is_str(id) || yyjson_is_int(id)))
		m->id = id;
	/* A method and no id: a notification, answered never, even when malformed. */
	m->silent = method != NULL && id == NULL;

	if (method == NULL && (result != NULL || error != NULL)) {
		/* A response from the client (we send no requests): never answered. */
		m->kind = JRPC_RESPONSE;
		return 0;
	}
	if (method != NULL && (result != NULL || error != NULL))
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "a message has either \"method\" (a request or notification) or \"result\"/"
		    "\"error\" (a response), never both");
	jsonrpc = yyjson_obj_get(root, "jsonrpc");
	if (!yyjson_equals_str(jsonrpc, "2.0"))
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "\"jsonrpc\" must be the string \"2.0\"");
	if (id != NULL && m->id == NULL) {
		if (yyjson_is_null(id))
			return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
			    "\"id\" must not be null in MCP: use a string or an integer");
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "\"id\" must be a string or an integer");
	}
	if (method == NULL) {
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "a JSON-RPC request needs a \"method\"");
	}
	if (!yyjson_is_str(method) || !json_str_is_c(method) || yyjson_get_len(method) == 0)
		return refuse(code, JRPC_INVALID_REQUEST, err, errlen,
		    "\"method\" must be a non-empty string without NUL characters");
	if (params != NULL && !yyjson_is_obj(params))
		return refuse(code, JRPC_INVALID_PARAMS, err, errlen,
		    "\"params\" must be an object (MCP uses named parameters only)");
	m->method = yyjson_get_str(method);
	m->params = params;
	m->kind = id != NULL ? JRPC_REQUEST : JRPC_NOTIFICATION;
	return 0;
}

const char *
jrpc_echo(char *dst, size_t dstlen, const char *src)
{
	size_t n = strlen(src), cut = n;

	if (n > JRPC_ECHO_BYTES) {
		cut = JRPC_ECHO_BYTES;
		/* Back up over UTF-8 continuation bytes so the cut is at a character boundary. */
		while (cut > 0 && ((unsigned char)src[cut] & 0xC0) == 0x80)
			cut--;
	}
	snprintf(dst, dstlen, "%.*s%s", (int)cut, src, cut < n ? "..." : "");
	return dst;
}

static yyjson_mut_val *
envelope(yyjson_mut_doc *doc, const struct jrpc_id *id)
{
	yyjson_mut_val *root = yyjson_mut_obj(doc);

	if (root == NULL || !yyjson_mut_obj_add_str(doc, root, "jsonrpc", "2.0"))
		return NULL;
	if (id != NULL) {
		yyjson_mut_val *v = jrpc_id_val(doc, id);
		if (v == NULL || !yyjson_mut_obj_add_val(doc, root, "id", v))
			return NULL;
	}
	yyjson_mut_doc_set_root(doc, root);
	return root;
}

int
jrpc_wrap_result(yyjson_mut_doc *doc, const struct jrpc_id *id, yyjson_mut_val *result)
{
	yyjson_mut_val *root = envelope(doc, id);

	if (root == NULL || !yyjson_mut_obj_add_val(doc, root, "result", result))
		return E_NOMEM;
	return 0;
}

yyjson_mut_doc *
jrpc_response_doc(const struct jrpc_id *id, yyjson_mut_val **resultp)
{
	yyjson_mut_doc *doc = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *result;

	*resultp = NULL;
	if (doc == NULL)
		return NULL;
	if ((result = yyjson_mut_obj(doc)) == NULL || jrpc_wrap_result(doc, id, result) != 0) {
		yyjson_mut_doc_free(doc);
		return NULL;
	}
	*resultp = result;
	return doc;
}

yyjson_mut_doc *
jrpc_error_doc(const struct jrpc_id *id, int code, const char *message, yyjson_mut_val **datap)
{
	static const struct jrpc_id null_id;
	yyjson_mut_doc *doc = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *root, *error, *data = NULL;

	if (datap != NULL)
		*datap = NULL;
	if (doc == NULL)
		return NULL;
	if ((root = envelope(doc, id ? id : &null_id)) == NULL ||
	    (error = yyjson_mut_obj_add_obj(doc, root, "error")) == NULL ||
	    !yyjson_mut_obj_add_int(doc, error, "code", code) ||
	    !yyjson_mut_obj_add_strcpy(doc, error, "message", message) ||
	    (datap != NULL && (data = yyjson_mut_obj_add_obj(doc, error, "data")) == NULL)) {
		yyjson_mut_doc_free(doc);
		return NULL;
	}
	if (datap != NULL)
		*datap = data;
	return doc;
}

yyjson_mut_doc *
jrpc_notification_doc(const char *method, yyjson_mut_val **paramsp)
{
	yyjson_mut_doc *doc = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *root, *params;

	*paramsp = NULL;
	if (doc == NULL)
		return NULL;
	if ((root = envelope(doc, NULL)) == NULL ||
	    !yyjson_mut_obj_add_str(doc, root, "method", method) ||
	    (params = yyjson_mut_obj_add_obj(doc, root, "params")) == NULL) {
		yyjson_mut_doc_free(doc);
		return NULL;
	}
	*paramsp = params;
	return doc;
}
