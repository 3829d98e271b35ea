/* mcpdb-agent: serves the Model Context Protocol to one MCP client over stdio.
 * This file holds main(), options, signals and the wiring of core/ modules only: the loop,
 * the stdio transport, the MCP session and the tools (database pool). Policy reload on SIGHUP
 * is agent_reload_policy(). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/config.h"
#include "base/err.h"
#include "base/limits.h"
#include "base/log.h"
#include "base/loop.h"
#include "mcp/mcp.h"
#include "gov/policy.h"
#include "gov/policy_yaml.h"
#include "base/selfpipe.h"
#include "mcp/tools.h"
#include "net/transport.h"
#include "base/version.h"

#define PROG "mcpdb-agent"
#define MAX_RETIRED_POLICIES 8

static const char instructions[] =
    "Read-only PostgreSQL. Explore with list_schemas, list_tables and describe_table before "
    "writing SQL; query runs one SELECT with a row limit; results state any truncation, "
    "masking or denial.";

struct agent {
	struct config cfg;
	struct loop *loop;
	struct selfpipe *signals;
	struct policy *policy;
	struct policy *retired[MAX_RETIRED_POLICIES];  /* replaced, freed once calls drain */
	size_t nretired;
	struct tools *tools;
	struct transport *transport;
	struct mcp_server *server;
	struct mcp_session *session;
	int eof, broken;
};

static void
usage(FILE *f)
{
	fputs("usage: mcpdb-agent [options]\n"
	      "\n"
	      "Serves MCP (Model Context Protocol) over stdio: one JSON-RPC message per line on\n"
	      "stdin, answers on stdout, logs on stderr. Exits when stdin closes.\n"
	      "\n"
	      "options (each overrides its environment variable):\n"
	      "  --database-url URL   DATABASE_URL\n"
	      "  --max-rows N         MAX_ROWS\n"
	      "  --timeout DURATION   QUERY_TIMEOUT\n"
	      "  --schemas LIST       SCHEMAS\n"
	      "  --policy FILE        MCPDB_POLICY\n"
	      "  --audit-log FILE     MCPDB_AUDIT_LOG\n"
	      "  -h, --help           this text\n"
	      "  -V, --version        version of the agent and its libraries\n"
	      "\n"
	      "environment:\n"
	      "  DATABASE_URL    postgresql://user:password@host:port/dbname (required; libpq's\n"
	      "                  PG* variables also work). In an empty root give a numeric host\n"
	      "                  and an explicit user.\n"
	      "  READ_ONLY       true (default); statements always run in a read-only transaction\n"
	      "  MAX_ROWS        rows returned per query (default 100)\n"
	      "  QUERY_TIMEOUT   per-statement timeout, e.g. 10s, 500ms (default 10s)\n"
	      "  SCHEMAS         comma-separated schema allowlist (default: all non-system)\n"
	      "  MCPDB_POLICY    path to the YAML policy file (reloaded on SIGHUP)\n"
	      "  MCPDB_AUDIT_LOG path to the audit log (NDJSON, hash-chained)\n"
	      "  MCPDB_LOG_LEVEL error, warn (default), info or debug; logs go to stderr\n"
	      "  MCPDB_POOL_SIZE database connections, 1 to 32 (default 4)\n"
	      "  MCPDB_RESULT_BYTES the query result cap in bytes, 65536 to 67108864 (default 2 MiB)\n"
	      "\n"
	      "exit codes:\n"
	      "  0 ok   1 failed   2 usage error   3 configuration error\n"
	      "  4 database unreachable   111 system error\n", f);
}

/* Options ------------------------------------------------------------------------------------ */

static const struct {
	const char *flag;
	const char *env;
} flag_map[] = {
	{ "--database-url", "DATABASE_URL" },
	{ "--max-rows", "MAX_ROWS" },
	{ "--timeout", "QUERY_TIMEOUT" },
	{ "--schemas", "SCHEMAS" },
	{ "--policy", "MCPDB_POLICY" },
	{ "--audit-log", "MCPDB_AUDIT_LOG" },
};

