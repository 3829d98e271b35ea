/* The three renderings of a loaded schema (schema.h): markdown for a model's context (one
 * section per relation, columns as a list, keys inline, relationships spelled out both ways),
 * json (the same facts as data), and sql (DDL that loads into an empty database in order:
 * schemas, enum types, domains, sequences, tables, constraints, foreign keys, indexes, views, comments). */
#include <stdlib.h>
#include <string.h>

#include <yyjson.h>

#include "gov/mask.h"
#include "db/schema.h"

static const char *
kind_name(char kind)
{
	switch (kind) {
	case 'r': return "table";
	case 'p': return "partitioned table";
	case 'v': return "view";
	case 'm': return "materialized view";
	case 'f': return "foreign table";
	}
	return "relation";
}

static int
is_view(const struct schema_relation *r)
{
	return r->kind == 'v' || r->kind == 'm';
}

/* single_col: the constraint of type `type` on exactly column attnum, or NULL. */
static const struct schema_constraint *
single_col(const struct schema_relation *r, char type, int attnum)
{
	for (size_t i = 0; i < r->nconstraints; i++) {
		const struct schema_constraint *k = &r->constraints[i];
		if (k->type == type && k->ncols == 1 && k->cols[0] == attnum)
			return k;
	}
	return NULL;
}

/* col_list: writes "(a, b)" with the names of attnums in r. */
static void
col_list(FILE *out, const struct schema_relation *r, const int *cols, size_t n)
{
	putc('(', out);
	for (size_t i = 0; i < n; i++) {
		const char *name = schema_column_name(r, cols[i]);
		fprintf(out, "%s%s", i ? ", " : "", name ? name : "?");
	}
	putc(')', out);
}

/* index_tail: "btree (created_at)" from a CREATE INDEX statement. */
static const char *
index_tail(const char *def)
{
	const char *p = strstr(def, " USING ");
	return p ? p + 7 : def;
}

static void
md_relation(FILE *out, const struct schema *s, const struct schema_relation *r)
{
	size_t i, j;
	int any;

	fprintf(out, "## %s.%s (%s", r->schema, r->name, kind_name(r->kind));
	if (r->kind != 'v') {
		if (r->est_rows >= 0)
			fprintf(out, ", ~%.0f rows", r->est_rows);
		else
			fputs(", rows unknown", out);
	}
	fputs(")\n", out);
	if (r->comment)
		fprintf(out, "%s\n", r->comment);
	for (i = 0; i < r->ncolumns; i++) {
		const struct schema_column *c = &r->columns[i];
		const struct schema_constraint *fk = single_col(r, 'f', c->attnum);
		fprintf(out, "- %s %s", c->name, c->type);
		if (c->not_null)
			fputs(" not null", out);
		if (c->identity)
			fputs(", identity", out);
		if (c->generated_expr)
			fprintf(out, ", generated as %s", c->generated_expr);
		if (c->default_expr)
			fprintf(out, ", default %s", c->default_expr);
		if (single_col(r, 'p', c->attnum))
			fputs(", primary key", out);
		if (single_col(r, 'u', c->attnum))
			fputs(", unique", out);
		if (fk) {
			const struct schema_relation *ref = schema_find(s, fk->ref_oid);
			fprintf(out, ", references %s.%s.%s", ref->schema, ref->name,
			    schema_column_name(ref, fk->ref_cols[0]));
		}
		if (c->mask != MASK_NONE)
			fprintf(out, ", MASKED (%s)", mask_kind_name(c->mask));
		if (c->comment)
			fprintf(out, ": %s", c->comment);
		putc('\n', out);
	}
	for (i = 0; i < r->nconstraints; i++) {
		const struct schema_constraint *k = &r->constraints[i];
		if ((k->type == 'p' || k->type == 'u' || k->type == 'f') && k->ncols == 1)
			continue;   /* said on the column */
		if (k->type == 'p' || k->type == 'u') {
			fputs(k->type == 'p' ? "Primary key: " : "Unique: ", out);
			col_list(out, r, k->cols, k->ncols);
			putc('\n', out);
		} else if (k->type == 'f') {
			const struct schema_relation *ref = schema_find(s, k->ref_oid);
			fputs("Foreign key: ", out);
			col_list(out, r, k->cols, k->ncols);
			fprintf(out, " references %s.%s", ref->schema, ref->name);
			col_list(out, ref, k->ref_cols, k->nref_cols);
			putc('\n', out);
		} else
			fprintf(out, "Check: %s\n", k->definition);
	}
	any = 0;
	for (i = 0; i < s->nrels; i++)
		for (j = 0; j < s->rels[i].nconstraints; j++) {
			const struct schema_constraint *k = &s->rels[i].constraints[j];
			if (k->type != 'f' || k->ref_oid != r->oid)
				continue;
			fprintf(out, "%s%s.%s", any++ ? "; " : "Referenced by: ", s->rels[i].schema, s->rels[i].name);
			col_list(out, &s->rels[i], k->cols, k->ncols);
		}
	if (any)
		putc('\n', out);
	for (i = 0; i < r->nindexes; i++)
		fprintf(out, "%s%s%s %s", i ? "; " : "Indexes: ", r->indexes[i].name,
		    r->indexes[i].unique ? " unique" : "", index_tail(r->indexes[i].definition));
	if (r->nindexes)
		putc('\n', out);
	if (is_view(r)) {
		if (r->view_def)
			fprintf(out, "Definition:\n```sql\n%s\n```\n", r->view_def + strspn(r->view_def, " "));
		else
			fputs("Definition: hidden (it reads objects the policy hides)\n", out);
	}
	putc('\n', out);
}

