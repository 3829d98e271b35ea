/* Loading the visible schema (schema.h): six fixed catalog queries, every one parameterised
 * (filters and the oid list of visible relations are $n parameters, never spliced into the
 * text), run in one READ ONLY transaction with search_path = pg_catalog so that definitions
 * come out schema-qualified. The policy is applied here, once: hidden tables and columns are
 * dropped, and so is anything that mentions them (constraints, indexes, view definitions). */
#include <stdlib.h>
#include <string.h>

#include "db/schema.h"
#include "gov/mask.h"

struct ctx {
	PGconn *conn;
	const struct schema_filter *flt;
	struct schema *s;
	char *err;
	size_t errlen;
	int nomem;
	char *oids;          /* "{oid,oid,...}" of the visible relations: the $1 of later queries */
};

static const char SQL_RELATIONS[] =
	"SELECT c.oid, n.nspname, c.relname, quote_ident(n.nspname), quote_ident(c.relname),\n"
	"       c.relkind, obj_description(c.oid, 'pg_class'), c.reltuples::float8,\n"
	"       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END,\n"
	"       current_database()\n"
	"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
	"WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition\n"
	"  AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
	"  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'\n"
	"  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass\n"
	"                  AND d.objid = c.oid AND d.deptype = 'e')\n"
	"  AND ($1::text IS NULL OR n.nspname = $1) AND ($2::text IS NULL OR c.relname = $2)\n"
	"ORDER BY n.nspname, c.relname";

static const char SQL_COLUMNS[] =
	"SELECT a.attrelid, a.attnum, a.attname, quote_ident(a.attname),\n"
	"       format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attgenerated,\n"
	"       pg_get_expr(d.adbin, d.adrelid), col_description(a.attrelid, a.attnum),\n"
	"       CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END\n"
	"FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid\n"
	"LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum\n"
	"WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped\n"
	"ORDER BY a.attrelid, a.attnum";

static const char SQL_CONSTRAINTS[] =
	"SELECT c.conrelid, c.conname, quote_ident(c.conname), c.contype,\n"
	"       pg_get_constraintdef(c.oid, true), c.conkey::text, c.confrelid, c.confkey::text\n"
	"FROM pg_constraint c\n"
	"WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('p', 'u', 'f', 'c', 'x')\n"
	"ORDER BY c.conrelid, strpos('pufcx', c.contype::text), c.conname";

static const char SQL_INDEXES[] =
	"SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique,\n"
	"       EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid\n"
	"               AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')),\n"
	"       ARRAY(SELECT d.refobjsubid FROM pg_depend d WHERE d.classid = 'pg_class'::regclass\n"
	"             AND d.objid = i.indexrelid AND d.refclassid = 'pg_class'::regclass\n"
	"             AND d.refobjid = i.indrelid AND d.refobjsubid > 0)::text\n"
	"FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid\n"
	"WHERE i.indrelid = ANY($1::oid[])\n"
	"ORDER BY i.indrelid, ic.relname";

static const char SQL_SEQUENCES[] =
	"SELECT d.refobjid, d.refobjsubid, quote_ident(sn.nspname) || '.' || quote_ident(s.relname),\n"
	"       format_type(q.seqtypid, NULL)\n"
	"FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'\n"
	"JOIN pg_namespace sn ON sn.oid = s.relnamespace JOIN pg_sequence q ON q.seqrelid = s.oid\n"
	"WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass\n"
	"  AND d.deptype = 'a' AND d.refobjid = ANY($1::oid[]) AND d.refobjsubid > 0\n"
	"ORDER BY 1, 2, 3";

static const char SQL_ENUMS[] =
	"SELECT t.oid, quote_ident(n.nspname), quote_ident(n.nspname) || '.' || quote_ident(t.typname),\n"
	"       e.enumlabel\n"
	"FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace\n"
	"JOIN pg_enum e ON e.enumtypid = t.oid\n"
	"WHERE t.oid = ANY($1::oid[])\n"
	"ORDER BY n.nspname, t.typname, e.enumsortorder";