/* Applies the flags over the environment. 0, or an exit code after a message. */
static int
apply_flags(struct config *c, int argc, char **argv)
{
	char err[ERR_MSG_BYTES];

	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i], *value = NULL, *env = NULL;
		size_t n = 0;
		const char *eq = strchr(arg, '=');
		size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);

		for (n = 0; n < sizeof(flag_map) / sizeof(flag_map[0]); n++) {
			if (strlen(flag_map[n].flag) == name_len &&
			    strncmp(arg, flag_map[n].flag, name_len) == 0) {
				env = flag_map[n].env;
				break;
			}
		}
		if (env == NULL) {
			fprintf(stderr, PROG ": unknown option '%s' (try --help)\n", arg);
			return EXIT_USAGE;
		}
		if (eq != NULL) {
			value = eq + 1;
		} else if (i + 1 < argc) {
			value = argv[++i];
		} else {
			fprintf(stderr, PROG ": %s needs a value (try --help)\n", flag_map[n].flag);
			return EXIT_USAGE;
		}
		if (config_set(c, env, value, err, sizeof(err)) != 0) {
			fprintf(stderr, PROG ": %s: %s\n", flag_map[n].flag, err);
			return EXIT_CONFIG;
		}
	}
	return 0;
}

/* Policy ------------------------------------------------------------------------------------- */

/* Loads the policy named by the configuration, if any. 0, or E_* with a message in err. */
static int
load_policy(const struct config *c, struct policy **out, char *err, size_t errlen)
{
	*out = NULL;
	if (c->policy_path == NULL || c->policy_path[0] == '\0')
		return 0;
	return policy_load_file(c->policy_path, out, err, errlen);
}

static void
free_retired(struct agent *a)
{
	if (a->nretired == 0 || mcp_session_inflight(a->session) != 0)
		return;
	for (size_t i = 0; i < a->nretired; i++)
		policy_free(a->retired[i]);
	a->nretired = 0;
}

/* agent_reload_policy: SIGHUP. Reads MCPDB_POLICY again; a bad file keeps the old policy (and
 * says why on stderr). Calls already running keep the policy they started with. */
static void
agent_reload_policy(struct agent *a)
{
	struct policy *p = NULL;
	char err[ERR_MSG_BYTES];
	int r;

	if (a->cfg.policy_path == NULL) {
		log_info("SIGHUP: no policy file configured (MCPDB_POLICY); nothing to reload");
		return;
	}
	if (a->nretired == MAX_RETIRED_POLICIES) {
		log_warn("SIGHUP: policy reload skipped: earlier reloads still wait for running calls");
		return;
	}
	if ((r = load_policy(&a->cfg, &p, err, sizeof(err))) != 0) {
		log_error("SIGHUP: policy not reloaded, keeping the current one: %s", err);
		return;
	}
	tools_set_policy(a->tools, p);
	if (a->policy != NULL)
		a->retired[a->nretired++] = a->policy;
	a->policy = p;
	log_info("SIGHUP: policy reloaded from %s", a->cfg.policy_path);
	free_retired(a);
}

/* Wiring ------------------------------------------------------------------------------------- */

static yyjson_mut_val *
backend_list(void *impl, yyjson_mut_doc *doc)
{
	return tools_list(impl, doc);
}

static int
backend_call(void *impl, const char *name, yyjson_val *arguments, const struct tools_call_opts *opts,
    struct tools_call **callp)
{
	struct tools_call_opts o = *opts;

	o.transport = "stdio";   /* this agent serves MCP over stdio only: the audit line says so */
	return tools_call(impl, name, arguments, &o, callp);
}

static void
backend_cancel(void *impl, struct tools_call *call)
{
	tools_cancel(impl, call);
}

static int
sink_send(void *arg, char *msg, size_t len)
{
	return transport_send(arg, msg, len);
}

static void
on_message(void *arg, const char *msg, size_t len)
{
	struct agent *a = arg;

	mcp_session_handle(a->session, msg, len, NULL);
}

static void
on_oversize(void *arg, size_t seen)
{
	struct agent *a = arg;

	mcp_session_oversize(a->session, seen, NULL);
}

static void
on_eof(void *arg)
{
	struct agent *a = arg;

	log_info("stdin closed: finishing");
	a->eof = 1;
	loop_stop(a->loop);
}

/* The client stopped or resumed reading: stop or resume fetching rows (backpressure). */
static void
on_pressure(void *arg, int paused)
{
	struct agent *a = arg;

	if (a->tools != NULL)
		tools_backpressure(a->tools, paused);
}

static void
on_broken(void *arg)
{
	struct agent *a = arg;

	a->broken = 1;
	loop_stop(a->loop);
}

static void
on_signal(int signo, void *arg)
{
	struct agent *a = arg;

	if (signo == SIGHUP) {
		agent_reload_policy(a);
		return;
	}
	log_info("signal %d: exiting", signo);
	loop_stop(a->loop);
}

