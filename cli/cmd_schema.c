/* mcpdb schema: the schema the policy lets the model see, as markdown (for a model's context),
 * json, or sql (DDL that re-creates it). Option parsing and output only; introspection and the
 * writers are core/schema*.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "base/err.h"
#include "opts.h"
#include "db/schema.h"
#include "session.h"

enum { OPT_FORMAT = 1, OPT_SCHEMA, OPT_TABLE, OPT_POLICY };

static const struct opt_spec schema_opts[] = {
	{ "format", 'f', 1, OPT_FORMAT },
	{ "schema", 's', 1, OPT_SCHEMA },
	{ "table", 't', 1, OPT_TABLE },
	{ "policy", 'p', 1, OPT_POLICY },
	{ NULL, 0, 0, 0 },
};

void
cmd_schema_help(FILE *f)
{
	fputs("usage: mcpdb schema [--format markdown|json|sql] [--schema S] [--table [S.]T] [--policy FILE]\n"
	      "\n"
	      "Prints the tables and views the policy lets the model see: columns with types,\n"
	      "nullability, defaults and comments, primary, unique and foreign keys, checks,\n"
	      "indexes, view definitions and estimated rows. Denied tables and columns are absent\n"
	      "(and so is every key, index or view definition that mentions them); masked columns\n"
	      "are marked. Only schemas in SCHEMAS (if set) and the policy's allowlist appear.\n"
	      "\n"
	      "  -f, --format F   markdown (default): compact, for pasting into a model's context,\n"
	      "                   with the join paths spelled out; json: the same as data;\n"
	      "                   sql: DDL that re-creates the visible schema on an empty database\n"
	      "                   (enum types, domains, sequences, tables, constraints, indexes, views,\n"
	      "                   comments; functions, triggers and partitions are not\n"
	      "                   included, and partitioned tables come out as plain tables)\n"
	      "  -s, --schema S   only schema S\n"
	      "  -t, --table T    only table or view T (S.T also sets the schema)\n"
	      "  -p, --policy F   the policy file (default: MCPDB_POLICY)\n"
	      "\n"
	      "Connects with DATABASE_URL or the PG* variables. Exit codes: 0 ok, 1 nothing\n"
	      "matched --schema/--table, 2 usage, 3 configuration, 4 database unreachable.\n", f);
}

int
cmd_schema(int argc, char **argv)
{
	const char *format = "markdown", *policy = NULL, *arg;
	char *table = NULL, err[512];
	struct schema_filter flt = { 0 };
	struct cli_session sess;
	struct schema *s = NULL;
	struct opts o;
	int id, rc, r;

	opts_init(&o, argc, argv, "schema");
	while ((id = opts_next(&o, schema_opts, &arg)) != OPTS_END) {
		switch (id) {
		case OPT_FORMAT: format = arg; break;
		case OPT_SCHEMA: flt.schema = arg; break;
		case OPT_TABLE: flt.table = arg; break;
		case OPT_POLICY: policy = arg; break;
		case OPTS_HELP: cmd_schema_help(stdout); return EXIT_OK_;
		case OPTS_ARG:
			fprintf(stderr, "mcpdb schema: unexpected argument '%s' (try mcpdb help schema)\n", arg);
			return EXIT_USAGE;
		default: return EXIT_USAGE;
		}
	}
	if (strcmp(format, "markdown") != 0 && strcmp(format, "md") != 0 && strcmp(format, "json") != 0 &&
	    strcmp(format, "sql") != 0) {
		fprintf(stderr, "mcpdb schema: --format wants markdown, json or sql, not '%s'\n", format);
		return EXIT_USAGE;
	}
	if (flt.table != NULL && flt.schema == NULL && strchr(flt.table, '.') != NULL) {
		if ((table = strdup(flt.table)) == NULL)
			return EXIT_SYSTEM;
		*strchr(table, '.') = '\0';
		flt.schema = table;
		flt.table = table + strlen(table) + 1;
	}
	if ((rc = cli_session_open(&sess, "schema", policy)) != EXIT_OK_)
		goto out;
	if ((rc = cli_session_connect(&sess)) != EXIT_OK_)
		goto out;
	flt.schemas = (const char *const *)sess.cfg.schemas;
	flt.nschemas = sess.cfg.nschemas;
	flt.policy = sess.policy;
	if ((r = schema_load(sess.conn, &flt, &s, err, sizeof err)) != 0) {
		fprintf(stderr, "mcpdb schema: %s\n", err);
		rc = r == E_NOMEM ? EXIT_SYSTEM : EXIT_DB;
		goto out;
	}
	if (format[0] == 'j')
		r = schema_write_json(stdout, s);
	else if (format[0] == 's')
		r = schema_write_sql(stdout, s);
	else
		r = schema_write_markdown(stdout, s);
	if (r != 0) {
		fprintf(stderr, "mcpdb schema: writing the output failed\n");
		rc = EXIT_SYSTEM;
	} else if ((flt.schema || flt.table) && s->nrels == 0) {
		fprintf(stderr, "mcpdb schema: no visible table or view matched%s%s%s%s\n",
		    flt.schema ? " schema " : "", flt.schema ? flt.schema : "", flt.table ? " table " : "",
		    flt.table ? flt.table : "");
		rc = EXIT_FAILED;
	}
out:
	schema_free(s);
	cli_session_close(&sess);
	free(table);
	return rc;
}
