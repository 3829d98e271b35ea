/* The SQL guard's entry point: size and byte checks, parsing with libpg_query into the
 * protobuf tree, the statement-root rules (one statement; SELECT, EXPLAIN of a SELECT, SHOW of
 * a safe setting), then the walker, the names/policy pass and the rewrite, and finally the
 * deparse. Owns struct sqlg_result's memory and the per-check scratch context. */
#include "guard/sqlguard.h"

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pg_query.h>

#include "base/limits.h"
#include "guard/sqlguard_int.h"

static const char *const default_search_path[] = {"public", NULL};

int
sqlg_reject(struct sqlg_ctx *c, const char *code, const char *fmt, ...)
{
	va_list ap;
	char buf[512];

	if (c->rejected || c->failed)
		return -1;
	c->rejected = 1;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	c->res->allowed = 0;
	c->res->code = code;
	free(c->res->reason);
	c->res->reason = strdup(buf);
	if (c->res->reason == NULL)
		c->failed = 1;
	return -1;
}

int
sqlg_nomem(struct sqlg_ctx *c)
{
	c->failed = 1;
	return -1;
}

/* The check's arena. A parse tree unpacks into hundreds of small allocations that all die
 * together at the end of the check; with malloc/free each (musl's mallocng maps and unmaps a
 * page group for such bursts) that cost more than the unpacking itself. So everything a
 * check allocates is bump-allocated from blocks released at the end; the first block is
 * kept per thread for the next check, so a typical check calls malloc for none of it. */
#define ARENA_BLOCK (64u << 10)

struct sqlg_block {
	struct sqlg_block *next;
	size_t cap;                        /* bytes in data */
	max_align_t data[];
};

static _Thread_local struct sqlg_block *spare_block;  /* ARENA_BLOCK bytes, or NULL */

static void *
arena_get(struct sqlg_ctx *c, size_t n)
{
	struct sqlg_block *b = c->blocks;
	void *p;

	if (n > SIZE_MAX / 2)
		return NULL;
	n = n ? (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1) : sizeof(max_align_t);
	if (b == NULL || b->cap - c->used < n) {
		size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		if (cap == ARENA_BLOCK && spare_block != NULL) {
			b = spare_block;      /* taken: a nested check would get its own */
			spare_block = NULL;
		} else if ((b = malloc(sizeof(*b) + cap)) == NULL) {
			return NULL;
		}
		b->cap = cap;
		b->next = c->blocks;
		c->blocks = b;
		c->used = 0;
	}
	p = (char *)b->data + c->used;
	c->used += n;
	return p;
}

static void
arena_release(struct sqlg_ctx *c)
{
	while (c->blocks != NULL) {
		struct sqlg_block *b = c->blocks;
		c->blocks = b->next;
		if (b->cap == ARENA_BLOCK && spare_block == NULL)
			spare_block = b;
		else
			free(b);
	}
}

/* protobuf-c's allocator interface over the arena (freeing is the arena's release). */
static void *
pb_alloc(void *ctx, size_t n)
{
	struct sqlg_ctx *c = ctx;
	void *p = arena_get(c, n);

	if (p == NULL)
		c->failed = 1;
	return p;
}

static void
pb_free(void *ctx, void *p)
{
	(void)ctx, (void)p;
}

void *
sqlg_alloc(struct sqlg_ctx *c, size_t n)
{
	void *p = arena_get(c, n);

	if (p == NULL) {
		c->failed = 1;
		return NULL;
	}
	return memset(p, 0, n);
}

char *
sqlg_strdup(struct sqlg_ctx *c, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = sqlg_alloc(c, n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

int
sqlg_list_add(struct sqlg_ctx *c, struct sqlg_list *l, const char *s)
{
	char **items, *copy;

	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->items[i], s) == 0)
			return 0;
	if (l->n >= 1024)  /* the walker's node cap bounds this too; keep lists readable */
		return 0;
	items = realloc(l->items, (l->n + 1) * sizeof(*items));
	if (items == NULL)
		return sqlg_nomem(c);
	l->items = items;
	if ((copy = strdup(s)) == NULL)
		return sqlg_nomem(c);
	l->items[l->n++] = copy;
	return 0;
}

