/* Runtime configuration from the environment (and flags through config_set): parses and
 * validates DATABASE_URL, READ_ONLY, MAX_ROWS, QUERY_TIMEOUT, SCHEMAS, MCPDB_POLICY,
 * MCPDB_AUDIT_LOG and MCPDB_POOL_SIZE. Every message names the variable and the expected form,
 * because a bad setting stops the program at start (exit code EXIT_CONFIG). */
#include "base/config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "base/limits.h"

static const char *const config_names[] = {
	"DATABASE_URL", "READ_ONLY", "MAX_ROWS", "QUERY_TIMEOUT", "SCHEMAS",
	"MCPDB_POLICY", "MCPDB_AUDIT_LOG", "MCPDB_POOL_SIZE", "MCPDB_RESULT_BYTES",
};

__attribute__((format(printf, 3, 4))) static int
fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err != NULL && errlen > 0) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return E_CONFIG;
}

static void
config_defaults(struct config *c)
{
	memset(c, 0, sizeof(*c));
	c->read_only = 1;
	c->max_rows = LIMIT_DEFAULT_MAX_ROWS;
	c->query_timeout_ms = 10000;
	c->pool_size = LIMIT_POOL_SIZE;
	c->result_bytes = LIMIT_RESULT_BYTES;
}

long
config_parse_duration_ms(const char *s)
{
	char *end;
	long long v, mult = 1000;

	if (s == NULL || !isdigit((unsigned char)s[0]))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || v < 0)
		return -1;
	if (strcmp(end, "ms") == 0)
		mult = 1;
	else if (strcmp(end, "s") == 0 || *end == '\0')
		mult = 1000;
	else if (strcmp(end, "m") == 0)
		mult = 60 * 1000;
	else if (strcmp(end, "h") == 0)
		mult = 3600 * 1000;
	else
		return -1;
	if (v > LONG_MAX / mult)
		return -1;
	return (long)(v * mult);
}

/* Strict decimal integer in [min, max]; -1 on anything else (min is >= 0 here). */
static long
parse_count(const char *s, long min, long max)
{
	char *end;
	long v;

	if (s == NULL || !isdigit((unsigned char)s[0]))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	return v;
}

/* 1/0 for the usual spellings of a boolean, -1 otherwise. */
static int
parse_bool(const char *s)
{
	static const char *const yes[] = {"1", "true", "yes", "on"};
	static const char *const no[] = {"0", "false", "no", "off"};

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (strcasecmp(s, yes[i]) == 0)
			return 1;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (strcasecmp(s, no[i]) == 0)
			return 0;
	return -1;
}

static void
free_schemas(struct config *c)
{
	for (size_t i = 0; i < c->nschemas; i++)
		free(c->schemas[i]);
	free(c->schemas);
	c->schemas = NULL;
	c->nschemas = 0;
}

/* SCHEMAS=a,b,"Mixed Case": names separated by commas, blanks around them ignored. Unquoted
 * names are folded to lower case as PostgreSQL does; double quotes keep the case. */
static int
parse_schemas(struct config *c, const char *value, char *err, size_t errlen)
{
	char **v = NULL;
	size_t n = 0;
	const char *p = value;
	int r = E_CONFIG;

	if ((v = calloc(LIMIT_SCHEMAS, sizeof(*v))) == NULL)
		return E_NOMEM;
	while (*p != '\0') {
		const char *start, *stop;
		int quoted = 0;
		char *name;

		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '"') {
			quoted = 1;
			start = ++p;
			while (*p != '\0' && *p != '"')
				p++;
			if (*p != '"') {
				r = fail(err, errlen, "SCHEMAS: unterminated double quote; expected a comma-separated list of schema names, e.g. SCHEMAS=public,sales");
				goto out;
			}
			stop = p++;
		} else {
			start = p;
			while (*p != '\0' && *p != ',')
				p++;
			stop = p;
			while (stop > start && (stop[-1] == ' ' || stop[-1] == '\t'))
				stop--;
		}
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != '\0' && *p != ',') {
			r = fail(err, errlen, "SCHEMAS: unexpected text after a quoted name; expected a comma-separated list of schema names, e.g. SCHEMAS=public,sales");
			goto out;
		}
		if (stop == start || (stop - start) > 63) {
			r = fail(err, errlen, "SCHEMAS: %s schema name; expected a comma-separated list of names of 1-63 characters, e.g. SCHEMAS=public,sales",
			    stop == start ? "empty" : "too long a");
			goto out;
		}
		if (n == LIMIT_SCHEMAS) {
			r = fail(err, errlen, "SCHEMAS: more than %d schemas", LIMIT_SCHEMAS);
			goto out;
		}
		if ((name = strndup(start, (size_t)(stop - start))) == NULL) {
			r = E_NOMEM;
			goto out;
		}
		for (char *q = name; !quoted && *q != '\0'; q++)
			*q = (char)tolower((unsigned char)*q);
		v[n++] = name;
		if (*p == ',') {
			p++;
			if (*p == '\0') {
				r = fail(err, errlen, "SCHEMAS: trailing comma; expected a comma-separated list of schema names, e.g. SCHEMAS=public,sales");
				goto out;
			}
		}
	}
	free_schemas(c);
	if (n > 0) {
		c->schemas = v;
		c->nschemas = n;
		v = NULL;
	}
	r = 0;
out:
	if (v != NULL) {
		for (size_t i = 0; i < n; i++)
			free(v[i]);
		free(v);
	}
	return r;
}

