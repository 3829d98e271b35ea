/* `mcpdb policy`: checks policy files (lint) and prints what a policy means after folding and
 * merging (show), so a security team can review exactly what the agent will enforce. The
 * loader and all validation live in core/gov/policy_yaml.c. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "base/err.h"
#include "gov/mask.h"
#include "opts.h"
#include "gov/policy_yaml.h"

void
cmd_policy_help(FILE *f)
{
	fputs("usage: mcpdb policy lint FILE...\n"
	      "       mcpdb policy show FILE\n"
	      "\n"
	      "lint  checks each policy file strictly (unknown keys, wrong types, duplicates, bad names,\n"
	      "      row filters that are not one SQL condition, hash key files readable by others).\n"
	      "      Prints \"FILE: ok (...)\" per valid file; errors go to stderr as\n"
	      "      FILE:LINE:COLUMN: what is wrong and what to write instead.\n"
	      "show  prints the policy as the agent enforces it: names folded like PostgreSQL\n"
	      "      (unquoted -> lower case), schema-qualified entries merged with plain ones.\n"
	      "\n"
	      "The format is described in docs/CONFIG.md (\"Policy file\").\n"
	      "\n"
	      "exit codes: 0 every file is valid, 3 a file is invalid or unreadable, 2 usage error\n", f);
}

static void
summary(const struct policy *p, size_t *masked, size_t *denied, size_t *filters)
{
	*masked = *denied = *filters = 0;
	for (size_t i = 0; i < p->ntables; i++) {
		const struct policy_table *t = &p->tables[i];
		*filters += t->row_filter != NULL;
		for (size_t j = 0; j < t->ncolumns; j++) {
			*masked += t->columns[j].mask != MASK_NONE;
			*denied += t->columns[j].deny != 0;
		}
	}
}

static void
print_list(const char *key, char **v, size_t n)
{
	if (n == 0)
		return;
	printf("  %s:", key);
	for (size_t i = 0; i < n; i++)
		printf(" %s", v[i]);
	putchar('\n');
}

static void
show(const struct policy *p)
{
	printf("policy %s\n", p->source ? p->source : "");
	print_list("schemas", p->schemas, p->nschemas);
	print_list("allow_tables", p->allow_tables, p->nallow_tables);
	print_list("deny_tables", p->deny_tables, p->ndeny_tables);
	for (size_t i = 0; i < p->ntables; i++) {
		const struct policy_table *t = &p->tables[i];
		printf("  table %s%s%s\n", t->schema ? t->schema : "(any schema).", t->schema ? "." : "", t->name);
		for (size_t j = 0; j < t->ncolumns; j++) {
			const struct policy_column *c = &t->columns[j];
			if (c->deny)
				printf("    column %s: denied\n", c->name);
			else if (c->mask == MASK_FIXED)
				printf("    column %s: masked as the text \"%s\"\n", c->name, c->mask_fixed);
			else
				printf("    column %s: masked by %s\n", c->name, mask_kind_name(c->mask));
		}
		if (t->row_filter != NULL)
			printf("    row filter: %s\n", t->row_filter);
	}
	if (p->max_rows_per_query)
		printf("  max_rows_per_query: %ld\n", p->max_rows_per_query);
	printf("  max_queries_per_minute: %ld%s\n", p->max_queries_per_minute,
	    p->max_queries_per_minute ? "" : " (unlimited)");
	if (p->max_concurrent_queries)
		printf("  max_concurrent_queries: %ld\n", p->max_concurrent_queries);
	printf("  allow_explain_analyze: %s\n", p->allow_explain_analyze ? "true" : "false");
	printf("  hash key: %s\n", p->hash_key_len ? "loaded" : "none");
}

int
cmd_policy(int argc, char **argv)
{
	static const struct opt_spec specs[] = { { NULL, 0, 0, 0 } };
	const char *args[64], *arg, *verb;
	struct opts o;
	struct policy *p;
	char err[ERR_MSG_BYTES];
	size_t nargs = 0, masked, denied, filters;
	int id, rc = EXIT_OK_;

	opts_init(&o, argc, argv, "policy");
	while ((id = opts_next(&o, specs, &arg)) != OPTS_END) {
		if (id == OPTS_HELP) {
			cmd_policy_help(stdout);
			return EXIT_OK_;
		}
		if (id == OPTS_ERROR)
			return EXIT_USAGE;
		if (nargs == sizeof args / sizeof args[0]) {
			fputs("mcpdb policy: too many files (at most 63 at once)\n", stderr);
			return EXIT_USAGE;
		}
		args[nargs++] = arg;
	}
	if (nargs < 2 || (strcmp(args[0], "lint") != 0 && strcmp(args[0], "show") != 0)) {
		fputs("mcpdb policy: usage: mcpdb policy lint FILE... | mcpdb policy show FILE\n", stderr);
		return EXIT_USAGE;
	}
	verb = args[0];
	if (strcmp(verb, "show") == 0 && nargs != 2) {
		fputs("mcpdb policy: show takes one FILE\n", stderr);
		return EXIT_USAGE;
	}
	for (size_t i = 1; i < nargs; i++) {
		int r = policy_load_file(args[i], &p, err, sizeof err);
		if (r != 0) {
			fprintf(stderr, "%s\n", err);
			rc = r == E_NOMEM ? EXIT_SYSTEM : EXIT_CONFIG;
			continue;
		}
		if (strcmp(verb, "show") == 0) {
			show(p);
		} else {
			summary(p, &masked, &denied, &filters);
			printf("%s: ok (%zu table rule%s, %zu masked column%s, %zu denied column%s, %zu row filter%s)\n",
			    args[i], p->ntables, p->ntables == 1 ? "" : "s", masked, masked == 1 ? "" : "s",
			    denied, denied == 1 ? "" : "s", filters, filters == 1 ? "" : "s");
		}
		policy_free(p);
	}
	if (fflush(stdout) != 0)
		return EXIT_SYSTEM;
	return rc;
}
