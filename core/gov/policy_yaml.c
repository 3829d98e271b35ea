/* The YAML policy loader: libyaml's event parser builds a small bounded tree (with the
 * line:column of every node, duplicate keys rejected as they arrive), then a strict validator
 * walks the tree into a struct policy. Owns the policy file format (docs/CONFIG.md), identifier
 * folding, the row_filter checks (shape here, content by the SQL guard's sqlg_check_row_filter)
 * and reading the hash key file (mode checks, SHA-256 derivation, wiping). */
#include "gov/policy_yaml.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <mbedtls/sha256.h>
#include <pg_query.h>
#include <yaml.h>
#include <yyjson.h>

#include "base/buf.h"
#include "base/limits.h"
#include "guard/sqlguard.h"

enum ykind { Y_SCALAR, Y_SEQ, Y_MAP };

struct ynode {
	enum ykind kind;
	int line, col;          /* 1-based */
	int quoted;             /* scalar written in quotes or as a block: always a string */
	char *text;             /* scalar text, NUL-terminated */
	size_t len;
	struct ynode **kids;    /* seq: items; map: key, value, key, value, ... */
	size_t n, cap;
};

struct ctx {
	const char *name;       /* file name for messages */
	const char *base_dir;
	char *err;
	size_t errlen;
	size_t nodes;
	yaml_parser_t parser;
	struct policy *p;
	int hash_used_line, hash_used_col; /* first {masker: hash}, for the missing-key message */
};

__attribute__((format(printf, 4, 5))) static int
fail(struct ctx *c, int line, int col, const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	if (c->errlen == 0)
		return E_CONFIG;
	if (line > 0)
		n = snprintf(c->err, c->errlen, "%s:%d:%d: ", c->name, line, col);
	else
		n = snprintf(c->err, c->errlen, "%s: ", c->name);
	if (n < 0 || (size_t)n >= c->errlen)
		return E_CONFIG;
	va_start(ap, fmt);
	vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
	va_end(ap);
	return E_CONFIG;
}

__attribute__((format(printf, 3, 4))) static int
fail_at(struct ctx *c, const struct ynode *at, const char *fmt, ...)
{
	va_list ap;
	char msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return fail(c, at->line, at->col, "%s", msg);
}

static void
ynode_free(struct ynode *n)
{
	if (n == NULL)
		return;
	for (size_t i = 0; i < n->n; i++)
		ynode_free(n->kids[i]);
	free(n->kids);
	free(n->text);
	free(n);
}

static int
ynode_new(struct ctx *c, enum ykind kind, const yaml_mark_t *m, struct ynode **out)
{
	struct ynode *n;

	*out = NULL;
	if (++c->nodes > LIMIT_POLICY_NODES)
		return fail(c, (int)m->line + 1, (int)m->column + 1,
		    "more than %d YAML nodes; a policy this large is not supported", LIMIT_POLICY_NODES);
	if ((n = calloc(1, sizeof *n)) == NULL)
		return E_NOMEM;
	n->kind = kind;
	n->line = (int)m->line + 1;
	n->col = (int)m->column + 1;
	*out = n;
	return 0;
}

static int
ynode_push(struct ynode *parent, struct ynode *kid)
{
	int r = grow_array(&parent->kids, &parent->cap, parent->n + 1, sizeof(*parent->kids), LIMIT_POLICY_NODES);

	if (r != 0)
		return r;
	parent->kids[parent->n++] = kid;
	return 0;
}

static int
next_event(struct ctx *c, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&c->parser, ev)) {
		const yaml_mark_t *m = &c->parser.problem_mark;
		return fail(c, (int)m->line + 1, (int)m->column + 1, "invalid YAML: %s%s%s",
		    c->parser.problem ? c->parser.problem : "syntax error",
		    c->parser.context ? " " : "", c->parser.context ? c->parser.context : "");
	}
	return 0;
}

static int parse_node(struct ctx *c, yaml_event_t *ev, int depth, struct ynode **out);

/* Parses the children of a sequence or mapping until its end event. */
static int
parse_children(struct ctx *c, struct ynode *n, int depth)
{
	yaml_event_t ev;
	struct ynode *kid;
	int r, key_turn = 1;

	for (;;) {
		if ((r = next_event(c, &ev)) != 0)
			return r;
		if (ev.type == YAML_SEQUENCE_END_EVENT || ev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&ev);
			return 0;
		}
		r = parse_node(c, &ev, depth + 1, &kid);
		yaml_event_delete(&ev);
		if (r != 0)
			return r;
		if (n->kind == Y_MAP && key_turn) {
			if (kid->kind != Y_SCALAR) {
				r = fail_at(c, kid, "a key must be a plain name, not a list or mapping");
				ynode_free(kid);
				return r;
			}
			for (size_t i = 0; i < n->n; i += 2) {
				if (n->kids[i]->len == kid->len && memcmp(n->kids[i]->text, kid->text, kid->len) == 0) {
					r = fail_at(c, kid, "duplicate key '%s' (first at line %d); merge the two entries",
					    kid->text, n->kids[i]->line);
					ynode_free(kid);
					return r;
				}
			}
		}
		key_turn = !key_turn;
		if ((r = ynode_push(n, kid)) != 0) {
			ynode_free(kid);
			return r;
		}
	}
}

