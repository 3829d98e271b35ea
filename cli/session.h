/* What every database-facing subcommand sets up the same way: the configuration from the
 * environment (as mcpdb-agent reads it), the policy file (--policy or MCPDB_POLICY), a
 * blocking libpq connection with the agent's session settings, and whether stdout/stderr are
 * terminals (colour only on a terminal and without NO_COLOR). */
#ifndef MCPDB_CLI_SESSION_H
#define MCPDB_CLI_SESSION_H

#include <libpq-fe.h>

#include "base/config.h"
#include "gov/policy.h"

struct cli_session {
	const char *cmd;          /* for messages: "mcpdb <cmd>: ..." */
	struct config cfg;
	struct policy *policy;    /* NULL when no policy file is configured */
	PGconn *conn;             /* NULL until cli_session_connect */
};

/* cli_session_open: reads the environment and loads the policy (policy_path overrides
 * MCPDB_POLICY; may be NULL). Returns EXIT_OK_ or the exit code after printing why. */
int cli_session_open(struct cli_session *s, const char *cmd, const char *policy_path);

/* cli_session_connect: connects (DATABASE_URL or PG* variables) and applies the session
 * settings (UTF8, ISO dates, extra_float_digits 3, hex bytea). EXIT_OK_ or EXIT_DB after
 * printing libpq's reason. */
int cli_session_connect(struct cli_session *s);

/* cli_session_close: closes the connection and frees the configuration and policy. */
void cli_session_close(struct cli_session *s);

/* cli_color: 1 when fd is a terminal and NO_COLOR is not set (or empty). */
int cli_color(int fd);

#endif