int
schema_write_markdown(FILE *out, const struct schema *s)
{
	size_t i, j, nfk = 0;

	fprintf(out, "# Database %s: %zu relation%s\n", s->database ? s->database : "?", s->nrels,
	    s->nrels == 1 ? "" : "s");
	if (s->hidden_tables || s->hidden_columns)
		fprintf(out, "(%zu table%s and %zu column%s are hidden by the policy and cannot be queried.)\n",
		    s->hidden_tables, s->hidden_tables == 1 ? "" : "s", s->hidden_columns,
		    s->hidden_columns == 1 ? "" : "s");
	fputs("MASKED columns return masked values and may only be selected, not filtered, sorted or joined on.\n\n", out);
	for (i = 0; i < s->nrels; i++)
		md_relation(out, s, &s->rels[i]);
	for (i = 0; i < s->nrels; i++)
		for (j = 0; j < s->rels[i].nconstraints; j++) {
			const struct schema_relation *r = &s->rels[i], *ref;
			const struct schema_constraint *k = &r->constraints[j];
			if (k->type != 'f')
				continue;
			if (nfk++ == 0)
				fputs("## Relationships (join paths)\n", out);
			ref = schema_find(s, k->ref_oid);
			fprintf(out, "- %s.%s", r->schema, r->name);
			col_list(out, r, k->cols, k->ncols);
			fprintf(out, " -> %s.%s", ref->schema, ref->name);
			col_list(out, ref, k->ref_cols, k->nref_cols);
			fprintf(out, ": each %s row belongs to at most one %s row\n", r->name, ref->name);
		}
	return fflush(out) != 0 || ferror(out) ? E_IO : 0;
}

/* ---- json ---- */

/* put_str: key: value, or key: null when value is NULL (yyjson would skip the key). */
static void
put_str(yyjson_mut_doc *d, yyjson_mut_val *o, const char *key, const char *value)
{
	if (value != NULL)
		yyjson_mut_obj_add_str(d, o, key, value);
	else
		yyjson_mut_obj_add_null(d, o, key);
}

static yyjson_mut_val *
names_arr(yyjson_mut_doc *d, const struct schema_relation *r, const int *cols, size_t n)
{
	yyjson_mut_val *a = yyjson_mut_arr(d);

	for (size_t i = 0; a && i < n; i++)
		yyjson_mut_arr_add_str(d, a, schema_column_name(r, cols[i]));
	return a;
}