static int
parse_node(struct ctx *c, yaml_event_t *ev, int depth, struct ynode **out)
{
	struct ynode *n = NULL;
	int r;

	*out = NULL;
	if (depth > LIMIT_POLICY_DEPTH)
		return fail(c, (int)ev->start_mark.line + 1, (int)ev->start_mark.column + 1,
		    "nested deeper than %d levels; the policy format is 5 levels deep", LIMIT_POLICY_DEPTH);
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		return fail(c, (int)ev->start_mark.line + 1, (int)ev->start_mark.column + 1,
		    "aliases (*%s) are not supported; write the value out", (char *)ev->data.alias.anchor);
	case YAML_SCALAR_EVENT:
		if (ev->data.scalar.tag != NULL && !ev->data.scalar.plain_implicit && !ev->data.scalar.quoted_implicit)
			return fail(c, (int)ev->start_mark.line + 1, (int)ev->start_mark.column + 1,
			    "YAML tags (%s) are not supported; remove the tag", (char *)ev->data.scalar.tag);
		if ((r = ynode_new(c, Y_SCALAR, &ev->start_mark, &n)) != 0)
			return r;
		n->len = ev->data.scalar.length;
		if ((n->text = malloc(n->len + 1)) == NULL) {
			ynode_free(n);
			return E_NOMEM;
		}
		memcpy(n->text, ev->data.scalar.value, n->len);
		n->text[n->len] = '\0';
		n->quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
		*out = n;
		return 0;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if ((r = ynode_new(c, ev->type == YAML_SEQUENCE_START_EVENT ? Y_SEQ : Y_MAP, &ev->start_mark, &n)) != 0)
			return r;
		if ((r = parse_children(c, n, depth)) != 0) {
			ynode_free(n);
			return r;
		}
		*out = n;
		return 0;
	default:
		return fail(c, (int)ev->start_mark.line + 1, (int)ev->start_mark.column + 1,
		    "unexpected YAML event %d", (int)ev->type);
	}
}

/* One document holding one node; an empty stream gives *out == NULL. */
static int
parse_document(struct ctx *c, const char *text, size_t len, struct ynode **out)
{
	yaml_event_t ev;
	struct ynode *root = NULL;
	int r;

	*out = NULL;
	if (!yaml_parser_initialize(&c->parser))
		return E_NOMEM;
	yaml_parser_set_input_string(&c->parser, (const unsigned char *)text, len);
	if ((r = next_event(c, &ev)) != 0)          /* STREAM_START */
		goto out;
	yaml_event_delete(&ev);
	if ((r = next_event(c, &ev)) != 0)
		goto out;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);
		goto out;
	}
	yaml_event_delete(&ev);                      /* DOCUMENT_START */
	if ((r = next_event(c, &ev)) != 0)
		goto out;
	r = parse_node(c, &ev, 0, &root);
	yaml_event_delete(&ev);
	if (r != 0)
		goto out;
	if ((r = next_event(c, &ev)) != 0)           /* DOCUMENT_END */
		goto out;
	yaml_event_delete(&ev);
	if ((r = next_event(c, &ev)) != 0)
		goto out;
	if (ev.type != YAML_STREAM_END_EVENT) {
		r = fail(c, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
		    "a second YAML document; a policy file holds exactly one (remove the '---')");
		yaml_event_delete(&ev);
		goto out;
	}
	yaml_event_delete(&ev);
	*out = root;
	root = NULL;
out:
	ynode_free(root);
	yaml_parser_delete(&c->parser);
	return r;
}

/* ---- identifiers ---- */

