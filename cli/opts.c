/* The subcommands' option parser (see opts.h): walks argv once, recognising long and short
 * options from a static table, `--` and `-`, and prints a precise message for an unknown
 * option or a missing value so that every command reports usage errors the same way. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opts.h"

void
opts_init(struct opts *o, int argc, char **argv, const char *cmd)
{
	o->argc = argc;
	o->argv = argv;
	o->next = 1;
	o->only_args = 0;
	o->cmd = cmd;
}

static const struct opt_spec *
find_long(const struct opt_spec *specs, const char *name, size_t len)
{
	for (; specs->name != NULL; specs++)
		if (strlen(specs->name) == len && memcmp(specs->name, name, len) == 0)
			return specs;
	return NULL;
}

static const struct opt_spec *
find_short(const struct opt_spec *specs, char c)
{
	for (; specs->name != NULL; specs++)
		if (specs->short_name != 0 && specs->short_name == c)
			return specs;
	return NULL;
}

int
opts_next(struct opts *o, const struct opt_spec *specs, const char **arg)
{
	const struct opt_spec *s;
	const char *a, *eq;

	*arg = NULL;
	if (o->next >= o->argc)
		return OPTS_END;
	a = o->argv[o->next++];
	if (o->only_args || a[0] != '-' || a[1] == '\0') {
		*arg = a;
		return OPTS_ARG;
	}
	if (strcmp(a, "--") == 0) {
		o->only_args = 1;
		return opts_next(o, specs, arg);
	}
	if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
		return OPTS_HELP;
	if (a[1] == '-') {
		eq = strchr(a + 2, '=');
		s = find_long(specs, a + 2, eq ? (size_t)(eq - (a + 2)) : strlen(a + 2));
		if (s == NULL) {
			fprintf(stderr, "mcpdb %s: unknown option '%.*s' (try mcpdb help %s)\n", o->cmd,
			    eq ? (int)(eq - a) : (int)strlen(a), a, o->cmd);
			return OPTS_ERROR;
		}
		if (!s->has_arg) {
			if (eq != NULL) {
				fprintf(stderr, "mcpdb %s: option --%s takes no value\n", o->cmd, s->name);
				return OPTS_ERROR;
			}
			return s->id;
		}
		if (eq != NULL) {
			*arg = eq + 1;
			return s->id;
		}
	} else {
		s = find_short(specs, a[1]);
		if (s == NULL || (a[2] != '\0' && !s->has_arg)) {
			fprintf(stderr, "mcpdb %s: unknown option '%s' (try mcpdb help %s)\n", o->cmd, a,
			    o->cmd);
			return OPTS_ERROR;
		}
		if (!s->has_arg)
			return s->id;
		if (a[2] != '\0') {
			*arg = a + 2;
			return s->id;
		}
	}
	if (o->next >= o->argc) {
		fprintf(stderr, "mcpdb %s: option --%s needs a value\n", o->cmd, s->name);
		return OPTS_ERROR;
	}
	*arg = o->argv[o->next++];
	return s->id;
}

long
opts_long(const struct opts *o, const char *name, const char *value, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(value, &end, 10);
	if (value[0] < '0' || value[0] > '9' || *end != '\0' || errno != 0 || v < 0 || v > max) {
		fprintf(stderr, "mcpdb %s: --%s wants a whole number from 0 to %ld, not '%s'\n", o->cmd,
		    name, max, value);
		return -1;
	}
	return v;
}