static yyjson_mut_val *
json_relation(yyjson_mut_doc *d, const struct schema *s, const struct schema_relation *r)
{
	yyjson_mut_val *o = yyjson_mut_obj(d), *cols, *fks, *idx, *checks, *uniq, *refby;
	size_t i, j;

	yyjson_mut_obj_add_str(d, o, "schema", r->schema);
	yyjson_mut_obj_add_str(d, o, "name", r->name);
	yyjson_mut_obj_add_str(d, o, "kind", kind_name(r->kind));
	put_str(d, o, "comment", r->comment);
	if (r->kind != 'v' && r->est_rows >= 0)
		yyjson_mut_obj_add_real(d, o, "estimated_rows", r->est_rows);
	else
		yyjson_mut_obj_add_null(d, o, "estimated_rows");
	cols = yyjson_mut_obj_add_arr(d, o, "columns");
	for (i = 0; i < r->ncolumns; i++) {
		const struct schema_column *c = &r->columns[i];
		yyjson_mut_val *co = yyjson_mut_arr_add_obj(d, cols);
		yyjson_mut_obj_add_str(d, co, "name", c->name);
		yyjson_mut_obj_add_str(d, co, "type", c->type);
		yyjson_mut_obj_add_bool(d, co, "nullable", !c->not_null);
		put_str(d, co, "default", c->default_expr);
		if (c->generated_expr)
			yyjson_mut_obj_add_str(d, co, "generated", c->generated_expr);
		if (c->identity)
			yyjson_mut_obj_add_str(d, co, "identity", c->identity == 'a' ? "always" : "by default");
		put_str(d, co, "comment", c->comment);
		if (c->mask != MASK_NONE)
			yyjson_mut_obj_add_str(d, co, "masked", mask_kind_name(c->mask));
	}
	yyjson_mut_obj_add_null(d, o, "primary_key");
	uniq = yyjson_mut_obj_add_arr(d, o, "unique");
	fks = yyjson_mut_obj_add_arr(d, o, "foreign_keys");
	checks = yyjson_mut_obj_add_arr(d, o, "checks");
	for (i = 0; i < r->nconstraints; i++) {
		const struct schema_constraint *k = &r->constraints[i];
		if (k->type == 'p') {
			yyjson_mut_obj_remove_key(o, "primary_key");
			yyjson_mut_obj_add_val(d, o, "primary_key", names_arr(d, r, k->cols, k->ncols));
		} else if (k->type == 'u') {
			yyjson_mut_arr_append(uniq, names_arr(d, r, k->cols, k->ncols));
		} else if (k->type == 'f') {
			const struct schema_relation *ref = schema_find(s, k->ref_oid);
			yyjson_mut_val *fo = yyjson_mut_arr_add_obj(d, fks);
			yyjson_mut_obj_add_str(d, fo, "name", k->name);
			yyjson_mut_obj_add_val(d, fo, "columns", names_arr(d, r, k->cols, k->ncols));
			yyjson_mut_obj_add_str(d, fo, "references_schema", ref->schema);
			yyjson_mut_obj_add_str(d, fo, "references_table", ref->name);
			yyjson_mut_obj_add_val(d, fo, "references_columns", names_arr(d, ref, k->ref_cols, k->nref_cols));
			yyjson_mut_obj_add_str(d, fo, "definition", k->definition);
		} else {
			yyjson_mut_arr_add_str(d, checks, k->definition);
		}
	}
	refby = yyjson_mut_obj_add_arr(d, o, "referenced_by");
	for (i = 0; i < s->nrels; i++)
		for (j = 0; j < s->rels[i].nconstraints; j++) {
			const struct schema_constraint *k = &s->rels[i].constraints[j];
			yyjson_mut_val *ro;
			if (k->type != 'f' || k->ref_oid != r->oid)
				continue;
			ro = yyjson_mut_arr_add_obj(d, refby);
			yyjson_mut_obj_add_str(d, ro, "schema", s->rels[i].schema);
			yyjson_mut_obj_add_str(d, ro, "table", s->rels[i].name);
			yyjson_mut_obj_add_val(d, ro, "columns", names_arr(d, &s->rels[i], k->cols, k->ncols));
		}
	idx = yyjson_mut_obj_add_arr(d, o, "indexes");
	for (i = 0; i < r->nindexes; i++) {
		yyjson_mut_val *io = yyjson_mut_arr_add_obj(d, idx);
		yyjson_mut_obj_add_str(d, io, "name", r->indexes[i].name);
		yyjson_mut_obj_add_bool(d, io, "unique", r->indexes[i].unique);
		yyjson_mut_obj_add_str(d, io, "definition", r->indexes[i].definition);
	}
	if (is_view(r))
		put_str(d, o, "definition", r->view_def);
	return o;
}

int
schema_write_json(FILE *out, const struct schema *s)
{
	yyjson_mut_doc *d = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *root, *rels;
	yyjson_write_err werr;
	int r = E_NOMEM;

	if (d == NULL || (root = yyjson_mut_obj(d)) == NULL)
		goto out;
	yyjson_mut_doc_set_root(d, root);
	put_str(d, root, "database", s->database);
	yyjson_mut_obj_add_uint(d, root, "hidden_tables", s->hidden_tables);
	yyjson_mut_obj_add_uint(d, root, "hidden_columns", s->hidden_columns);
	rels = yyjson_mut_obj_add_arr(d, root, "relations");
	for (size_t i = 0; rels && i < s->nrels; i++)
		yyjson_mut_arr_append(rels, json_relation(d, s, &s->rels[i]));
	if (!yyjson_mut_write_fp(out, d, YYJSON_WRITE_PRETTY_TWO_SPACES, NULL, &werr))
		goto out;
	putc('\n', out);
	r = fflush(out) != 0 || ferror(out) ? E_IO : 0;
out:
	yyjson_mut_doc_free(d);
	return r;
}

