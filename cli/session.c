/* The shared set-up of the database-facing subcommands (session.h): configuration from the
 * environment, the policy file, a blocking libpq connection with the same session settings
 * the agent uses, and the terminal/colour decision. Every failure is reported here once, with
 * the exit code DESIGN.md assigns to it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "db/settings.h"
#include "gov/policy_yaml.h"
#include "session.h"

int
cli_session_open(struct cli_session *s, const char *cmd, const char *policy_path)
{
	char err[ERR_MSG_BYTES];
	int r;

	memset(s, 0, sizeof *s);
	s->cmd = cmd;
	if ((r = config_from_env(&s->cfg, err, sizeof err)) != 0) {
		fprintf(stderr, "mcpdb %s: %s\n", cmd, r == E_NOMEM ? "out of memory" : err);
		return r == E_NOMEM ? EXIT_SYSTEM : EXIT_CONFIG;
	}
	if (policy_path == NULL)
		policy_path = s->cfg.policy_path;
	if (policy_path == NULL)
		return EXIT_OK_;
	if ((r = policy_load_file(policy_path, &s->policy, err, sizeof err)) != 0) {
		fprintf(stderr, "mcpdb %s: policy: %s\n", cmd, err);
		return r == E_NOMEM ? EXIT_SYSTEM : EXIT_CONFIG;
	}
	return EXIT_OK_;
}

int
cli_session_connect(struct cli_session *s)
{
	static const char settings[] = DB_SESSION_SET_SQL;
	const char *keys[5], *values[5];
	PGresult *res;
	char *msg;
	int n = 0;

	keys[n] = "connect_timeout", values[n++] = "10";
	keys[n] = "fallback_application_name", values[n++] = "mcpdb";
	if (s->cfg.database_url != NULL)
		keys[n] = "dbname", values[n++] = s->cfg.database_url;
	keys[n] = "client_encoding", values[n++] = "UTF8";
	keys[n] = NULL, values[n] = NULL;
	s->conn = PQconnectdbParams(keys, values, 1);
	if (s->conn == NULL) {
		fprintf(stderr, "mcpdb %s: out of memory\n", s->cmd);
		return EXIT_SYSTEM;
	}
	if (PQstatus(s->conn) != CONNECTION_OK) {
		msg = PQerrorMessage(s->conn);
		fprintf(stderr, "mcpdb %s: cannot connect to the database: %.*s\n", s->cmd,
		    (int)strcspn(msg, "\n"), msg);
		return EXIT_DB;
	}
	res = PQexec(s->conn, settings);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		msg = PQresultErrorMessage(res);
		fprintf(stderr, "mcpdb %s: session settings failed: %.*s\n", s->cmd, (int)strcspn(msg, "\n"), msg);
		PQclear(res);
		return EXIT_DB;
	}
	PQclear(res);
	return EXIT_OK_;
}

void
cli_session_close(struct cli_session *s)
{
	if (s->conn != NULL)
		PQfinish(s->conn);
	s->conn = NULL;
	policy_free(s->policy);
	s->policy = NULL;
	config_clear(&s->cfg);
}

int
cli_color(int fd)
{
	const char *nc = getenv("NO_COLOR");

	return isatty(fd) && (nc == NULL || nc[0] == '\0');
}