static const char SQL_DOMAINS[] =
	"SELECT quote_ident(n.nspname), quote_ident(n.nspname) || '.' || quote_ident(t.typname),\n"
	"       format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,\n"
	"       (SELECT string_agg('CONSTRAINT ' || quote_ident(c.conname) || ' ' ||\n"
	"                          pg_get_constraintdef(c.oid, true), ' ' ORDER BY c.conname)\n"
	"        FROM pg_constraint c WHERE c.contypid = t.oid)\n"
	"FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace\n"
	"WHERE t.typtype = 'd' AND t.oid = ANY($1::oid[])\n"
	"ORDER BY n.nspname, t.typname";

static const char SQL_VIEW_DEPS[] =
	"SELECT DISTINCT r.ev_class, d.refobjid, rn.nspname, rc.relname,\n"
	"       CASE WHEN d.refobjsubid > 0 THEN (SELECT a.attname FROM pg_attribute a\n"
	"            WHERE a.attrelid = d.refobjid AND a.attnum = d.refobjsubid) END\n"
	"FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid\n"
	"     AND d.refclassid = 'pg_class'::regclass\n"
	"JOIN pg_class rc ON rc.oid = d.refobjid JOIN pg_namespace rn ON rn.oid = rc.relnamespace\n"
	"WHERE r.ev_class = ANY($1::oid[]) AND d.refobjid <> r.ev_class\n"
	"ORDER BY 1, 2";

static PGresult *
run(struct ctx *c, const char *sql, int nparams, const char *const *params)
{
	PGresult *res = PQexecParams(c->conn, sql, nparams, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);

	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return res;
	snprintf(c->err, c->errlen, "reading the catalog failed: %s",
	    res ? PQresultErrorMessage(res) : PQerrorMessage(c->conn));
	c->err[strcspn(c->err, "\n")] = '\0';
	PQclear(res);
	return NULL;
}

static char *
dup(struct ctx *c, const PGresult *res, int row, int col)
{
	char *p;

	if (PQgetisnull(res, row, col))
		return NULL;
	if ((p = strdup(PQgetvalue(res, row, col))) == NULL)
		c->nomem = 1;
	return p;
}

static unsigned
oid_at(const PGresult *res, int row, int col)
{
	return (unsigned)strtoul(PQgetvalue(res, row, col), NULL, 10);
}

/* int_array: parses "{1,2,3}" (PostgreSQL's int array text) into a malloc'd array. */
static int *
int_array(struct ctx *c, const char *text, size_t *n)
{
	size_t cap = 1, i;
	int *v;
	char *end;
	const char *p;

	*n = 0;
	if (text == NULL || text[0] != '{')
		return NULL;
	for (p = text; *p; p++)
		cap += *p == ',';
	if ((v = calloc(cap, sizeof *v)) == NULL) {
		c->nomem = 1;
		return NULL;
	}
	for (p = text + 1, i = 0; *p && *p != '}' && i < cap; i++) {
		v[i] = (int)strtol(p, &end, 10);
		if (end == p)
			break;
		*n = i + 1;
		p = *end == ',' ? end + 1 : end;
	}
	return v;
}

static struct schema_relation *
find_rel(struct schema *s, unsigned oid)
{
	/* rels are in name order, not oid order: a linear scan (hundreds of tables at most) */
	for (size_t i = 0; i < s->nrels; i++)
		if (s->rels[i].oid == oid)
			return &s->rels[i];
	return NULL;
}

const struct schema_relation *
schema_find(const struct schema *s, unsigned oid)
{
	return find_rel((struct schema *)s, oid);
}

static struct schema_column *
find_col(const struct schema_relation *r, int attnum)
{
	for (size_t i = 0; i < r->ncolumns; i++)
		if (r->columns[i].attnum == attnum)
			return &r->columns[i];
	return NULL;
}

const char *
schema_column_name(const struct schema_relation *r, int attnum)
{
	const struct schema_column *c = find_col(r, attnum);

	return c ? c->name : NULL;
}

