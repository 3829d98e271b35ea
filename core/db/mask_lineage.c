/* The lineage lookup of masked columns: the policy's masked table and column names as two
 * text[] parameters of one catalog query, its rows turned into (table OID, attnum, rule)
 * entries with the rule from mask_lookup (schema-aware), and the match of a result column's
 * PQftable/PQftablecol against them. Used by the agent's query tool and by `mcpdb query`. */
#include "db/mask_lineage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gov/mask.h"

/* Every non-dropped column whose table and column names occur in the policy's masked lists;
 * mask_lookup then keeps only the exact (schema, table, column) rules. */
static const char SQL_MASK_LOOKUP[] =
    "SELECT c.oid, a.attnum, n.nspname, c.relname, a.attname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid "
    "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname = ANY($1::text[]) "
    "AND a.attname = ANY($2::text[])";

/* A text[] literal {"a","b"} of names[0..n), quoted and escaped; NULL on E_NOMEM. */
static char *
array_literal(const char *const *names, size_t n)
{
	size_t cap = 3;
	char *buf, *p;

	for (size_t i = 0; i < n; i++)
		cap += 2 * strlen(names[i]) + 3;
	if ((buf = malloc(cap)) == NULL)
		return NULL;
	p = buf;
	*p++ = '{';
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			*p++ = ',';
		*p++ = '"';
		for (const char *s = names[i]; *s; s++) {
			if (*s == '"' || *s == '\\')
				*p++ = '\\';
			*p++ = *s;
		}
		*p++ = '"';
	}
	*p++ = '}';
	*p = '\0';
	return buf;
}

int
mask_lineage_init(struct mask_lineage *l, const struct policy *p, struct pgx_stmt *stmt)
{
	const char **tables = NULL, **columns = NULL;
	size_t nt = 0, nc = 0, total = 0;
	int r = E_NOMEM;

	memset(l, 0, sizeof(*l));
	if (p == NULL)
		return 0;
	for (size_t i = 0; i < p->ntables; i++)
		total += p->tables[i].ncolumns;
	if (total == 0)
		return 0;
	if ((tables = calloc(p->ntables, sizeof(*tables))) == NULL || (columns = calloc(total, sizeof(*columns))) == NULL)
		goto out;
	for (size_t i = 0; i < p->ntables; i++) {
		const struct policy_table *t = &p->tables[i];
		int added = 0;

		for (size_t j = 0; j < t->ncolumns; j++) {
			if (t->columns[j].mask == MASK_NONE)
				continue;
			if (!added)
				tables[nt++] = t->name;
			added = 1;
			columns[nc++] = t->columns[j].name;
		}
	}
	r = 0;
	if (nc == 0)
		goto out;
	r = E_NOMEM;
	if ((l->tables = array_literal(tables, nt)) == NULL || (l->columns = array_literal(columns, nc)) == NULL) {
		mask_lineage_free(l);
		goto out;
	}
	l->params[0] = l->tables;
	l->params[1] = l->columns;
	*stmt = (struct pgx_stmt){SQL_MASK_LOOKUP, 2, l->params};
	r = 1;
out:
	free(tables);
	free(columns);
	return r;
}

int
mask_lineage_load(struct mask_lineage *l, const struct policy *p, const PGresult *res)
{
	int n = PQntuples(res);
	struct mask_col *m;

	if (n <= 0)
		return 0;
	if ((m = realloc(l->cols, (l->ncols + (size_t)n) * sizeof(*m))) == NULL)
		return E_NOMEM;
	l->cols = m;
	for (int i = 0; i < n; i++) {
		const struct policy_column *rule = mask_lookup(p, PQgetvalue(res, i, 2), PQgetvalue(res, i, 3),
		    PQgetvalue(res, i, 4));

		if (rule == NULL)
			continue;
		m = &l->cols[l->ncols++];
		m->table = (Oid)strtoul(PQgetvalue(res, i, 0), NULL, 10);
		m->attnum = atoi(PQgetvalue(res, i, 1));
		m->rule = rule;
		snprintf(m->name, sizeof(m->name), "%s.%s", PQgetvalue(res, i, 3), PQgetvalue(res, i, 4));
	}
	return 0;
}

const struct mask_col *
mask_lineage_find(const struct mask_lineage *l, Oid table, int attnum)
{
	if (table == InvalidOid || attnum <= 0)
		return NULL;
	for (size_t i = 0; i < l->ncols; i++)
		if (l->cols[i].table == table && l->cols[i].attnum == attnum)
			return &l->cols[i];
	return NULL;
}

void
mask_lineage_free(struct mask_lineage *l)
{
	free(l->tables);
	free(l->columns);
	free(l->cols);
	memset(l, 0, sizeof(*l));
}