char *
policy_fold_ident(const char *s, size_t len, int allow_dot, const char **why)
{
	char *out;
	size_t o = 0, i = 0, partlen;
	int parts = 0;

	*why = NULL;
	if (len == 0) {
		*why = "an empty name";
		return NULL;
	}
	if ((out = malloc(len + 1)) == NULL) {
		*why = "out of memory";
		return NULL;
	}
	for (;;) {
		partlen = 0;
		parts++;
		if (i < len && s[i] == '"') {
			for (i++;; i++) {
				if (i >= len) {
					*why = "an unterminated \"quoted\" name";
					goto bad;
				}
				if (s[i] == '"') {
					if (i + 1 < len && s[i + 1] == '"') {
						i++;
					} else {
						i++;
						break;
					}
				}
				if (s[i] == '.' || s[i] == '\0') {
					*why = "a quoted name containing '.' or NUL, which policies cannot express";
					goto bad;
				}
				out[o++] = s[i];
				partlen++;
			}
			if (partlen == 0) {
				*why = "an empty \"\" name";
				goto bad;
			}
		} else {
			unsigned char ch = i < len ? (unsigned char)s[i] : 0;
			if (!(isalpha(ch) || ch == '_' || ch >= 0x80)) {
				*why = "a name must start with a letter or '_' (quote it as \"Name\" otherwise)";
				goto bad;
			}
			for (; i < len; i++) {
				ch = (unsigned char)s[i];
				if (!(isalnum(ch) || ch == '_' || ch == '$' || ch >= 0x80))
					break;
				out[o++] = (char)(ch < 0x80 ? tolower(ch) : ch);
				partlen++;
			}
		}
		if (partlen > LIMIT_IDENT_BYTES) {
			*why = "a name longer than 63 bytes, which PostgreSQL truncates (so it would never match)";
			goto bad;
		}
		if (i == len)
			break;
		if (s[i] != '.') {
			*why = "a name may hold only letters, digits, '_' and '$' (quote it as \"My Name\" otherwise)";
			goto bad;
		}
		if (!allow_dot || parts == 2) {
			*why = allow_dot ? "too many dots: write name or schema.name" : "a '.' where a single name is expected";
			goto bad;
		}
		out[o++] = '.';
		i++;
	}
	out[o] = '\0';
	return out;
bad:
	free(out);
	return NULL;
}

static int
scalar_ident(struct ctx *c, const struct ynode *n, int allow_dot, const char *what, char **out)
{
	const char *why;

	*out = NULL;
	if (n->kind != Y_SCALAR)
		return fail_at(c, n, "%s must be a name, not a %s", what, n->kind == Y_SEQ ? "list" : "mapping");
	if (memchr(n->text, '\0', n->len) != NULL)
		return fail_at(c, n, "%s contains a NUL byte", what);
	if ((*out = policy_fold_ident(n->text, n->len, allow_dot, &why)) == NULL)
		return fail_at(c, n, "%s '%s' is not a valid name: %s", what, n->text, why);
	return 0;
}

/* A list of names: [a, b] or "- a" lines; folded, duplicates (after folding) rejected. */
static int
ident_list(struct ctx *c, const struct ynode *n, int allow_dot, const char *key, char ***outv, size_t *outn)
{
	char **v = NULL;
	size_t k = 0;
	int r = 0;

	if (n->kind != Y_SEQ)
		return fail_at(c, n, "%s must be a list, e.g. %s: [name1, name2]", key, key);
	if (n->n > 0 && (v = calloc(n->n, sizeof *v)) == NULL)
		return E_NOMEM;
	for (size_t i = 0; i < n->n; i++) {
		char *id;
		if ((r = scalar_ident(c, n->kids[i], allow_dot, "an entry", &id)) != 0)
			goto out;
		for (size_t j = 0; j < k; j++) {
			if (strcmp(v[j], id) == 0) {
				r = fail_at(c, n->kids[i], "'%s' is listed twice in %s; remove one", id, key);
				free(id);
				goto out;
			}
		}
		v[k++] = id;
	}
	*outv = v;
	*outn = k;
	v = NULL;
out:
	for (size_t j = 0; v != NULL && j < k; j++)
		free(v[j]);
	free(v);
	return r;
}

/* ---- scalar types ---- */

static int
scalar_long(struct ctx *c, const struct ynode *n, const char *key, long min, long max, long *out)
{
	char *end;
	long v;

	if (n->kind != Y_SCALAR || n->quoted || n->len == 0 || !isdigit((unsigned char)n->text[0]))
		return fail_at(c, n, "%s must be a whole number from %ld to %ld without quotes, e.g. %s: %ld",
		    key, min, max, key, max < 100 ? max : 100);
	errno = 0;
	v = strtol(n->text, &end, 10);
	if (*end != '\0' || errno != 0 || v < min || v > max)
		return fail_at(c, n, "%s must be a whole number from %ld to %ld (got '%s')", key, min, max, n->text);
	*out = v;
	return 0;
}

