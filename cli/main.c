/* mcpdb: the companion CLI. main() finds the subcommand in the table below and runs it; each
 * subcommand lives in cli/cmd_<name>.c (declared in cli/commands.h) and everything reusable is
 * in core/. This file also owns the built-in `help`, `version` and `completion` commands, which
 * read the same table, so a command registered once shows up everywhere. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "base/err.h"
#include "opts.h"
#include "base/version.h"

/* The subcommand table. One line per command, kept alphabetical:
 *     { "name", "one-line summary", cmd_name, cmd_name_help },
 * with both functions declared in cli/commands.h. Nothing else needs to change: help,
 * `<cmd> --help` and the bash completion script are generated from this table. */
const struct cli_command cli_commands[] = {
	{ "audit", "verify an audit log's hash chain, or show its records", cmd_audit, cmd_audit_help },
	{ "check", "judge SQL with the guard, without a database", cmd_check, cmd_check_help },
	{ "completion", "print a bash completion script", cmd_completion, cmd_completion_help },
	{ "doctor", "check connectivity, role privileges, policy and libraries", cmd_doctor, cmd_doctor_help },
	{ "help", "list the commands, or show one command's help", cmd_help, cmd_help_help },
	{ "policy", "check a policy file (lint) or print what it enforces (show)", cmd_policy, cmd_policy_help },
	{ "query", "run one read-only statement through the guard, policy and masks", cmd_query, cmd_query_help },
	{ "schema", "print the visible schema as markdown, json or sql DDL", cmd_schema, cmd_schema_help },
	{ "version", "print versions of mcpdb and every linked library", cmd_version, cmd_version_help },
	{ NULL, NULL, NULL, NULL },
};

