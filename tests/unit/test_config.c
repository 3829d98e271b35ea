/* config_from_env / config_set / config_parse_duration_ms: defaults, every setting, and the
 * messages for bad values (each must name the variable). */
#include <stdlib.h>
#include <string.h>

#include "base/config.h"
#include "base/limits.h"
#include "test.h"

static void
clear_env(void)
{
	static const char *const names[] = {"DATABASE_URL", "READ_ONLY", "MAX_ROWS", "QUERY_TIMEOUT",
	    "SCHEMAS", "MCPDB_POLICY", "MCPDB_AUDIT_LOG", "MCPDB_POOL_SIZE"};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		unsetenv(names[i]);
}

/* Sets one variable, runs config_from_env, expects E_CONFIG with `var` in the message. */
static int
rejects(const char *var, const char *value)
{
	struct config c;
	char err[512];
	int r, ok;

	clear_env();
	setenv(var, value, 1);
	r = config_from_env(&c, err, sizeof(err));
	ok = r == E_CONFIG && strstr(err, var) != NULL;
	if (!ok)
		printf("# %s=%s: r=%d err=%s\n", var, value, r, err);
	config_clear(&c);
	return ok;
}

int
main(void)
{
	struct config c;
	char err[512], name[160];
	static const struct { const char *var, *value; } bad[] = {
		{"MAX_ROWS", "0"}, {"MAX_ROWS", "-5"}, {"MAX_ROWS", "10x"}, {"MAX_ROWS", "100001"},
		{"MAX_ROWS", "99999999999999999999"}, {"QUERY_TIMEOUT", "0"}, {"QUERY_TIMEOUT", "10 s"},
		{"QUERY_TIMEOUT", "fast"}, {"QUERY_TIMEOUT", "2d"}, {"QUERY_TIMEOUT", "2h"},
		{"QUERY_TIMEOUT", "-1s"}, {"READ_ONLY", "false"}, {"READ_ONLY", "maybe"},
		{"SCHEMAS", "a,,b"}, {"SCHEMAS", "a,"}, {"SCHEMAS", "\"open"}, {"SCHEMAS", "\"a\"b"},
		{"MCPDB_POOL_SIZE", "0"}, {"MCPDB_POOL_SIZE", "33"},
		{"DATABASE_URL", "postgresql://host:notaport/db?sslmode"},
		{"DATABASE_URL", "host=a bogus_option=1"},
	};

	clear_env();
	TEST(config_from_env(&c, err, sizeof(err)) == 0, "config: empty environment is valid");
	TEST(c.database_url == NULL && c.read_only == 1 && c.max_rows == LIMIT_DEFAULT_MAX_ROWS &&
	    c.query_timeout_ms == 10000 && c.nschemas == 0 && c.pool_size == LIMIT_POOL_SIZE &&
	    c.policy_path == NULL && c.audit_log_path == NULL, "config: defaults");
	config_clear(&c);

	setenv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db", 1);
	setenv("READ_ONLY", "TRUE", 1);
	setenv("MAX_ROWS", "500", 1);
	setenv("QUERY_TIMEOUT", "1500ms", 1);
	setenv("SCHEMAS", " Public , sales,\"MixedCase\"", 1);
	setenv("MCPDB_POLICY", "/etc/mcpdb/policy.yaml", 1);
	setenv("MCPDB_AUDIT_LOG", "/var/log/mcpdb.ndjson", 1);
	setenv("MCPDB_POOL_SIZE", "8", 1);
	TEST(config_from_env(&c, err, sizeof(err)) == 0, "config: every setting given");
	TEST_STREQ(c.database_url, "postgresql://u:p@127.0.0.1:5432/db", "config: DATABASE_URL kept");
	TEST(c.max_rows == 500 && c.query_timeout_ms == 1500 && c.pool_size == 8, "config: numbers");
	TEST(c.nschemas == 3 && strcmp(c.schemas[0], "public") == 0 && strcmp(c.schemas[1], "sales") == 0 &&
	    strcmp(c.schemas[2], "MixedCase") == 0, "config: SCHEMAS folded, trimmed, quoted kept");
	TEST_STREQ(c.policy_path, "/etc/mcpdb/policy.yaml", "config: MCPDB_POLICY");
	TEST_STREQ(c.audit_log_path, "/var/log/mcpdb.ndjson", "config: MCPDB_AUDIT_LOG");

	/* Flags override what the environment gave. */
	TEST(config_set(&c, "MAX_ROWS", "7", err, sizeof(err)) == 0 && c.max_rows == 7, "config: set overrides");
	TEST(config_set(&c, "SCHEMAS", "one", err, sizeof(err)) == 0 && c.nschemas == 1 &&
	    strcmp(c.schemas[0], "one") == 0, "config: set replaces SCHEMAS");
	TEST(config_set(&c, "NO_SUCH", "1", err, sizeof(err)) == E_CONFIG && strstr(err, "NO_SUCH") != NULL,
	    "config: unknown setting named");
	TEST(config_set(&c, "MAX_ROWS", "x", err, sizeof(err)) == E_CONFIG && c.max_rows == 7,
	    "config: failed set leaves the old value");
	config_clear(&c);
	TEST(c.database_url == NULL && c.schemas == NULL, "config: clear zeroes");
	config_clear(&c);

	clear_env();
	setenv("MAX_ROWS", "", 1);
	TEST(config_from_env(&c, err, sizeof(err)) == 0 && c.max_rows == LIMIT_DEFAULT_MAX_ROWS,
	    "config: empty variable counts as unset");
	config_clear(&c);
	setenv("DATABASE_URL", "host=127.0.0.1 port=5 user=x dbname=y", 1);
	TEST(config_from_env(&c, err, sizeof(err)) == 0, "config: key=value DATABASE_URL");
	config_clear(&c);

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(name, sizeof(name), "config: %s=%s rejected, message names it", bad[i].var, bad[i].value);
		TEST(rejects(bad[i].var, bad[i].value), name);
	}

	TEST(config_parse_duration_ms("500ms") == 500, "duration: ms");
	TEST(config_parse_duration_ms("10s") == 10000, "duration: s");
	TEST(config_parse_duration_ms("2m") == 120000, "duration: m");
	TEST(config_parse_duration_ms("10") == 10000, "duration: plain seconds");
	TEST(config_parse_duration_ms("1h") == 3600000, "duration: h");
	TEST(config_parse_duration_ms("") == -1 && config_parse_duration_ms("s") == -1 &&
	    config_parse_duration_ms("1.5s") == -1 && config_parse_duration_ms("+1s") == -1 &&
	    config_parse_duration_ms(NULL) == -1, "duration: invalid forms");
	TEST(config_parse_duration_ms("99999999999999999999s") == -1, "duration: overflow");
	return test_summary();
}