static int
set_string(char **dst, const char *name, const char *value, char *err, size_t errlen)
{
	char *s;

	if (value[0] == '\0')
		return fail(err, errlen, "%s: empty value; unset it or give a path", name);
	if ((s = strdup(value)) == NULL)
		return E_NOMEM;
	free(*dst);
	*dst = s;
	return 0;
}

static int
set_database_url(struct config *c, const char *value, char *err, size_t errlen)
{
	PQconninfoOption *opts;
	char *perr = NULL;
	char *s;

	if (value[0] == '\0')
		return fail(err, errlen, "DATABASE_URL: empty; expected postgresql://user:password@host:port/dbname or key=value connection settings");
	opts = PQconninfoParse(value, &perr);
	if (opts == NULL) {
		int r;
		size_t l;

		if (perr == NULL)
			return E_NOMEM;
		l = strlen(perr);
		while (l > 0 && perr[l - 1] == '\n')
			perr[--l] = '\0';
		r = fail(err, errlen, "DATABASE_URL: %s; expected postgresql://user:password@host:port/dbname or key=value connection settings", perr);
		PQfreemem(perr);
		return r;
	}
	PQconninfoFree(opts);
	if ((s = strdup(value)) == NULL)
		return E_NOMEM;
	if (c->database_url != NULL)
		explicit_bzero(c->database_url, strlen(c->database_url));
	free(c->database_url);
	c->database_url = s;
	return 0;
}

int
config_set(struct config *c, const char *name, const char *value, char *err, size_t errlen)
{
	long v;
	int b;

	if (err != NULL && errlen > 0)
		err[0] = '\0';
	if (name == NULL || value == NULL)
		return fail(err, errlen, "internal: config_set without a name or value");
	if (strcmp(name, "DATABASE_URL") == 0)
		return set_database_url(c, value, err, errlen);
	if (strcmp(name, "READ_ONLY") == 0) {
		if ((b = parse_bool(value)) < 0)
			return fail(err, errlen, "READ_ONLY: '%s' is not a boolean; expected true or false", value);
		if (b == 0)
			return fail(err, errlen, "READ_ONLY: false is not supported; mcpdb only runs read-only statements (unset READ_ONLY or set it to true)");
		c->read_only = 1;
		return 0;
	}
	if (strcmp(name, "MAX_ROWS") == 0) {
		if ((v = parse_count(value, 1, LIMIT_MAX_ROWS_CEILING)) < 0)
			return fail(err, errlen, "MAX_ROWS: '%s' is not valid; expected a whole number from 1 to %d", value, LIMIT_MAX_ROWS_CEILING);
		c->max_rows = v;
		return 0;
	}
	if (strcmp(name, "QUERY_TIMEOUT") == 0) {
		v = config_parse_duration_ms(value);
		if (v <= 0 || v > LIMIT_QUERY_TIMEOUT_MAX_MS)
			return fail(err, errlen, "QUERY_TIMEOUT: '%s' is not valid; expected a duration from 1ms to 1h such as 500ms, 10s, 2m or plain seconds (10)", value);
		c->query_timeout_ms = v;
		return 0;
	}
	if (strcmp(name, "SCHEMAS") == 0)
		return parse_schemas(c, value, err, errlen);
	if (strcmp(name, "MCPDB_POLICY") == 0)
		return set_string(&c->policy_path, name, value, err, errlen);
	if (strcmp(name, "MCPDB_AUDIT_LOG") == 0)
		return set_string(&c->audit_log_path, name, value, err, errlen);
	if (strcmp(name, "MCPDB_POOL_SIZE") == 0) {
		if ((v = parse_count(value, 1, LIMIT_POOL_SIZE_MAX)) < 0)
			return fail(err, errlen, "MCPDB_POOL_SIZE: '%s' is not valid; expected a whole number from 1 to %d", value, LIMIT_POOL_SIZE_MAX);
		c->pool_size = (int)v;
		return 0;
	}
	if (strcmp(name, "MCPDB_RESULT_BYTES") == 0) {
		if ((v = parse_count(value, LIMIT_RESULT_BYTES_MIN, LIMIT_RESULT_BYTES_MAX)) < 0)
			return fail(err, errlen, "MCPDB_RESULT_BYTES: '%s' is not valid; expected a whole number of bytes from %u to %u",
			    value, LIMIT_RESULT_BYTES_MIN, LIMIT_RESULT_BYTES_MAX);
		c->result_bytes = (size_t)v;
		return 0;
	}
	return fail(err, errlen, "%s: not a configuration setting", name);
}

int
config_from_env(struct config *c, char *err, size_t errlen)
{
	int r;

	config_defaults(c);
	for (size_t i = 0; i < sizeof(config_names) / sizeof(config_names[0]); i++) {
		const char *v = getenv(config_names[i]);

		if (v == NULL)
			continue;
		/* An empty setting means "not set", as shells and compose files often export VAR= . */
		if (v[0] == '\0')
			continue;
		if ((r = config_set(c, config_names[i], v, err, errlen)) != 0) {
			config_clear(c);
			config_defaults(c);
			return r;
		}
	}
	return 0;
}

void
config_clear(struct config *c)
{
	if (c == NULL)
		return;
	if (c->database_url != NULL) {
		/* It may carry a password. */
		explicit_bzero(c->database_url, strlen(c->database_url));
		free(c->database_url);
	}
	free_schemas(c);
	free(c->policy_path);
	free(c->audit_log_path);
	memset(c, 0, sizeof(*c));
}
