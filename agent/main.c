/* mcpdb-agent: serves the Model Context Protocol to one MCP client over stdio.
 * This file holds main(), options and signals only; everything else is in core/. */
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "version.h"

static void
usage(FILE *f)
{
	fputs("usage: mcpdb-agent [--help] [--version]\n"
	      "\n"
	      "Serves MCP (Model Context Protocol) over stdio: one JSON-RPC message per line on\n"
	      "stdin, answers on stdout, logs on stderr. Exits when stdin closes.\n"
	      "\n"
	      "environment:\n"
	      "  DATABASE_URL    postgresql://user:password@host:port/dbname (required; libpq's\n"
	      "                  PG* variables also work). In an empty root give a numeric host\n"
	      "                  and an explicit user.\n"
	      "  READ_ONLY       true (default); statements always run in a read-only transaction\n"
	      "  MAX_ROWS        rows returned per query (default 100)\n"
	      "  QUERY_TIMEOUT   per-statement timeout, e.g. 10s, 500ms (default 10s)\n"
	      "  SCHEMAS         comma-separated schema allowlist (default: all non-system)\n"
	      "  MCPDB_POLICY    path to the YAML policy file\n"
	      "  MCPDB_AUDIT_LOG path to the audit log (NDJSON, hash-chained)\n"
	      "\n"
	      "exit codes:\n"
	      "  0 ok   1 failed   2 usage error   3 configuration error\n"
	      "  4 database unreachable   111 system error\n", f);
}

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			version_print(stdout, "mcpdb-agent");
			return EXIT_OK_;
		}
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK_;
		}
		fprintf(stderr, "mcpdb-agent: unknown option '%s' (try --help)\n", argv[i]);
		return EXIT_USAGE;
	}
	fputs("mcpdb-agent: the MCP server is not built yet\n", stderr);
	return EXIT_SYSTEM;
}
