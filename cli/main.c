/* mcpdb: the companion CLI. main() dispatches to the subcommand table; each subcommand
 * lives in cli/cmd_<name>.c and everything reusable is in core/. */
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "version.h"

static void
usage(FILE *f)
{
	fputs("usage: mcpdb <command> [options]\n"
	      "\n"
	      "commands:\n"
	      "  version         print versions of mcpdb and every linked library\n"
	      "  help [CMD]      this text, or a command's help\n"
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

int
main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		version_print(stdout, "mcpdb");
		return EXIT_OK_;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return EXIT_OK_;
	}
	fprintf(stderr, "mcpdb: unknown command '%s' (try mcpdb help)\n", argv[1]);
	return EXIT_USAGE;
}
