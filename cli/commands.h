/* The mcpdb subcommands: one `cmd_<name>` entry point and one `cmd_<name>_help` each, listed in
 * the table in cli/main.c. To add a command: declare its two functions here (keep the list
 * alphabetical), write cli/cmd_<name>.c, and add one line to `commands[]` in cli/main.c.
 *
 * Conventions every command follows:
 * - cmd_<name>(argc, argv): argv[0] is the command name ("query"), argv[1..argc-1] its
 *   arguments; returns an exit code from core/base/err.h (EXIT_OK_, EXIT_FAILED, EXIT_USAGE, ...).
 *   main() has already answered `--help`/`-h` as the first argument, but a command should
 *   answer `--help` anywhere among its options too (cli/opts.h does it).
 * - cmd_<name>_help(f): the full help text (usage line, options, examples) on f.
 * - results on stdout, messages on stderr prefixed "mcpdb <name>: ". */
#ifndef MCPDB_CLI_COMMANDS_H
#define MCPDB_CLI_COMMANDS_H

#include <stdio.h>

int cmd_audit(int argc, char **argv);
void cmd_audit_help(FILE *f);

int cmd_check(int argc, char **argv);
void cmd_check_help(FILE *f);

int cmd_completion(int argc, char **argv);
void cmd_completion_help(FILE *f);

int cmd_doctor(int argc, char **argv);
void cmd_doctor_help(FILE *f);

int cmd_help(int argc, char **argv);
void cmd_help_help(FILE *f);

int cmd_policy(int argc, char **argv);
void cmd_policy_help(FILE *f);

int cmd_query(int argc, char **argv);
void cmd_query_help(FILE *f);

int cmd_schema(int argc, char **argv);
void cmd_schema_help(FILE *f);

int cmd_version(int argc, char **argv);
void cmd_version_help(FILE *f);

/* The table, for `help` and `completion` (defined in cli/main.c). */
struct cli_command {
	const char *name;
	const char *summary;             /* one line for `mcpdb help` */
	int (*run)(int argc, char **argv);
	void (*help)(FILE *f);
};

/* cli_commands: the table, terminated by an entry whose name is NULL. */
extern const struct cli_command cli_commands[];

/* cli_find: the command called name, or NULL. */
const struct cli_command *cli_find(const char *name);

#endif