const struct cli_command *
cli_find(const char *name)
{
	const struct cli_command *c;

	for (c = cli_commands; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void
usage(FILE *f)
{
	const struct cli_command *c;

	fputs("usage: mcpdb <command> [options] [--] [arguments]\n"
	      "\n"
	      "commands:\n", f);
	for (c = cli_commands; c->name != NULL; c++)
		fprintf(f, "  %-12s %s\n", c->name, c->summary);
	fputs("\n"
	      "Every command takes --help; `--` ends options.\n"
	      "\n"
	      "environment:\n"
	      "  DATABASE_URL    postgresql://user:password@host:port/dbname (PG* variables also work)\n"
	      "  MAX_ROWS, QUERY_TIMEOUT, SCHEMAS, MCPDB_POLICY   as for mcpdb-agent\n"
	      "  NO_COLOR        disable colour on a terminal\n"
	      "\n"
	      "exit codes:\n"
	      "  0 ok   1 failed (e.g. SQL rejected)   2 usage error   3 configuration error\n"
	      "  4 database unreachable   111 system error\n", f);
}

void
cmd_help_help(FILE *f)
{
	fputs("usage: mcpdb help [COMMAND]\n"
	      "\n"
	      "Without COMMAND, lists the commands, the environment and the exit codes.\n"
	      "With COMMAND, prints that command's help (the same as mcpdb COMMAND --help).\n", f);
}

int
cmd_help(int argc, char **argv)
{
	const struct cli_command *c;

	if (argc < 2) {
		usage(stdout);
		return EXIT_OK_;
	}
	if (argc > 2) {
		fputs("mcpdb help: one command at a time\n", stderr);
		return EXIT_USAGE;
	}
	if ((c = cli_find(argv[1])) == NULL) {
		fprintf(stderr, "mcpdb help: unknown command '%s' (try mcpdb help)\n", argv[1]);
		return EXIT_USAGE;
	}
	c->help(stdout);
	return EXIT_OK_;
}

void
cmd_version_help(FILE *f)
{
	fputs("usage: mcpdb version\n"
	      "\n"
	      "Prints the mcpdb version and one line per linked library (libpg_query, libpq,\n"
	      "mbedtls, yyjson, libyaml). `mcpdb --version` is the same.\n", f);
}

int
cmd_version(int argc, char **argv)
{
	if (argc > 1) {
		fprintf(stderr, "mcpdb version: unexpected argument '%s'\n", argv[1]);
		return EXIT_USAGE;
	}
	version_print(stdout, "mcpdb");
	return ferror(stdout) ? EXIT_SYSTEM : EXIT_OK_;
}

void
cmd_completion_help(FILE *f)
{
	fputs("usage: mcpdb completion bash\n"
	      "\n"
	      "Prints a bash completion script for mcpdb, generated from the command table.\n"
	      "Install it with, for example:\n"
	      "  mcpdb completion bash > /etc/bash_completion.d/mcpdb\n"
	      "or for the current shell:  source <(mcpdb completion bash)\n", f);
}

/* Options offered after each command; plain words, completed by bash's compgen. */
static const char *
command_options(const char *name)
{
	static const struct { const char *name, *options; } table[] = {
		{ "query", "--format --max-rows --timeout --policy --help" },
		{ "schema", "--format --schema --table --policy --help" },
		{ "doctor", "--policy --help" },
	};
	size_t i;

	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		if (strcmp(table[i].name, name) == 0)
			return table[i].options;
	return "--help";
}

int
cmd_completion(int argc, char **argv)
{
	const struct cli_command *c;

	if (argc != 2 || strcmp(argv[1], "bash") != 0) {
		fputs("mcpdb completion: usage: mcpdb completion bash\n", stderr);
		return EXIT_USAGE;
	}
	fputs("# bash completion for mcpdb (generated by `mcpdb completion bash`)\n"
	      "_mcpdb() {\n"
	      "  local cur prev words\n"
	      "  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
	      "  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
	      "  local commands=\"", stdout);
	for (c = cli_commands; c->name != NULL; c++)
		printf("%s%s", c == cli_commands ? "" : " ", c->name);
	fputs("\"\n"
	      "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
	      "    COMPREPLY=( $(compgen -W \"$commands --help --version\" -- \"$cur\") )\n"
	      "    return\n"
	      "  fi\n"
	      "  case \"$prev\" in\n"
	      "    --format) COMPREPLY=( $(compgen -W \"table json ndjson csv markdown sql\" -- \"$cur\") ); return ;;\n"
	      "    --policy) COMPREPLY=( $(compgen -f -- \"$cur\") ); return ;;\n"
	      "  esac\n"
	      "  case \"${COMP_WORDS[1]}\" in\n", stdout);
	for (c = cli_commands; c->name != NULL; c++) {
		if (strcmp(c->name, "help") == 0)
			printf("    help) COMPREPLY=( $(compgen -W \"$commands\" -- \"$cur\") ) ;;\n");
		else if (strcmp(c->name, "completion") == 0)
			printf("    completion) COMPREPLY=( $(compgen -W \"bash\" -- \"$cur\") ) ;;\n");
		else
			printf("    %s) COMPREPLY=( $(compgen -W \"%s\" -- \"$cur\") ) ;;\n", c->name,
			    command_options(c->name));
	}
	fputs("  esac\n"
	      "}\n"
	      "complete -o default -F _mcpdb mcpdb\n", stdout);
	return ferror(stdout) ? EXIT_SYSTEM : EXIT_OK_;
}

int
main(int argc, char **argv)
{
	const struct cli_command *c;
	int r;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)
		return cmd_version(1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cmd_help(1, argv + 1);
	if ((c = cli_find(argv[1])) == NULL) {
		fprintf(stderr, "mcpdb: unknown command '%s' (try mcpdb help)\n", argv[1]);
		return EXIT_USAGE;
	}
	if (argc > 2 && (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0)) {
		c->help(stdout);
		return EXIT_OK_;
	}
	r = c->run(argc - 1, argv + 1);
	if (fflush(stdout) != 0 && r == EXIT_OK_)
		r = EXIT_SYSTEM;
	return r;
}