/* ---- sql ---- */

static void
sql_literal(FILE *out, const char *s)
{
	putc('\'', out);
	for (; *s; s++) {
		if (*s == '\'')
			putc('\'', out);
		putc(*s, out);
	}
	putc('\'', out);
}

static void
sql_table(FILE *out, const struct schema_relation *r)
{
	size_t i;

	for (i = 0; i < r->nsequences; i++)
		fprintf(out, "CREATE SEQUENCE %s AS %s;\n", r->sequences[i].qname, r->sequences[i].type);
	fprintf(out, "CREATE TABLE %s.%s (", r->qschema, r->qname);
	for (i = 0; i < r->ncolumns; i++) {
		const struct schema_column *c = &r->columns[i];
		fprintf(out, "%s\n    %s %s", i ? "," : "", c->qname, c->type);
		if (c->identity)
			fprintf(out, " GENERATED %s AS IDENTITY", c->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
		if (c->generated_expr)
			fprintf(out, " GENERATED ALWAYS AS (%s) STORED", c->generated_expr);
		if (c->default_expr)
			fprintf(out, " DEFAULT %s", c->default_expr);
		if (c->not_null)
			fputs(" NOT NULL", out);
	}
	fputs("\n);\n", out);
	for (i = 0; i < r->nsequences; i++) {
		const char *col = NULL;
		for (size_t j = 0; j < r->ncolumns; j++)
			if (r->columns[j].attnum == r->sequences[i].attnum)
				col = r->columns[j].qname;
		fprintf(out, "ALTER SEQUENCE %s OWNED BY %s.%s.%s;\n", r->sequences[i].qname, r->qschema,
		    r->qname, col);
	}
}

static void
sql_constraints(FILE *out, const struct schema_relation *r, int foreign)
{
	for (size_t i = 0; i < r->nconstraints; i++) {
		const struct schema_constraint *k = &r->constraints[i];
		if ((k->type == 'f') != foreign)
			continue;
		fprintf(out, "ALTER TABLE ONLY %s.%s ADD CONSTRAINT %s %s;\n", r->qschema, r->qname, k->qname,
		    k->definition);
	}
}

static void
sql_view(FILE *out, const struct schema_relation *r)
{
	size_t len = strlen(r->view_def);

	while (len > 0 && (r->view_def[len - 1] == ';' || r->view_def[len - 1] == ' ' ||
	    r->view_def[len - 1] == '\n'))
		len--;
	fprintf(out, "CREATE %sVIEW %s.%s AS\n%.*s%s;\n", r->kind == 'm' ? "MATERIALIZED " : "", r->qschema,
	    r->qname, (int)len, r->view_def, r->kind == 'm' ? "\nWITH NO DATA" : "");
}

static void
sql_comments(FILE *out, const struct schema_relation *r)
{
	const char *what = r->kind == 'v' ? "VIEW" : r->kind == 'm' ? "MATERIALIZED VIEW" :
	    r->kind == 'f' ? "FOREIGN TABLE" : "TABLE";

	if (r->comment) {
		fprintf(out, "COMMENT ON %s %s.%s IS ", what, r->qschema, r->qname);
		sql_literal(out, r->comment);
		fputs(";\n", out);
	}
	for (size_t i = 0; i < r->ncolumns; i++)
		if (r->columns[i].comment) {
			fprintf(out, "COMMENT ON COLUMN %s.%s.%s IS ", r->qschema, r->qname, r->columns[i].qname);
			sql_literal(out, r->columns[i].comment);
			fputs(";\n", out);
		}
}

/* sql_views: writes views whose view dependencies are already written, pass by pass; done[i]
 * ends as 1 for every relation that exists in the dump. */
static void
sql_views(FILE *out, const struct schema *s, char *done)
{
	size_t i, j, progress = 1;

	for (i = 0; i < s->nrels; i++) {
		const struct schema_relation *r = &s->rels[i];
		if (!is_view(r))
			done[i] = 1;
		else if (r->view_def == NULL) {
			fprintf(out, "-- view %s.%s omitted: it reads objects the policy hides\n", r->qschema, r->qname);
			done[i] = 2;
		}
	}
	while (progress) {
		progress = 0;
		for (i = 0; i < s->nrels; i++) {
			const struct schema_relation *r = &s->rels[i];
			int ready = 1;
			if (done[i])
				continue;
			for (j = 0; j < r->nview_deps && ready; j++) {
				const struct schema_relation *dep = schema_find(s, r->view_deps[j]);
				if (dep != NULL && dep != r && done[dep - s->rels] != 1)
					ready = 0;
			}
			if (!ready)
				continue;
			sql_view(out, r);
			done[i] = 1;
			progress = 1;
		}
	}
	for (i = 0; i < s->nrels; i++)
		if (!done[i])
			fprintf(out, "-- view %s.%s omitted: it reads a view that was omitted\n", s->rels[i].qschema,
			    s->rels[i].qname);
}

/* qschema_at: the quoted schema of the i-th object: enums, then domains, then relations. */
static const char *
qschema_at(const struct schema *s, size_t i)
{
	if (i < s->nenums)
		return s->enums[i].qschema;
	i -= s->nenums;
	return i < s->ndomains ? s->domains[i].qschema : s->rels[i - s->ndomains].qschema;
}

/* create_schema: CREATE SCHEMA for object i's schema, unless public or already written. */
static void
create_schema(FILE *out, const struct schema *s, size_t i)
{
	const char *q = qschema_at(s, i);

	if (strcmp(q, "public") == 0)
		return;
	for (size_t j = 0; j < i; j++)
		if (strcmp(qschema_at(s, j), q) == 0)
			return;
	fprintf(out, "CREATE SCHEMA IF NOT EXISTS %s;\n", q);
}

int
schema_write_sql(FILE *out, const struct schema *s)
{
	char *done = calloc(s->nrels ? s->nrels : 1, 1);
	size_t i, j;

	if (done == NULL)
		return E_NOMEM;
	fprintf(out, "-- mcpdb schema dump of database %s: the objects the policy lets the model see.\n"
	    "-- Load into an empty database: psql -v ON_ERROR_STOP=1 -f this.sql\n"
	    "SET standard_conforming_strings = on;\n"
	    "SET check_function_bodies = false;\n\n", s->database ? s->database : "?");
	for (i = 0; i < s->nenums + s->ndomains + s->nrels; i++)
		create_schema(out, s, i);
	for (i = 0; i < s->nenums; i++) {
		fprintf(out, "CREATE TYPE %s AS ENUM (", s->enums[i].qname);
		for (j = 0; j < s->enums[i].nlabels; j++) {
			if (j)
				fputs(", ", out);
			sql_literal(out, s->enums[i].labels[j]);
		}
		fputs(");\n", out);
	}
	for (i = 0; i < s->ndomains; i++) {
		const struct schema_domain *d = &s->domains[i];
		fprintf(out, "CREATE DOMAIN %s AS %s", d->qname, d->base);
		if (d->default_expr)
			fprintf(out, " DEFAULT %s", d->default_expr);
		if (d->not_null)
			fputs(" NOT NULL", out);
		if (d->constraints)
			fprintf(out, " %s", d->constraints);
		fputs(";\n", out);
	}
	for (i = 0; i < s->nrels; i++) {
		if (s->rels[i].kind == 'f')
			fprintf(out, "-- foreign table %s.%s omitted: it needs its server\n", s->rels[i].qschema,
			    s->rels[i].qname);
		else if (!is_view(&s->rels[i]))
			sql_table(out, &s->rels[i]);
	}
	for (i = 0; i < s->nrels; i++)
		if (!is_view(&s->rels[i]) && s->rels[i].kind != 'f')
			sql_constraints(out, &s->rels[i], 0);
	for (i = 0; i < s->nrels; i++)
		if (!is_view(&s->rels[i]) && s->rels[i].kind != 'f')
			sql_constraints(out, &s->rels[i], 1);
	for (i = 0; i < s->nrels; i++)
		for (j = 0; !is_view(&s->rels[i]) && j < s->rels[i].nindexes; j++)
			fprintf(out, "%s;\n", s->rels[i].indexes[j].definition);
	sql_views(out, s, done);
	for (i = 0; i < s->nrels; i++)   /* materialized views' indexes, once they exist */
		for (j = 0; is_view(&s->rels[i]) && done[i] == 1 && j < s->rels[i].nindexes; j++)
			fprintf(out, "%s;\n", s->rels[i].indexes[j].definition);
	for (i = 0; i < s->nrels; i++)
		if (s->rels[i].kind != 'f' && done[i] == 1)
			sql_comments(out, &s->rels[i]);
	free(done);
	return fflush(out) != 0 || ferror(out) ? E_IO : 0;
}