static int
scalar_bool(struct ctx *c, const struct ynode *n, const char *key, int *out)
{
	if (n->kind == Y_SCALAR && !n->quoted) {
		if (strcasecmp(n->text, "true") == 0) {
			*out = 1;
			return 0;
		}
		if (strcasecmp(n->text, "false") == 0) {
			*out = 0;
			return 0;
		}
	}
	return fail_at(c, n, "%s must be true or false (without quotes)", key);
}

static int
scalar_string(struct ctx *c, const struct ynode *n, const char *key, char **out)
{
	*out = NULL;
	if (n->kind != Y_SCALAR)
		return fail_at(c, n, "%s must be a string, not a %s", key, n->kind == Y_SEQ ? "list" : "mapping");
	if (n->len == 0)
		return fail_at(c, n, "%s must not be empty", key);
	if (memchr(n->text, '\0', n->len) != NULL)
		return fail_at(c, n, "%s contains a NUL byte", key);
	if ((*out = strdup(n->text)) == NULL)
		return E_NOMEM;
	return 0;
}

/* ---- row filters ---- */

/* The filter must be one boolean expression: "SELECT WHERE <filter>" must parse to exactly one
 * SelectStmt holding nothing but its WHERE clause (so "true) OR (true", "x UNION SELECT ...",
 * "x; DROP ..." and trailing clauses are refused). The SQL guard checks what the expression
 * may reference when it injects it. */
static int
check_row_filter(struct ctx *c, const struct ynode *n, const char *filter)
{
	PgQueryParseResult pr;
	yyjson_doc *doc = NULL;
	yyjson_val *stmts, *stmt, *sel, *key;
	yyjson_obj_iter it;
	char *sql;
	size_t flen = strlen(filter);
	int r = 0;

	if (flen > LIMIT_SQL_BYTES)
		return fail_at(c, n, "row_filter is longer than %u bytes", LIMIT_SQL_BYTES);
	if ((sql = malloc(flen + 16)) == NULL)
		return E_NOMEM;
	memcpy(sql, "SELECT WHERE ", 13);
	memcpy(sql + 13, filter, flen + 1);
	pr = pg_query_parse(sql);
	if (pr.error != NULL) {
		int pos = pr.error->cursorpos > 13 ? pr.error->cursorpos - 13 : 0;
		if (pos > 0)
			r = fail_at(c, n, "row_filter does not parse: %s at character %d of the filter; write one SQL "
			    "boolean expression, e.g. \"region = 'EU'\"", pr.error->message, pos);
		else
			r = fail_at(c, n, "row_filter does not parse: %s; write one SQL boolean expression, "
			    "e.g. \"region = 'EU'\"", pr.error->message);
		goto out;
	}
	if ((doc = yyjson_read(pr.parse_tree, strlen(pr.parse_tree), 0)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	stmts = yyjson_obj_get(yyjson_doc_get_root(doc), "stmts");
	stmt = yyjson_arr_get_first(stmts);
	sel = yyjson_obj_get(yyjson_obj_get(stmt, "stmt"), "SelectStmt");
	if (yyjson_arr_size(stmts) != 1 || sel == NULL) {
		r = fail_at(c, n, "row_filter must be one boolean expression, not several statements");
		goto out;
	}
	yyjson_obj_iter_init(sel, &it);
	while ((key = yyjson_obj_iter_next(&it)) != NULL) {
		const char *k = yyjson_get_str(key);
		yyjson_val *v = yyjson_obj_iter_get_val(key);
		if (strcmp(k, "whereClause") == 0)
			continue;
		if (strcmp(k, "limitOption") == 0 && yyjson_equals_str(v, "LIMIT_OPTION_DEFAULT"))
			continue;
		if (strcmp(k, "op") == 0 && yyjson_equals_str(v, "SETOP_NONE"))
			continue;
		if (strcmp(k, "op") == 0 || strcmp(k, "larg") == 0 || strcmp(k, "rarg") == 0) {
			r = fail_at(c, n, "row_filter must be one boolean expression; it also adds a set operation "
			    "(UNION/INTERSECT/EXCEPT): remove it");
			goto out;
		}
		r = fail_at(c, n, "row_filter must be one boolean expression; it also adds a %s clause "
		    "(remove what follows the condition)", k);
		goto out;
	}
out:
	yyjson_doc_free(doc);
	pg_query_free_parse_result(pr);
	free(sql);
	return r;
}

/* ---- tables ---- */

static const char *const MASKER_NAMES[] = { "email", "last4", "hash", "null", "redact", NULL };
static const enum mask_kind MASKER_KINDS[] = { MASK_EMAIL, MASK_LAST4, MASK_HASH, MASK_NULL, MASK_REDACT };

static int
masker_kind(const char *s, enum mask_kind *k)
{
	for (size_t i = 0; MASKER_NAMES[i] != NULL; i++) {
		if (strcmp(MASKER_NAMES[i], s) == 0) {
			*k = MASKER_KINDS[i];
			return 1;
		}
	}
	return 0;
}

static struct policy_column *
table_column(struct policy_table *t, char *name)
{
	struct policy_column *col;

	for (size_t i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i].name, name) == 0)
			return &t->columns[i];
	col = realloc(t->columns, (t->ncolumns + 1) * sizeof *col);
	if (col == NULL)
		return NULL;
	t->columns = col;
	col = &t->columns[t->ncolumns++];
	memset(col, 0, sizeof *col);
	col->name = name;
	return col;
}