/* After EOF or a signal: cancel what still runs, then give completed answers up to
 * LIMIT_EOF_FLUSH_MS to reach the client. */
static void
drain(struct agent *a)
{
	int64_t deadline = loop_now_ms() + LIMIT_EOF_FLUSH_MS;

	mcp_session_cancel_all(a->session);
	while (!a->broken && transport_pending(a->transport) > 0) {
		int64_t left = deadline - loop_now_ms();
		if (left <= 0) {
			log_warn("exit with %zu bytes of answers unsent: the client stopped reading",
			    transport_pending(a->transport));
			break;
		}
		if (loop_run_once(a->loop, (int)left) != 0)
			break;
	}
}

static int
run(struct agent *a)
{
	static const int sigs[] = { SIGTERM, SIGINT, SIGHUP };
	struct mcp_backend backend = { backend_list, backend_call, backend_cancel, NULL };
	struct mcp_server_info info = { PROG, "mcpdb", MCPDB_VERSION, instructions };
	struct transport_events ev = { on_message, on_oversize, on_eof, on_broken, a, on_pressure };
	struct mcp_sink sink;
	char err[ERR_MSG_BYTES];
	int r;

	if ((r = load_policy(&a->cfg, &a->policy, err, sizeof(err))) != 0) {
		fprintf(stderr, PROG ": MCPDB_POLICY: %s\n", err);
		return r == E_NOMEM ? EXIT_SYSTEM : EXIT_CONFIG;
	}
	if (loop_new(&a->loop) != 0 ||
	    selfpipe_open(a->loop, sigs, sizeof(sigs) / sizeof(sigs[0]), on_signal, a, &a->signals) != 0) {
		fprintf(stderr, PROG ": cannot set up the event loop and signals\n");
		return EXIT_SYSTEM;
	}
	if ((r = tools_new(a->loop, &a->cfg, a->policy, &a->tools)) != 0) {
		fprintf(stderr, PROG ": cannot start the tools: %s\n", err_str(r));
		return r == E_CONFIG ? EXIT_CONFIG : EXIT_SYSTEM;
	}
	backend.impl = a->tools;
	if ((r = transport_stdio_new(a->loop, STDIN_FILENO, STDOUT_FILENO, &ev, &a->transport)) != 0 ||
	    (r = mcp_server_new(&backend, &info, &a->server)) != 0) {
		fprintf(stderr, PROG ": cannot set up stdio: %s\n", err_str(r));
		return EXIT_SYSTEM;
	}
	sink.send = sink_send;
	sink.arg = a->transport;
	if (mcp_session_new(a->server, &sink, "stdio", &a->session) != 0) {
		fprintf(stderr, PROG ": out of memory\n");
		return EXIT_SYSTEM;
	}
	log_info("serving MCP on stdio");
	while (!loop_stopped(a->loop)) {
		if (loop_run_once(a->loop, -1) != 0) {
			log_error("poll failed; exiting");
			return EXIT_SYSTEM;
		}
		free_retired(a);
	}
	drain(a);
	return EXIT_OK_;
}

static void
agent_free(struct agent *a)
{
	mcp_session_free(a->session);
	mcp_server_free(a->server);
	transport_close(a->transport);
	tools_free(a->tools);
	selfpipe_close(a->signals);
	loop_free(a->loop);
	for (size_t i = 0; i < a->nretired; i++)
		policy_free(a->retired[i]);
	policy_free(a->policy);
	config_clear(&a->cfg);
}

int
main(int argc, char **argv)
{
	struct agent a;
	char err[ERR_MSG_BYTES];
	int code;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			version_print(stdout, PROG);
			return EXIT_OK_;
		}
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK_;
		}
	}
	signal(SIGPIPE, SIG_IGN);
	memset(&a, 0, sizeof(a));
	if (log_init(PROG) != 0) {
		fprintf(stderr, PROG ": MCPDB_LOG_LEVEL must be one of error, warn, info, debug\n");
		return EXIT_CONFIG;
	}
	if (config_from_env(&a.cfg, err, sizeof(err)) != 0) {
		fprintf(stderr, PROG ": %s\n", err);
		config_clear(&a.cfg);
		return EXIT_CONFIG;
	}
	if ((code = apply_flags(&a.cfg, argc, argv)) != 0) {
		config_clear(&a.cfg);
		return code;
	}
	code = run(&a);
	agent_free(&a);
	return code;
}
