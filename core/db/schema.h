/* Schema introspection for `mcpdb schema`: reads tables, views, columns, keys, indexes,
 * checks, comments and estimated rows from the catalogs with fixed, parameterised SQL, keeps
 * only what the policy lets the model see (denied tables and columns absent, and every
 * constraint, index or view definition that mentions them; masked columns marked), and writes
 * it as markdown (compact, for a model's context), json, or sql (DDL that re-creates the
 * visible schema on an empty database: enum types, domains, sequences, tables, constraints, indexes,
 * views, comments, in an order that loads). Blocking libpq: the CLI has nothing else to do. */
#ifndef MCPDB_SCHEMA_H
#define MCPDB_SCHEMA_H

#include <stddef.h>
#include <stdio.h>

#include <libpq-fe.h>

#include "base/err.h"
#include "gov/policy.h"

struct schema_column {
	char *name, *qname;        /* as stored, and quoted for SQL */
	char *type;                /* format_type(), schema-qualified when not built in */
	char *default_expr;        /* NULL: none (also for identity and generated columns) */
	char *generated_expr;      /* GENERATED ALWAYS AS (...) STORED, or NULL */
	char *comment;
	int attnum;
	int not_null;
	char identity;             /* 'a' always, 'd' by default, 0 none */
	enum mask_kind mask;       /* MASK_NONE when not masked */
};

struct schema_constraint {
	char *name, *qname;
	char type;                 /* 'p' primary key, 'u' unique, 'f' foreign key, 'c' check, 'x' exclusion */
	char *definition;          /* pg_get_constraintdef */
	int *cols;                 /* attnums of the constrained columns */
	size_t ncols;
	unsigned ref_oid;          /* foreign key: the referenced relation */
	int *ref_cols;
	size_t nref_cols;
};

struct schema_index {
	char *name;
	char *definition;          /* pg_get_indexdef: a whole CREATE INDEX statement */
	int unique;
};

struct schema_sequence {
	char *qname;               /* schema-qualified, quoted */
	char *type;                /* smallint, integer, bigint */
	int attnum;                /* the column that owns it (serial) */
};

struct schema_relation {
	unsigned oid;
	char *schema, *name;       /* as stored */
	char *qschema, *qname;     /* quoted for SQL */
	char kind;                 /* 'r' table, 'p' partitioned table, 'v' view, 'm' materialized view, 'f' foreign table */
	char *comment;
	double est_rows;           /* pg_class.reltuples; < 0: never analyzed */
	char *view_def;            /* views: pg_get_viewdef; NULL when it reads hidden objects */
	int view_hidden_deps;      /* the view reads a table or column the policy hides */
	struct schema_column *columns;
	size_t ncolumns;
	struct schema_constraint *constraints;
	size_t nconstraints;
	struct schema_index *indexes;   /* those not backing a constraint */
	size_t nindexes;
	struct schema_sequence *sequences;
	size_t nsequences;
	unsigned *view_deps;       /* views: the relations it reads (visible ones) */
	size_t nview_deps;
};

struct schema_enum {
	char *qname;               /* schema-qualified, quoted */
	char **labels;
	size_t nlabels;
	char *qschema;
};

struct schema_domain {
	char *qname, *qschema;     /* schema-qualified and quoted; its schema quoted */
	char *base;                /* format_type of the base type */
	char *default_expr;        /* or NULL */
	int not_null;
	char *constraints;         /* "CONSTRAINT x CHECK (...) ..." or NULL */
};

struct schema {
	char *database;
	struct schema_relation *rels;   /* ordered by schema, name */
	size_t nrels;
	struct schema_enum *enums;
	size_t nenums;
	struct schema_domain *domains;  /* domains used by visible columns (not domains of domains) */
	size_t ndomains;
	size_t hidden_tables;           /* counted, never named */
	size_t hidden_columns;
};

struct schema_filter {
	const char *schema;             /* NULL: every visible schema */
	const char *table;              /* NULL: every visible table */
	const char *const *schemas;     /* the SCHEMAS allowlist (config); NULL or empty: all */
	size_t nschemas;
	const struct policy *policy;    /* NULL: no policy */
};

/* schema_load: reads the visible schema through conn (runs one READ ONLY transaction with
 * search_path = pg_catalog so every name comes out qualified). 0 and *out (free with
 * schema_free); E_DB with the server's message in err; E_NOMEM. */
MUST_CHECK int schema_load(PGconn *conn, const struct schema_filter *flt, struct schema **out,
    char *err, size_t errlen);

/* schema_free: frees s and everything it owns; NULL is fine. */
void schema_free(struct schema *s);

/* schema_find: the relation with this oid, or NULL (hidden or not loaded). */
const struct schema_relation *schema_find(const struct schema *s, unsigned oid);

/* schema_column_name: the name of column attnum of r, or NULL when hidden. */
const char *schema_column_name(const struct schema_relation *r, int attnum);

/* Writers: 0, or E_IO when writing to out failed. */
MUST_CHECK int schema_write_markdown(FILE *out, const struct schema *s);
MUST_CHECK int schema_write_json(FILE *out, const struct schema *s);
MUST_CHECK int schema_write_sql(FILE *out, const struct schema *s);

#endif