static int
parse_mask(struct ctx *c, struct policy_table *t, const struct ynode *keyn, const struct ynode *val)
{
	struct policy_column *col;
	enum mask_kind kind = MASK_NONE;
	char *name = NULL, *fixed = NULL;
	int r;

	if ((r = scalar_ident(c, keyn, 0, "a masked column", &name)) != 0)
		return r;
	if (val->kind == Y_SCALAR) {
		enum mask_kind k;
		if (!val->quoted && masker_kind(val->text, &k)) {
			r = fail_at(c, val, "'%s' is a masker name: write {masker: %s} for the masker, or "
			    "\"%s\" in quotes for that fixed text", val->text, val->text, val->text);
			goto out;
		}
		if (memchr(val->text, '\0', val->len) != NULL) {
			r = fail_at(c, val, "the mask text contains a NUL byte");
			goto out;
		}
		if (val->len > LIMIT_CELL_BYTES) {
			r = fail_at(c, val, "the mask text is longer than %u bytes", LIMIT_CELL_BYTES);
			goto out;
		}
		if ((fixed = strdup(val->text)) == NULL) {
			r = E_NOMEM;
			goto out;
		}
		kind = MASK_FIXED;
	} else if (val->kind == Y_MAP) {
		if (val->n != 2 || strcmp(val->kids[0]->text, "masker") != 0) {
			r = fail_at(c, val->n ? val->kids[0] : val, "a mask is \"fixed text\" or {masker: NAME} "
			    "with NAME one of email, last4, hash, null, redact");
			goto out;
		}
		const struct ynode *m = val->kids[1];
		if (m->kind != Y_SCALAR || !masker_kind(m->text, &kind)) {
			r = fail_at(c, m, "unknown masker%s%s; write one of email, last4, hash, null, redact",
			    m->kind == Y_SCALAR ? " " : "", m->kind == Y_SCALAR ? m->text : "");
			goto out;
		}
		if (kind == MASK_HASH && c->hash_used_line == 0) {
			c->hash_used_line = m->line;
			c->hash_used_col = m->col;
		}
	} else {
		r = fail_at(c, val, "a mask is \"fixed text\" or {masker: NAME}, not a list");
		goto out;
	}
	if ((col = table_column(t, name)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	if (col->name != name) {         /* already there: listed in deny_columns */
		r = fail_at(c, keyn, "column '%s' is both denied and masked; keep it in one of "
		    "deny_columns or mask_columns", name);
		goto out;
	}
	name = NULL;
	col->mask = kind;
	col->mask_fixed = fixed;
	fixed = NULL;
out:
	free(name);
	free(fixed);
	return r;
}

static int
parse_table(struct ctx *c, const struct ynode *keyn, const struct ynode *val)
{
	struct policy *p = c->p;
	struct policy_table *t, *tv;
	char *qname = NULL, *dot;
	const struct ynode *deny = NULL, *mask = NULL, *filter = NULL;
	char msg[400];
	int r;

	if ((r = scalar_ident(c, keyn, 1, "a table", &qname)) != 0)
		return r;
	if (val->kind != Y_MAP) {
		r = fail_at(c, val, "the rules for table '%s' must be a mapping with deny_columns, mask_columns "
		    "and/or row_filter (write {} for none)", qname);
		goto out;
	}
	for (size_t i = 0; i < val->n; i += 2) {
		const char *k = val->kids[i]->text;
		if (strcmp(k, "deny_columns") == 0)
			deny = val->kids[i + 1];
		else if (strcmp(k, "mask_columns") == 0)
			mask = val->kids[i + 1];
		else if (strcmp(k, "row_filter") == 0)
			filter = val->kids[i + 1];
		else {
			r = fail_at(c, val->kids[i], "unknown key '%s' in table '%s'; expected deny_columns, "
			    "mask_columns or row_filter", k, qname);
			goto out;
		}
	}
	if ((tv = realloc(p->tables, (p->ntables + 1) * sizeof *tv)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	p->tables = tv;
	t = &p->tables[p->ntables];
	memset(t, 0, sizeof *t);
	if ((dot = strchr(qname, '.')) != NULL) {
		*dot = '\0';
		t->name = strdup(dot + 1);
		t->schema = qname;
	} else {
		t->name = qname;
	}
	qname = NULL;
	p->ntables++;
	if (t->name == NULL)
		return E_NOMEM;
	for (size_t i = 0; i + 1 < p->ntables; i++) {
		const struct policy_table *o = &p->tables[i];
		if (strcmp(o->name, t->name) == 0 && (o->schema == NULL) == (t->schema == NULL) &&
		    (o->schema == NULL || strcmp(o->schema, t->schema) == 0))
			return fail_at(c, keyn, "table '%s%s%s' appears twice under tables (names are folded to "
			    "lower case unless \"Quoted\"); merge the entries", t->schema ? t->schema : "",
			    t->schema ? "." : "", t->name);
	}
	if (deny != NULL) {
		if (deny->kind != Y_SEQ)
			return fail_at(c, deny, "deny_columns must be a list, e.g. deny_columns: [ssn, salary]");
		for (size_t i = 0; i < deny->n; i++) {
			struct policy_column *col;
			char *name;
			if ((r = scalar_ident(c, deny->kids[i], 0, "a denied column", &name)) != 0)
				return r;
			if ((col = table_column(t, name)) == NULL) {
				free(name);
				return E_NOMEM;
			}
			if (col->name != name) {
				r = fail_at(c, deny->kids[i], "column '%s' is listed twice in deny_columns; remove one", name);
				free(name);
				return r;
			}
			col->deny = 1;
		}
	}
	if (mask != NULL) {
		if (mask->kind != Y_MAP)
			return fail_at(c, mask, "mask_columns must be a mapping, e.g. mask_columns: "
			    "{email: {masker: email}, note: \"(hidden)\"}");
		for (size_t i = 0; i < mask->n; i += 2)
			if ((r = parse_mask(c, t, mask->kids[i], mask->kids[i + 1])) != 0)
				return r;
	}
	if (filter != NULL) {
		if ((r = scalar_string(c, filter, "row_filter", &t->row_filter)) != 0)
			return r;
		if ((r = check_row_filter(c, filter, t->row_filter)) != 0)
			return r;
		if ((r = sqlg_check_row_filter(t->row_filter, msg, sizeof msg)) != 0)
			return r == E_NOMEM ? r : fail_at(c, filter, "%s; a row filter may use the table's columns, "
			    "constants and stable functions", msg);
	}
	r = 0;
out:
	free(qname);
	return r;
}

/* Rules add up: a "schema.table" entry also gets the column rules of a plain "table" entry of
 * the same name (its own rule for a column wins) and both row filters (ANDed). Without this,
 * adding a schema-qualified entry would silently drop the schema-less entry's masks. The
 * newlines end a trailing "--" comment in either filter, so neither can swallow the other. */
static int
merge_schemaless(struct policy *p)
{
	for (size_t i = 0; i < p->ntables; i++) {
		struct policy_table *t = &p->tables[i];
		const struct policy_table *any = NULL;
		if (t->schema == NULL)
			continue;
		for (size_t j = 0; j < p->ntables; j++)
			if (p->tables[j].schema == NULL && strcmp(p->tables[j].name, t->name) == 0)
				any = &p->tables[j];
		if (any == NULL)
			continue;
		for (size_t k = 0; k < any->ncolumns; k++) {
			const struct policy_column *from = &any->columns[k];
			struct policy_column *col;
			char *name;
			if (policy_find_column(t, from->name) != NULL)
				continue;
			if ((name = strdup(from->name)) == NULL)
				return E_NOMEM;
			if ((col = table_column(t, name)) == NULL) {
				free(name);
				return E_NOMEM;
			}
			col->deny = from->deny;
			col->mask = from->mask;
			if (from->mask_fixed != NULL && (col->mask_fixed = strdup(from->mask_fixed)) == NULL)
				return E_NOMEM;
		}
		if (any->row_filter != NULL) {
			char *f;
			if (t->row_filter == NULL)
				f = strdup(any->row_filter);
			else if (asprintf(&f, "(%s\n) AND (%s\n)", t->row_filter, any->row_filter) < 0)
				f = NULL;
			if (f == NULL)
				return E_NOMEM;
			free(t->row_filter);
			t->row_filter = f;
		}
	}
	return 0;
}

/* ---- the hash key file ---- */

static int
read_hash_key(struct ctx *c, const struct ynode *n, const char *path)
{
	unsigned char buf[LIMIT_HASH_KEY_FILE_BYTES + 1];
	char full[PATH_MAX];
	struct stat st;
	ssize_t got;
	size_t len = 0;
	int fd = -1, r = 0;

	if (path[0] != '/' && c->base_dir != NULL && c->base_dir[0] != '\0') {
		if ((size_t)snprintf(full, sizeof full, "%s/%s", c->base_dir, path) >= sizeof full)
			return fail_at(c, n, "hash_key_file path is too long");
	} else if ((size_t)snprintf(full, sizeof full, "%s", path) >= sizeof full) {
		return fail_at(c, n, "hash_key_file path is too long");
	}
	if ((fd = open(full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return fail_at(c, n, "cannot open hash_key_file %s: %s", full, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		r = fail_at(c, n, "hash_key_file %s is not a regular file", full);
		goto out;
	}
	if (st.st_mode & (S_IROTH | S_IWOTH)) {
		r = fail_at(c, n, "hash_key_file %s is accessible by every user (mode %04o); run: chmod 600 %s",
		    full, (unsigned)(st.st_mode & 07777), full);
		goto out;
	}
	while (len < sizeof buf) {
		got = read(fd, buf + len, sizeof buf - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			r = fail_at(c, n, "cannot read hash_key_file %s: %s", full, strerror(errno));
			goto out;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' '))
		len--;
	if (len > LIMIT_HASH_KEY_FILE_BYTES || len < 16) {
		r = fail_at(c, n, "hash_key_file %s holds %zu bytes; a key is 16 to %d bytes (create one with: "
		    "head -c 32 /dev/urandom | base64 > %s; chmod 600 %s)", full, len, LIMIT_HASH_KEY_FILE_BYTES,
		    full, full);
		goto out;
	}
	/* The HMAC key is SHA-256 of the file's bytes: any key text (raw, hex, base64) works alike. */
	if (mbedtls_sha256(buf, len, c->p->hash_key, 0) != 0) {
		r = E_INTERNAL;
		goto out;
	}
	c->p->hash_key_len = 32;
out:
	explicit_bzero(buf, sizeof buf);
	if (fd >= 0)
		close(fd);
	return r;
}

/* ---- the top level ---- */

static int
parse_policy(struct ctx *c, const struct ynode *root)
{
	struct policy *p = c->p;
	const struct ynode *pol = NULL, *keyfile = NULL;
	int r;

	if (root == NULL)
		return fail(c, 0, 0, "the file is empty; a policy file starts with 'policy:' (write policy: {} "
		    "for no rules)");
	if (root->kind != Y_MAP)
		return fail_at(c, root, "the file must be a mapping starting with 'policy:'");
	for (size_t i = 0; i < root->n; i += 2) {
		if (strcmp(root->kids[i]->text, "policy") != 0)
			return fail_at(c, root->kids[i], "unknown top-level key '%s'; the file holds one key, "
			    "'policy:'", root->kids[i]->text);
		pol = root->kids[i + 1];
	}
	if (pol == NULL)
		return fail_at(c, root, "no 'policy:' key");
	if (pol->kind != Y_MAP)
		return fail_at(c, pol, "'policy' must be a mapping of settings (write policy: {} for no rules)");
	for (size_t i = 0; i < pol->n; i += 2) {
		const struct ynode *kn = pol->kids[i], *v = pol->kids[i + 1];
		const char *k = kn->text;
		if (strcmp(k, "schemas") == 0)
			r = ident_list(c, v, 0, k, &p->schemas, &p->nschemas);
		else if (strcmp(k, "allow_tables") == 0)
			r = ident_list(c, v, 1, k, &p->allow_tables, &p->nallow_tables);
		else if (strcmp(k, "deny_tables") == 0)
			r = ident_list(c, v, 1, k, &p->deny_tables, &p->ndeny_tables);
		else if (strcmp(k, "allow_functions") == 0) {
			r = ident_list(c, v, 1, k, &p->allow_functions, &p->nallow_functions);
			for (size_t j = 0; r == 0 && j < p->nallow_functions; j++)
				if (strchr(p->allow_functions[j], '.') == NULL)
					return fail_at(c, v, "allow_functions: '%s' needs its schema, as in public.%s "
					    "(user-defined functions are allowed by qualified name)", p->allow_functions[j],
					    p->allow_functions[j]);
		} else if (strcmp(k, "allow_extensions") == 0)
			r = ident_list(c, v, 0, k, &p->allow_extensions, &p->nallow_extensions);
		else if (strcmp(k, "tables") == 0) {
			if (v->kind != Y_MAP)
				return fail_at(c, v, "tables must be a mapping of table name to rules, e.g. "
				    "tables: {customers: {deny_columns: [ssn]}}");
			r = 0;
			for (size_t j = 0; j < v->n && r == 0; j += 2)
				r = parse_table(c, v->kids[j], v->kids[j + 1]);
		} else if (strcmp(k, "max_rows_per_query") == 0)
			r = scalar_long(c, v, k, 1, LIMIT_MAX_ROWS_CEILING, &p->max_rows_per_query);
		else if (strcmp(k, "max_queries_per_minute") == 0)
			r = scalar_long(c, v, k, 0, 1000000, &p->max_queries_per_minute);
		else if (strcmp(k, "max_concurrent_queries") == 0)
			r = scalar_long(c, v, k, 0, LIMIT_INFLIGHT, &p->max_concurrent_queries);
		else if (strcmp(k, "allow_explain_analyze") == 0)
			r = scalar_bool(c, v, k, &p->allow_explain_analyze);
		else if (strcmp(k, "hash_key_file") == 0) {
			keyfile = v;
			r = 0;
		} else
			return fail_at(c, kn, "unknown key '%s' in policy; expected one of schemas, allow_tables, "
			    "deny_tables, allow_functions, allow_extensions, tables, max_rows_per_query, max_queries_per_minute, "
			    "max_concurrent_queries, allow_explain_analyze, hash_key_file", k);
		if (r != 0)
			return r;
	}
	if ((r = merge_schemaless(p)) != 0)
		return r;
	for (size_t i = 0; i < p->nallow_tables; i++)
		for (size_t j = 0; j < p->ndeny_tables; j++)
			if (strcmp(p->allow_tables[i], p->deny_tables[j]) == 0)
				return fail_at(c, pol, "'%s' is in both allow_tables and deny_tables; keep it in one",
				    p->allow_tables[i]);
	if (keyfile != NULL) {
		char *path;
		if ((r = scalar_string(c, keyfile, "hash_key_file", &path)) != 0)
			return r;
		r = read_hash_key(c, keyfile, path);
		free(path);
		if (r != 0)
			return r;
	} else if (c->hash_used_line != 0) {
		return fail(c, c->hash_used_line, c->hash_used_col, "the hash masker needs a key: add "
		    "hash_key_file: /path/to/key under policy (a file of 32 random bytes, mode 600)");
	}
	return 0;
}

int
policy_load_string(const char *text, size_t len, const char *name, const char *base_dir,
    struct policy **out, char *err, size_t errlen)
{
	struct ctx c;
	struct ynode *root = NULL;
	int r;

	*out = NULL;
	memset(&c, 0, sizeof c);
	c.name = name ? name : "<string>";
	c.base_dir = base_dir;
	c.err = err;
	c.errlen = errlen;
	if (errlen > 0)
		err[0] = '\0';
	if (len > LIMIT_POLICY_BYTES) {
		fail(&c, 0, 0, "the file is larger than %u bytes", LIMIT_POLICY_BYTES);
		return E_TOOBIG;
	}
	if ((c.p = policy_new()) == NULL)
		return E_NOMEM;
	if ((r = parse_document(&c, text, len, &root)) != 0)
		goto out;
	if ((r = parse_policy(&c, root)) != 0)
		goto out;
	if (name != NULL && (c.p->source = strdup(name)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	*out = c.p;
	c.p = NULL;
out:
	if (r == E_NOMEM && errlen > 0)
		snprintf(err, errlen, "%s: out of memory", c.name);
	ynode_free(root);
	policy_free(c.p);
	return r;
}

int
policy_load_file(const char *path, struct policy **out, char *err, size_t errlen)
{
	struct stat st;
	char *buf = NULL, *dir = NULL, *slash;
	size_t len = 0;
	ssize_t got;
	int fd, r;

	*out = NULL;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
		return E_IO;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		r = E_IO;
		goto out;
	}
	if (st.st_size > (off_t)LIMIT_POLICY_BYTES) {
		snprintf(err, errlen, "%s: larger than %u bytes", path, LIMIT_POLICY_BYTES);
		r = E_TOOBIG;
		goto out;
	}
	if ((buf = malloc((size_t)st.st_size + 1)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	while (len < (size_t)st.st_size + 1) {
		got = read(fd, buf + len, (size_t)st.st_size + 1 - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
			r = E_IO;
			goto out;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	if (len > (size_t)st.st_size) {
		snprintf(err, errlen, "%s: the file changed while being read; try again", path);
		r = E_IO;
		goto out;
	}
	if ((dir = strdup(path)) == NULL) {
		r = E_NOMEM;
		goto out;
	}
	if ((slash = strrchr(dir, '/')) != NULL)
		slash[slash == dir ? 1 : 0] = '\0';
	r = policy_load_string(buf, len, path, slash != NULL ? dir : NULL, out, err, errlen);
out:
	free(buf);
	free(dir);
	close(fd);
	return r;
}