ProtobufCMessage *
sqlg_node_inner(const PgQuery__Node *n)
{
	const ProtobufCFieldDescriptor *f;

	if (n == NULL || n->node_case == PG_QUERY__NODE__NODE__NOT_SET)
		return NULL;
	f = protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, n->node_case);
	if (f == NULL)
		return NULL;
	return *(ProtobufCMessage **)((const char *)n + f->offset);
}

const char *
sqlg_node_str(const PgQuery__Node *n)
{
	if (n == NULL || n->node_case != PG_QUERY__NODE__NODE_STRING || n->string == NULL)
		return NULL;
	return n->string->sval;
}

int
sqlg_each_child(ProtobufCMessage *m, sqlg_child_fn fn, void *arg)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;
	int r;

	/* A Node is a oneof of ~270 message fields with exactly one set: go to it directly
	 * rather than visiting every field (most of a parse tree is Nodes). */
	if (d == &pg_query__node__descriptor) {
		ProtobufCMessage *inner = sqlg_node_inner((PgQuery__Node *)m);
		return inner != NULL ? fn(inner, arg) : 0;
	}
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		char *base = (char *)m;

		if (f->type != PROTOBUF_C_TYPE_MESSAGE)
			continue;
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			size_t n = *(size_t *)(base + f->quantifier_offset);
			ProtobufCMessage **v = *(ProtobufCMessage ***)(base + f->offset);
			for (size_t j = 0; j < n; j++)
				if (v[j] != NULL && (r = fn(v[j], arg)) != 0)
					return r;
			continue;
		}
		if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
			if (*(uint32_t *)(base + f->quantifier_offset) != f->id)
				continue;
		}
		ProtobufCMessage *child = *(ProtobufCMessage **)(base + f->offset);
		if (child != NULL && (r = fn(child, arg)) != 0)
			return r;
	}
	return 0;
}

static long
effective_max_rows(const struct sqlg_options *opt)
{
	long m = opt->max_rows > 0 ? opt->max_rows : LIMIT_DEFAULT_MAX_ROWS;

	if (opt->policy != NULL && opt->policy->max_rows_per_query > 0 &&
	    opt->policy->max_rows_per_query < m)
		m = opt->policy->max_rows_per_query;
	long ceiling = opt->max_rows_ceiling > 0 ? opt->max_rows_ceiling : LIMIT_MAX_ROWS_CEILING;

	if (m > ceiling)
		m = ceiling;
	return m;
}

