/* mcpdb check: judges one SQL statement with the SQL guard (core/guard/sqlguard.c) and the policy,
 * with no database: prints the rewritten SQL or the rejection, or all details as JSON.
 * Usable in CI to review query files. Option parsing and output only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yyjson.h>

#include "commands.h"
#include "base/err.h"
#include "base/json.h"
#include "base/limits.h"
#include "opts.h"
#include "gov/policy.h"
#include "gov/policy_yaml.h"
#include "guard/sqlguard.h"

enum { OPT_POLICY = 1, OPT_JSON, OPT_MAX_ROWS, OPT_ANALYZE };

static const struct opt_spec check_opts[] = {
	{ "policy", 'p', 1, OPT_POLICY },
	{ "json", 'j', 0, OPT_JSON },
	{ "max-rows", 'n', 1, OPT_MAX_ROWS },
	{ "allow-explain-analyze", 0, 0, OPT_ANALYZE },
	{ NULL, 0, 0, 0 },
};

void
cmd_check_help(FILE *f)
{
	fputs("usage: mcpdb check [--policy FILE] [--json] [--max-rows N] [SQL | -]\n"
	      "\n"
	      "Judges one SQL statement exactly as the agent would before sending it to the\n"
	      "database - parse, read-only contract, function rules, policy - without connecting\n"
	      "to one. Prints the rewritten SQL (row limit, row filters) when it is allowed, or\n"
	      "the stable rejection code and the reason.\n"
	      "\n"
	      "  -p, --policy F     the policy file (default: MCPDB_POLICY, else none)\n"
	      "  -j, --json         print verdict, code, reason, rewritten SQL, relations,\n"
	      "                     columns, functions, masked columns and the fingerprint as JSON\n"
	      "  -n, --max-rows N   the row limit to apply (default 100; LIMIT N+1 is written)\n"
	      "      --allow-explain-analyze   allow EXPLAIN ANALYZE (also a policy setting)\n"
	      "  SQL                the statement; `-` reads it from standard input\n"
	      "\n"
	      "Offline, only PostgreSQL built-in functions can be verified; others are rejected.\n"
	      "Exit codes: 0 allowed, 1 rejected, 2 usage, 3 bad policy file, 111 system error.\n"
	      "\n"
	      "examples:\n"
	      "  mcpdb check 'SELECT * FROM orders'\n"
	      "  mcpdb check --json --policy policy.yaml - < report.sql\n", f);
}

/* Reads all of stdin up to one byte past the guard's limit (so too_large is reported). */
static char *
read_stdin(size_t *lenp)
{
	size_t cap = LIMIT_SQL_BYTES + 2, len = 0;
	char *buf = malloc(cap);
	ssize_t n;

	if (buf == NULL)
		return NULL;
	while (len < cap - 1 && (n = read(0, buf + len, cap - 1 - len)) != 0) {
		if (n < 0) {
			free(buf);
			return NULL;
		}
		len += (size_t)n;
	}
	buf[len] = '\0';
	*lenp = len;
	return buf;
}

static void
add_list(yyjson_mut_doc *doc, yyjson_mut_val *obj, const char *key, const struct sqlg_list *l)
{
	yyjson_mut_val *arr = yyjson_mut_arr(doc);

	for (size_t i = 0; i < l->n; i++)
		yyjson_mut_arr_add_strcpy(doc, arr, l->items[i]);
	yyjson_mut_obj_add_val(doc, obj, key, arr);
}

