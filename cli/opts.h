/* A small option parser shared by the mcpdb subcommands: long options (--name value,
 * --name=value), short ones (-f value), `--` ends options, a lone `-` is an argument, and
 * --help/-h anywhere is reported as OPTS_HELP. No global state, no permutation: options and
 * arguments come back in the order they were written. */
#ifndef MCPDB_CLI_OPTS_H
#define MCPDB_CLI_OPTS_H

struct opt_spec {
	const char *name;   /* long name without "--"; NULL ends the table */
	char short_name;    /* 0 for none */
	int has_arg;        /* 1: takes a value */
	int id;             /* returned by opts_next; must be > 0 */
};

enum {
	OPTS_END = -1,      /* no more arguments */
	OPTS_ERROR = -2,    /* unknown option or missing value: the message was printed */
	OPTS_HELP = -3,     /* --help or -h */
	OPTS_ARG = 0,       /* a positional argument in *arg */
};

struct opts {
	int argc;
	char **argv;
	int next;           /* index of the next argv element */
	int only_args;      /* after `--` */
	const char *cmd;    /* for messages: "mcpdb <cmd>: ..." */
};

/* opts_init: argv[0] is the command name; parsing starts at argv[1]. */
void opts_init(struct opts *o, int argc, char **argv, const char *cmd);

/* opts_next: the next option's id (with its value in *arg when it takes one), OPTS_ARG with
 * the argument in *arg, OPTS_HELP, OPTS_END, or OPTS_ERROR after printing why to stderr. */
int opts_next(struct opts *o, const struct opt_spec *specs, const char **arg);

/* opts_long: parses a non-negative decimal integer for option `name`; -1 (after printing a
 * message) when it is not one or exceeds max. */
long opts_long(const struct opts *o, const char *name, const char *value, long max);

#endif