/* EXPLAIN options: the harmless ones, and ANALYZE only when enabled. */
static int
check_explain(struct sqlg_ctx *c, PgQuery__ExplainStmt *e)
{
	static const char *const ok[] = {"verbose", "costs", "settings", "buffers", "wal",
	    "timing", "summary", "format", "generic_plan", "serialize", "memory", NULL};
	int analyze_ok = c->opt->allow_explain_analyze ||
	    (c->policy != NULL && c->policy->allow_explain_analyze);

	for (size_t i = 0; i < e->n_options; i++) {
		PgQuery__Node *n = e->options[i];
		const char *name;
		int known = 0;

		if (n->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			return sqlg_reject(c, "not_read_only", "This EXPLAIN option is not supported; use EXPLAIN or EXPLAIN (FORMAT JSON) of a SELECT.");
		name = n->def_elem->defname;
		if (strcmp(name, "analyze") == 0) {
			PgQuery__Node *a = n->def_elem->arg;
			int off = 0;
			/* ANALYZE false / off is a plain EXPLAIN */
			if (a != NULL && a->node_case == PG_QUERY__NODE__NODE_STRING && a->string->sval != NULL)
				off = strcmp(a->string->sval, "false") == 0 || strcmp(a->string->sval, "off") == 0;
			if (a != NULL && a->node_case == PG_QUERY__NODE__NODE_BOOLEAN)
				off = !a->boolean->boolval;
			if (a != NULL && a->node_case == PG_QUERY__NODE__NODE_INTEGER)
				off = a->integer->ival == 0;
			if (!off && !analyze_ok)
				return sqlg_reject(c, "explain_analyze_denied", "EXPLAIN ANALYZE executes the statement and is disabled by policy; use EXPLAIN without ANALYZE.");
			continue;
		}
		for (int k = 0; ok[k] != NULL; k++)
			known |= strcmp(name, ok[k]) == 0;
		if (!known)
			return sqlg_reject(c, "not_read_only", "EXPLAIN option \"%.64s\" is not allowed; use VERBOSE, COSTS, BUFFERS, SETTINGS, SUMMARY or FORMAT.", name);
		if (n->def_elem->arg != NULL &&
		    n->def_elem->arg->node_case != PG_QUERY__NODE__NODE_STRING &&
		    n->def_elem->arg->node_case != PG_QUERY__NODE__NODE_BOOLEAN &&
		    n->def_elem->arg->node_case != PG_QUERY__NODE__NODE_INTEGER)
			return sqlg_reject(c, "not_read_only", "EXPLAIN option \"%.64s\" takes a plain value.", name);
	}
	return 0;
}

/* The statement's root: what kind of statement this is, before anything else. */
static int
check_root(struct sqlg_ctx *c, PgQuery__Node *stmt, PgQuery__SelectStmt **sel)
{
	*sel = NULL;
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_SELECT_STMT:
		*sel = stmt->select_stmt;
		return 0;
	case PG_QUERY__NODE__NODE_EXPLAIN_STMT: {
		PgQuery__Node *q = stmt->explain_stmt->query;
		if (q == NULL || q->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
			return sqlg_reject(c, "not_read_only", "Only a SELECT may be explained; EXPLAIN of other statements (which ANALYZE would run) is not allowed.");
		c->res->is_explain = 1;  /* options are judged after the walk (check_explain) */
		*sel = q->select_stmt;
		return 0;
	}
	case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
		if (!sqlg_show_allowed(stmt->variable_show_stmt->name))
			return sqlg_reject(c, "show_denied", "SHOW %.64s is not allowed; SHOW server_version, TimeZone, DateStyle, search_path and similar harmless settings are.", stmt->variable_show_stmt->name);
		return 0;
	case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
		return sqlg_reject(c, "not_read_only", "Transaction control (BEGIN, COMMIT, ROLLBACK, ...) is not allowed; every call already runs in its own read-only transaction. Send a single SELECT.");
	case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
		return sqlg_reject(c, "not_read_only", "SET/RESET is not allowed; settings are fixed per call. Send a single SELECT.");
	case PG_QUERY__NODE__NODE_INSERT_STMT:
	case PG_QUERY__NODE__NODE_UPDATE_STMT:
	case PG_QUERY__NODE__NODE_DELETE_STMT:
	case PG_QUERY__NODE__NODE_MERGE_STMT:
		return sqlg_reject(c, "not_read_only", "Only read-only queries are allowed: this statement modifies data. Use SELECT to read.");
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		return sqlg_reject(c, "not_read_only", "CREATE TABLE AS / SELECT INTO creates a table and is not allowed; use a plain SELECT.");
	case PG_QUERY__NODE__NODE_COPY_STMT:
		return sqlg_reject(c, "not_read_only", "COPY is not allowed; use SELECT to read data.");
	case PG_QUERY__NODE__NODE_CALL_STMT:
	case PG_QUERY__NODE__NODE_DO_STMT:
		return sqlg_reject(c, "not_read_only", "CALL and DO run procedural code and are not allowed; use a SELECT.");
	default:
		return sqlg_reject(c, "not_read_only", "Only SELECT (with WITH, VALUES, UNION...), EXPLAIN of a SELECT and SHOW are allowed; this is a %s statement.",
		    sqlg_node_inner(stmt) ? sqlg_node_inner(stmt)->descriptor->short_name : "empty");
	}
}

/* Reparse of libpg_query's error: position, and depth errors as too_deep. */
static void
reject_parse_error(struct sqlg_ctx *c, const PgQueryError *e)
{
	const char *m = e->message ? e->message : "syntax error";

	if (strstr(m, "stack depth") != NULL || strstr(m, "too complex") != NULL ||
	    strstr(m, "memory exhausted") != NULL) {
		sqlg_reject(c, "too_deep", "The statement nests too deeply for the parser; flatten it (fewer nested parentheses, subqueries or expressions).");
		return;
	}
	c->res->cursor = e->cursorpos;
	sqlg_reject(c, "parse_error", "The SQL does not parse: %.200s (at character %d). Fix the syntax; PostgreSQL 17 grammar applies.",
	    m, e->cursorpos);
}

/* Checks the nesting depth and message count of the packed tree iteratively, before
 * protobuf-c's recursive unpacker sees it: a 5,000-term left-deep expression parses fine but
 * would overflow the stack when unpacked. 0 when within the caps. */
static int
wire_within_caps(const uint8_t *p, size_t len)
{
	enum { MAX = 2 * LIMIT_SQL_DEPTH + 16 };  /* a Node level is two messages */
	const ProtobufCMessageDescriptor *desc[MAX];
	size_t end[MAX], pos = 0;
	long messages = 0;
	int top = 0;

	desc[0] = &pg_query__parse_result__descriptor;
	end[0] = len;
	while (top >= 0) {
		uint64_t tag = 0, v = 0;
		int shift = 0;
		if (pos == end[top]) {
			top--;
			continue;
		}
		for (;;) {  /* the tag */
			if (pos >= len || shift > 63)
				return -1;
			tag |= (uint64_t)(p[pos] & 0x7f) << shift;
			shift += 7;
			if (!(p[pos++] & 0x80))
				break;
		}
		switch (tag & 7) {
		case 0:
			while (pos < len && (p[pos] & 0x80))
				pos++;
			pos++;
			break;
		case 1: pos += 8; break;
		case 5: pos += 4; break;
		case 2: {
			const ProtobufCFieldDescriptor *f;
			shift = 0;
			for (;;) {
				if (pos >= len || shift > 63)
					return -1;
				v |= (uint64_t)(p[pos] & 0x7f) << shift;
				shift += 7;
				if (!(p[pos++] & 0x80))
					break;
			}
			if (v > end[top] - pos)
				return -1;
			f = protobuf_c_message_descriptor_get_field(desc[top], (unsigned)(tag >> 3));
			if (f != NULL && f->type == PROTOBUF_C_TYPE_MESSAGE) {
				if (top + 1 >= MAX || ++messages > 4L * LIMIT_SQL_NODES)
					return -1;
				top++;
				desc[top] = f->descriptor;
				end[top] = pos + v;
			} else {
				pos += v;
			}
			break;
		}
		default:
			return -1;
		}
		if (pos > end[top])
			return -1;
	}
	return 0;
}

static int
pack_and_deparse(struct sqlg_ctx *c, PgQuery__ParseResult *tree)
{
	PgQueryProtobuf pb;
	PgQueryDeparseResult d;
	size_t n = pg_query__parse_result__get_packed_size(tree);
	int r = -1;

	if ((pb.data = arena_get(c, n ? n : 1)) == NULL)
		return sqlg_nomem(c);
	pb.len = pg_query__parse_result__pack(tree, (uint8_t *)pb.data);
	d = pg_query_deparse_protobuf(pb);
	if (d.error != NULL) {
		sqlg_reject(c, "internal", "The statement could not be rewritten (%.120s); simplify it.", d.error->message ? d.error->message : "deparse failed");
		goto out;
	}
	{
		/* Every rewrite must parse back to the very tree that was judged: libpg_query's
		 * deparser has dropped parentheses ((a OR b).f -> a OR b.f), type modifiers and $0,
		 * each time yielding valid SQL with another meaning (all found by fuzz_sqlguard).
		 * Checking every statement (about 15 us with the arena) closes the whole class
		 * instead of one construct at a time. */
		PgQueryProtobufParseResult again = pg_query_parse_protobuf(d.query);
		PgQuery__ParseResult *back = NULL;
		int bad = again.error != NULL ||
		    wire_within_caps((const uint8_t *)again.parse_tree.data, again.parse_tree.len) != 0;
		if (!bad) {
			back = pg_query__parse_result__unpack(&c->pba, again.parse_tree.len, (const uint8_t *)again.parse_tree.data);
			bad = back == NULL || !sqlg_tree_equal(&tree->base, &back->base);
		}
		pg_query_free_protobuf_parse_result(again);
		if (bad) {
			sqlg_reject(c, "unsupported", "The statement cannot be rewritten faithfully: libpg_query's deparser would change its meaning (field selection or subscripts on a parenthesised expression such as (a OR b).f or (ARRAY[...])[i], or XMLTABLE PASSING casts); move the expression into a subquery, or add an explicit cast such as (ARRAY[1,2]::int[])[1].");
			goto out;
		}
	}
	if ((c->res->rewritten = strdup(d.query)) == NULL) {
		sqlg_nomem(c);
		goto out;
	}
	r = 0;
out:
	pg_query_free_deparse_result(d);
	return r;
}

static void
fingerprint(struct sqlg_ctx *c, const char *sql)
{
	PgQueryFingerprintResult f = pg_query_fingerprint(sql);

	if (f.error == NULL && f.fingerprint_str != NULL)
		c->res->fingerprint = strdup(f.fingerprint_str);
	pg_query_free_fingerprint_result(f);
}

int
sqlg_check(const char *sql, size_t len, const struct sqlg_options *opt, struct sqlg_result *out)
{
	struct sqlg_ctx c;
	PgQueryProtobufParseResult pr = {{0, NULL}, NULL, NULL};
	PgQuery__ParseResult *tree = NULL;
	PgQuery__SelectStmt *sel = NULL;
	char *text = NULL;
	int r = E_INTERNAL, parsed = 0;

	memset(out, 0, sizeof(*out));
	memset(&c, 0, sizeof(c));
	c.opt = opt;
	c.policy = opt->policy;
	c.res = out;
	c.search_path = opt->search_path ? opt->search_path : default_search_path;
	c.pba.alloc = pb_alloc;
	c.pba.free = pb_free;
	c.pba.allocator_data = &c;

	if (len > LIMIT_SQL_BYTES) {
		sqlg_reject(&c, "too_large", "The statement is %zu bytes; the limit is %u. Send a shorter query (aggregate in SQL rather than listing values).",
		    len, (unsigned)LIMIT_SQL_BYTES);
		goto verdict;
	}
	if (memchr(sql, '\0', len) != NULL) {
		sqlg_reject(&c, "invalid_input", "The SQL contains a NUL byte; send plain text.");
		goto verdict;
	}
	{
		/* PostgreSQL rejects invalid UTF-8 itself, but only when the statement reaches it;
		 * the guard, `mcpdb check` and the audit log must not judge or print other bytes. */
		size_t bad = sqlg_utf8_invalid_at(sql, len);
		if (bad < len) {
			sqlg_reject(&c, "invalid_input", "The SQL is not valid UTF-8 (byte %zu is 0x%02x); send the statement as UTF-8 text.",
			    bad + 1, (unsigned)(unsigned char)sql[bad]);
			goto verdict;
		}
	}
	if ((text = arena_get(&c, len + 1)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	memcpy(text, sql, len);
	text[len] = '\0';

	pr = pg_query_parse_protobuf(text);
	if (pr.error != NULL) {
		reject_parse_error(&c, pr.error);
		goto verdict;
	}
	if (wire_within_caps((const uint8_t *)pr.parse_tree.data, pr.parse_tree.len) != 0) {
		sqlg_reject(&c, "too_deep", "The statement nests deeper than %d levels or is too large a tree; flatten nested expressions or subqueries, or split it.", LIMIT_SQL_DEPTH);
		goto verdict;
	}
	tree = pg_query__parse_result__unpack(&c.pba, pr.parse_tree.len, (const uint8_t *)pr.parse_tree.data);
	if (c.failed)
		goto verdict;  /* out of memory, not a verdict */
	if (tree == NULL) {
		sqlg_reject(&c, "too_deep", "The statement's tree could not be decoded (too deep or too large); simplify it.");
		goto verdict;
	}
	parsed = 1;
	if (tree->n_stmts == 0 || tree->stmts[0]->stmt == NULL) {
		sqlg_reject(&c, "empty", "The SQL contains no statement (only comments or whitespace); send one SELECT.");
		goto verdict;
	}
	if (tree->n_stmts > 1) {
		sqlg_reject(&c, "multiple_statements", "The SQL contains %zu statements; send exactly one statement per call, without a trailing second statement.",
		    tree->n_stmts);
		goto verdict;
	}
	if (check_root(&c, tree->stmts[0]->stmt, &sel) != 0)
		goto verdict;
	if (sel == NULL) {  /* SHOW: a setting name only; nothing to walk or rewrite */
		if (pack_and_deparse(&c, tree) == 0)
			out->allowed = 1;
		goto verdict;
	}
	if (sqlg_walk(&c, &sel->base) != 0)
		goto verdict;
	if (out->is_explain && check_explain(&c, tree->stmts[0]->stmt->explain_stmt) != 0)
		goto verdict;
	if (sqlg_names(&c, sel) != 0)
		goto verdict;
	if (c.range_vars_walked != c.range_vars_named || c.column_refs_walked != c.column_refs_named) {
		sqlg_reject(&c, "unsupported", "The statement uses a construct the guard cannot resolve names in (%ld/%ld relations, %ld/%ld columns); rewrite it more plainly.",
		    c.range_vars_named, c.range_vars_walked, c.column_refs_named, c.column_refs_walked);
		goto verdict;
	}
	if (sqlg_rewrite(&c, out->is_explain ? NULL : tree->stmts[0]->stmt, effective_max_rows(opt)) != 0)
		goto verdict;
	if (pack_and_deparse(&c, tree) != 0)
		goto verdict;
	out->allowed = 1;

verdict:
	if (c.failed) {
		r = E_NOMEM;
		goto out;
	}
	if (parsed && opt->want_fingerprint)
		fingerprint(&c, text);
	if (c.rejected) {
		out->allowed = 0;
		free(out->rewritten);
		out->rewritten = NULL;
	}
	r = 0;
out:
	pg_query_free_protobuf_parse_result(pr);
	arena_release(&c);  /* the tree, the SQL copy and all scratch data */
	if (r != 0) {
		sqlg_result_free(out);
		out->code = "internal";
	}
	return r;
}

static void
list_free(struct sqlg_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i]);
	free(l->items);
}

void
sqlg_result_free(struct sqlg_result *r)
{
	if (r == NULL)
		return;
	free(r->reason);
	free(r->rewritten);
	free(r->fingerprint);
	list_free(&r->relations);
	list_free(&r->columns);
	list_free(&r->functions);
	list_free(&r->masked);
	list_free(&r->user_functions);
	memset(r, 0, sizeof(*r));
}