static int
print_json(const struct sqlg_result *r)
{
	yyjson_mut_doc *doc = yyjson_mut_doc_new(NULL);
	yyjson_mut_val *o;
	char *text;
	size_t len;

	if (doc == NULL)
		return -1;
	o = yyjson_mut_obj(doc);
	yyjson_mut_doc_set_root(doc, o);
	yyjson_mut_obj_add_str(doc, o, "verdict", r->allowed ? "allowed" : "rejected");
	yyjson_mut_obj_add_bool(doc, o, "allowed", r->allowed != 0);
	if (r->code != NULL)
		yyjson_mut_obj_add_str(doc, o, "code", r->code);
	else
		yyjson_mut_obj_add_null(doc, o, "code");
	if (r->reason != NULL)
		yyjson_mut_obj_add_strcpy(doc, o, "reason", r->reason);
	else
		yyjson_mut_obj_add_null(doc, o, "reason");
	if (r->cursor > 0)
		yyjson_mut_obj_add_int(doc, o, "cursor", r->cursor);
	if (r->rewritten != NULL)
		yyjson_mut_obj_add_strcpy(doc, o, "rewritten", r->rewritten);
	else
		yyjson_mut_obj_add_null(doc, o, "rewritten");
	if (r->fingerprint != NULL)
		yyjson_mut_obj_add_strcpy(doc, o, "fingerprint", r->fingerprint);
	else
		yyjson_mut_obj_add_null(doc, o, "fingerprint");
	yyjson_mut_obj_add_bool(doc, o, "is_explain", r->is_explain != 0);
	yyjson_mut_obj_add_bool(doc, o, "limit_applied", r->limit_applied != 0);
	add_list(doc, o, "relations", &r->relations);
	add_list(doc, o, "columns", &r->columns);
	add_list(doc, o, "functions", &r->functions);
	add_list(doc, o, "masked", &r->masked);
	text = json_write(doc, &len);
	yyjson_mut_doc_free(doc);
	if (text == NULL)
		return -1;
	fwrite(text, 1, len, stdout);
	fputc('\n', stdout);
	free(text);
	return 0;
}

int
cmd_check(int argc, char **argv)
{
	const char *policy_path = getenv("MCPDB_POLICY"), *arg, *sql_arg = NULL;
	struct sqlg_options opt = { 0 };
	struct sqlg_result r;
	struct policy *pol = NULL;
	char err[ERR_MSG_BYTES], *sql = NULL;
	size_t len;
	struct opts o;
	int id, json = 0, rc = EXIT_SYSTEM;
	long max_rows = LIMIT_DEFAULT_MAX_ROWS;

	opts_init(&o, argc, argv, "check");
	while ((id = opts_next(&o, check_opts, &arg)) != OPTS_END) {
		switch (id) {
		case OPT_POLICY: policy_path = arg; break;
		case OPT_JSON: json = 1; break;
		case OPT_ANALYZE: opt.allow_explain_analyze = 1; break;
		case OPT_MAX_ROWS:
			if ((max_rows = opts_long(&o, "--max-rows", arg, LIMIT_MAX_ROWS_CEILING)) < 1) {
				if (max_rows == 0)
					fprintf(stderr, "mcpdb check: --max-rows must be at least 1\n");
				return EXIT_USAGE;
			}
			break;
		case OPTS_HELP: cmd_check_help(stdout); return EXIT_OK_;
		case OPTS_ARG:
			if (sql_arg != NULL) {
				fprintf(stderr, "mcpdb check: one SQL argument only (quote it, or use - and stdin)\n");
				return EXIT_USAGE;
			}
			sql_arg = arg;
			break;
		default: return EXIT_USAGE;
		}
	}
	if (sql_arg == NULL) {
		fprintf(stderr, "mcpdb check: give the SQL as an argument, or - to read it from stdin (try mcpdb help check)\n");
		return EXIT_USAGE;
	}
	if (policy_path != NULL && policy_path[0] != '\0') {
		if (policy_load_file(policy_path, &pol, err, sizeof(err)) != 0) {
			fprintf(stderr, "mcpdb check: %s\n", err);
			return EXIT_CONFIG;
		}
	}
	if (strcmp(sql_arg, "-") == 0) {
		if ((sql = read_stdin(&len)) == NULL) {
			fprintf(stderr, "mcpdb check: cannot read standard input\n");
			goto out;
		}
	} else {
		if ((sql = strdup(sql_arg)) == NULL)
			goto out;
		len = strlen(sql);
	}
	opt.max_rows = max_rows;
	opt.policy = pol;
	opt.want_fingerprint = 1;  /* --json prints it */
	if (sqlg_check(sql, len, &opt, &r) != 0) {
		fprintf(stderr, "mcpdb check: the guard could not reach a verdict (out of memory)\n");
		goto out;
	}
	if (json) {
		if (print_json(&r) != 0) {
			sqlg_result_free(&r);
			goto out;
		}
	} else if (r.allowed) {
		printf("%s\n", r.rewritten);
	} else {
		printf("rejected: %s: %s\n", r.code, r.reason ? r.reason : "");
	}
	rc = r.allowed ? EXIT_OK_ : EXIT_FAILED;
	sqlg_result_free(&r);
out:
	if (fflush(stdout) != 0 && rc == EXIT_OK_)
		rc = EXIT_SYSTEM;
	free(sql);
	policy_free(pol);
	return rc;
}