static int
all_cols_visible(const struct schema_relation *r, const int *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (find_col(r, cols[i]) == NULL)
			return 0;
	return 1;
}

static int
schema_allowed(const struct schema_filter *flt, const char *schema)
{
	if (flt->nschemas == 0)
		return 1;
	for (size_t i = 0; i < flt->nschemas; i++)
		if (strcmp(flt->schemas[i], schema) == 0)
			return 1;
	return 0;
}

/* table_hidden: the policy or the SCHEMAS allowlist hides schema.name. */
static int
table_hidden(const struct schema_filter *flt, const char *schema, const char *name)
{
	if (!schema_allowed(flt, schema))
		return 1;
	return flt->policy != NULL && policy_table_visible(flt->policy, schema, name) != 0;
}

static int
column_denied(const struct schema_filter *flt, const char *schema, const char *table, const char *column)
{
	const struct policy_table *t;
	const struct policy_column *c;

	if (flt->policy == NULL)
		return 0;
	if ((t = policy_find_table(flt->policy, schema, table)) == NULL)
		return 0;
	return (c = policy_find_column(t, column)) != NULL && c->deny;
}

static int
load_relations(struct ctx *c)
{
	const char *params[2] = { c->flt->schema, c->flt->table };
	struct schema *s = c->s;
	PGresult *res;
	size_t len = 3;
	int i, n;
	char *p;

	if ((res = run(c, SQL_RELATIONS, 2, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	if (n > 0 && (s->rels = calloc((size_t)n, sizeof *s->rels)) == NULL)
		goto nomem;
	for (i = 0; i < n; i++) {
		struct schema_relation *r = &s->rels[s->nrels];
		if (s->database == NULL)
			s->database = dup(c, res, i, 9);
		if (table_hidden(c->flt, PQgetvalue(res, i, 1), PQgetvalue(res, i, 2))) {
			s->hidden_tables++;
			continue;
		}
		s->nrels++;
		r->oid = oid_at(res, i, 0);
		r->schema = dup(c, res, i, 1);
		r->name = dup(c, res, i, 2);
		r->qschema = dup(c, res, i, 3);
		r->qname = dup(c, res, i, 4);
		r->kind = PQgetvalue(res, i, 5)[0];
		r->comment = dup(c, res, i, 6);
		r->est_rows = strtod(PQgetvalue(res, i, 7), NULL);
		r->view_def = dup(c, res, i, 8);
		len += 12;
	}
	PQclear(res);
	if ((c->oids = malloc(len)) == NULL)
		goto nomem_nores;
	p = c->oids;
	*p++ = '{';
	for (size_t k = 0; k < s->nrels; k++)
		p += sprintf(p, "%s%u", k ? "," : "", s->rels[k].oid);
	*p++ = '}';
	*p = '\0';
	return c->nomem ? E_NOMEM : 0;
nomem:
	PQclear(res);
nomem_nores:
	return E_NOMEM;
}

static int
load_columns(struct ctx *c, char **type_oids)
{
	const char *params[1] = { c->oids };
	PGresult *res;
	struct schema_relation *r;
	int i, n;
	char *p;

	if ((res = run(c, SQL_COLUMNS, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	if ((*type_oids = p = malloc((size_t)n * 12 + 3)) == NULL) {
		PQclear(res);
		return E_NOMEM;
	}
	*p++ = '{';
	for (i = 0; i < n; i++) {
		struct schema_column *col;
		const struct policy_column *mask;
		if ((r = find_rel(c->s, oid_at(res, i, 0))) == NULL)
			continue;
		if (column_denied(c->flt, r->schema, r->name, PQgetvalue(res, i, 2))) {
			c->s->hidden_columns++;
			continue;
		}
		if (r->ncolumns % 16 == 0) {
			struct schema_column *nc = realloc(r->columns, (r->ncolumns + 16) * sizeof *nc);
			if (nc == NULL) {
				c->nomem = 1;
				break;
			}
			r->columns = nc;
		}
		col = &r->columns[r->ncolumns++];
		memset(col, 0, sizeof *col);
		col->attnum = atoi(PQgetvalue(res, i, 1));
		col->name = dup(c, res, i, 2);
		col->qname = dup(c, res, i, 3);
		col->type = dup(c, res, i, 4);
		col->not_null = PQgetvalue(res, i, 5)[0] == 't';
		col->identity = PQgetvalue(res, i, 6)[0];
		if (PQgetvalue(res, i, 7)[0] == 's')
			col->generated_expr = dup(c, res, i, 8);
		else if (col->identity == 0)
			col->default_expr = dup(c, res, i, 8);
		col->comment = dup(c, res, i, 9);
		mask = col->name ? mask_lookup(c->flt->policy, r->schema, r->name, col->name) : NULL;
		col->mask = mask ? mask->mask : MASK_NONE;
		p += sprintf(p, "%s%s", p[-1] == '{' ? "" : ",", PQgetvalue(res, i, 10));
	}
	*p++ = '}';
	*p = '\0';
	PQclear(res);
	return c->nomem ? E_NOMEM : 0;
}

static int
load_constraints(struct ctx *c)
{
	const char *params[1] = { c->oids };
	PGresult *res;
	int i, n;

	if ((res = run(c, SQL_CONSTRAINTS, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	for (i = 0; i < n && !c->nomem; i++) {
		struct schema_relation *r = find_rel(c->s, oid_at(res, i, 0)), *ref = NULL;
		struct schema_constraint k = { 0 }, *nk;
		if (r == NULL)
			continue;
		k.type = PQgetvalue(res, i, 3)[0];
		k.cols = int_array(c, PQgetvalue(res, i, 5), &k.ncols);
		if (k.type == 'f') {
			k.ref_oid = oid_at(res, i, 6);
			k.ref_cols = int_array(c, PQgetvalue(res, i, 7), &k.nref_cols);
			ref = find_rel(c->s, k.ref_oid);
		}
		/* anything that mentions a hidden column or table is dropped entirely */
		if (!all_cols_visible(r, k.cols, k.ncols) ||
		    (k.type == 'f' && (ref == NULL || !all_cols_visible(ref, k.ref_cols, k.nref_cols)))) {
			free(k.cols);
			free(k.ref_cols);
			continue;
		}
		k.name = dup(c, res, i, 1);
		k.qname = dup(c, res, i, 2);
		k.definition = dup(c, res, i, 4);
		if ((nk = realloc(r->constraints, (r->nconstraints + 1) * sizeof *nk)) == NULL) {
			free(k.cols);
			free(k.ref_cols);
			free(k.name);
			free(k.qname);
			free(k.definition);
			c->nomem = 1;
			break;
		}
		r->constraints = nk;
		r->constraints[r->nconstraints++] = k;
	}
	PQclear(res);
	return c->nomem ? E_NOMEM : 0;
}

static int
load_indexes(struct ctx *c)
{
	const char *params[1] = { c->oids };
	PGresult *res;
	int i, n;

	if ((res = run(c, SQL_INDEXES, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	for (i = 0; i < n && !c->nomem; i++) {
		struct schema_relation *r = find_rel(c->s, oid_at(res, i, 0));
		struct schema_index *ni;
		size_t ncols;
		int *cols, visible;
		if (r == NULL || PQgetvalue(res, i, 4)[0] == 't')
			continue;      /* backs a constraint: written with the constraint */
		cols = int_array(c, PQgetvalue(res, i, 5), &ncols);
		visible = all_cols_visible(r, cols, ncols);
		free(cols);
		if (!visible)
			continue;
		if ((ni = realloc(r->indexes, (r->nindexes + 1) * sizeof *ni)) == NULL) {
			c->nomem = 1;
			break;
		}
		r->indexes = ni;
		ni = &r->indexes[r->nindexes++];
		ni->name = dup(c, res, i, 1);
		ni->definition = dup(c, res, i, 2);
		ni->unique = PQgetvalue(res, i, 3)[0] == 't';
	}
	PQclear(res);
	return c->nomem ? E_NOMEM : 0;
}

static int
load_sequences(struct ctx *c)
{
	const char *params[1] = { c->oids };
	PGresult *res;
	int i, n;

	if ((res = run(c, SQL_SEQUENCES, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	for (i = 0; i < n && !c->nomem; i++) {
		struct schema_relation *r = find_rel(c->s, oid_at(res, i, 0));
		struct schema_sequence *ns;
		int attnum = atoi(PQgetvalue(res, i, 1));
		if (r == NULL || find_col(r, attnum) == NULL)
			continue;
		if ((ns = realloc(r->sequences, (r->nsequences + 1) * sizeof *ns)) == NULL) {
			c->nomem = 1;
			break;
		}
		r->sequences = ns;
		ns = &r->sequences[r->nsequences++];
		ns->attnum = attnum;
		ns->qname = dup(c, res, i, 2);
		ns->type = dup(c, res, i, 3);
	}
	PQclear(res);
	return c->nomem ? E_NOMEM : 0;
}

static int
load_enums(struct ctx *c, const char *type_oids)
{
	const char *params[1] = { type_oids };
	struct schema *s = c->s;
	unsigned last = 0;
	PGresult *res;
	int i, n;

	if ((res = run(c, SQL_ENUMS, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	if (n > 0 && (s->enums = calloc((size_t)n, sizeof *s->enums)) == NULL)
		c->nomem = 1;
	for (i = 0; i < n && !c->nomem; i++) {
		struct schema_enum *e;
		if (oid_at(res, i, 0) != last) {
			last = oid_at(res, i, 0);
			e = &s->enums[s->nenums++];
			e->qschema = dup(c, res, i, 1);
			e->qname = dup(c, res, i, 2);
			if ((e->labels = calloc((size_t)n, sizeof *e->labels)) == NULL) {
				c->nomem = 1;
				break;
			}
		}
		e = &s->enums[s->nenums - 1];
		e->labels[e->nlabels++] = dup(c, res, i, 3);
	}
	PQclear(res);
	return c->nomem ? E_NOMEM : 0;
}

static int
load_domains(struct ctx *c, const char *type_oids)
{
	const char *params[1] = { type_oids };
	struct schema *s = c->s;
	PGresult *res;
	int i, n;

	if ((res = run(c, SQL_DOMAINS, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	if (n > 0 && (s->domains = calloc((size_t)n, sizeof *s->domains)) == NULL)
		c->nomem = 1;
	for (i = 0; i < n && !c->nomem; i++) {
		struct schema_domain *d = &s->domains[s->ndomains++];
		d->qschema = dup(c, res, i, 0);
		d->qname = dup(c, res, i, 1);
		d->base = dup(c, res, i, 2);
		d->not_null = PQgetvalue(res, i, 3)[0] == 't';
		d->default_expr = dup(c, res, i, 4);
		d->constraints = dup(c, res, i, 5);
	}
	PQclear(res);
	return c->nomem ? E_NOMEM : 0;
}

static int
load_view_deps(struct ctx *c)
{
	const char *params[1] = { c->oids };
	PGresult *res;
	int i, n;

	if ((res = run(c, SQL_VIEW_DEPS, 1, params)) == NULL)
		return E_DB;
	n = PQntuples(res);
	for (i = 0; i < n && !c->nomem; i++) {
		struct schema_relation *v = find_rel(c->s, oid_at(res, i, 0));
		const char *sch = PQgetvalue(res, i, 2), *tab = PQgetvalue(res, i, 3);
		unsigned dep = oid_at(res, i, 1);
		unsigned *nd;
		if (v == NULL)
			continue;
		if (strcmp(sch, "pg_catalog") == 0 || strcmp(sch, "information_schema") == 0)
			continue;
		if (table_hidden(c->flt, sch, tab) ||
		    (!PQgetisnull(res, i, 4) && column_denied(c->flt, sch, tab, PQgetvalue(res, i, 4)))) {
			v->view_hidden_deps = 1;
			continue;
		}
		if (v->nview_deps > 0 && v->view_deps[v->nview_deps - 1] == dep)
			continue;
		if ((nd = realloc(v->view_deps, (v->nview_deps + 1) * sizeof *nd)) == NULL) {
			c->nomem = 1;
			break;
		}
		v->view_deps = nd;
		v->view_deps[v->nview_deps++] = dep;
	}
	PQclear(res);
	for (size_t k = 0; k < c->s->nrels; k++) {
		struct schema_relation *v = &c->s->rels[k];
		if (v->view_hidden_deps) {
			free(v->view_def);
			v->view_def = NULL;
		}
	}
	return c->nomem ? E_NOMEM : 0;
}

int
schema_load(PGconn *conn, const struct schema_filter *flt, struct schema **out, char *err, size_t errlen)
{
	struct ctx c = { conn, flt, NULL, err, errlen, 0, NULL };
	PGresult *res = NULL;
	char *type_oids = NULL;
	int r = E_NOMEM, in_tx = 0;

	*out = NULL;
	err[0] = '\0';
	if ((c.s = calloc(1, sizeof *c.s)) == NULL)
		goto out;
	r = E_DB;
	if ((res = run(&c, "BEGIN READ ONLY", 0, NULL)) == NULL)
		goto out;
	in_tx = 1;
	PQclear(res);
	if ((res = run(&c, "SET LOCAL search_path = pg_catalog", 0, NULL)) == NULL)
		goto out;
	PQclear(res);
	res = NULL;
	if ((r = load_relations(&c)) != 0 || (r = load_columns(&c, &type_oids)) != 0 ||
	    (r = load_constraints(&c)) != 0 || (r = load_indexes(&c)) != 0 ||
	    (r = load_sequences(&c)) != 0 || (r = load_enums(&c, type_oids)) != 0 ||
	    (r = load_domains(&c, type_oids)) != 0 ||
	    (r = load_view_deps(&c)) != 0)
		goto out;
	*out = c.s;
	c.s = NULL;
	r = 0;
out:
	if (r == E_NOMEM && err[0] == '\0')
		snprintf(err, errlen, "out of memory reading the catalog");
	if (in_tx)
		PQclear(PQexec(conn, r == 0 ? "COMMIT" : "ROLLBACK"));
	free(type_oids);
	free(c.oids);
	schema_free(c.s);
	return r;
}

void
schema_free(struct schema *s)
{
	size_t i, j;

	if (s == NULL)
		return;
	for (i = 0; i < s->nrels; i++) {
		struct schema_relation *r = &s->rels[i];
		for (j = 0; j < r->ncolumns; j++) {
			struct schema_column *c = &r->columns[j];
			free(c->name), free(c->qname), free(c->type), free(c->default_expr);
			free(c->generated_expr), free(c->comment);
		}
		for (j = 0; j < r->nconstraints; j++) {
			struct schema_constraint *k = &r->constraints[j];
			free(k->name), free(k->qname), free(k->definition), free(k->cols), free(k->ref_cols);
		}
		for (j = 0; j < r->nindexes; j++)
			free(r->indexes[j].name), free(r->indexes[j].definition);
		for (j = 0; j < r->nsequences; j++)
			free(r->sequences[j].qname), free(r->sequences[j].type);
		free(r->schema), free(r->name), free(r->qschema), free(r->qname), free(r->comment);
		free(r->view_def), free(r->columns), free(r->constraints), free(r->indexes);
		free(r->sequences), free(r->view_deps);
	}
	for (i = 0; i < s->nenums; i++) {
		for (j = 0; j < s->enums[i].nlabels; j++)
			free(s->enums[i].labels[j]);
		free(s->enums[i].labels), free(s->enums[i].qname), free(s->enums[i].qschema);
	}
	for (i = 0; i < s->ndomains; i++) {
		struct schema_domain *d = &s->domains[i];
		free(d->qname), free(d->qschema), free(d->base), free(d->default_expr), free(d->constraints);
	}
	free(s->rels), free(s->enums), free(s->domains), free(s->database);
	free(s);
}
