/* PostgreSQL's built-in functions (generated at build time from pg_proc.dat), so the SQL
 * guard can judge a function's volatility with no database connected. */
#ifndef MCPDB_PGPROC_H
#define MCPDB_PGPROC_H

struct pgproc_entry {
	const char *name;
	char volatility; /* 'i' immutable, 's' stable, 'v' volatile */
	char kind;       /* 'f' function, 'a' aggregate, 'w' window, 'p' procedure */
	unsigned char nargs;
	unsigned char retset;
};

extern const struct pgproc_entry pgproc_builtin[];
extern const unsigned pgproc_builtin_count;

/* pgproc_find: the overloads of `name` (exact, case-sensitive), as a contiguous run of
 * entries; returns the count and sets *first, or 0 when PostgreSQL has no such built-in. */
unsigned pgproc_find(const char *name, const struct pgproc_entry **first);

/* pgproc_max_volatility: 'v', 's' or 'i' over all overloads of name ('?' when unknown). */
char pgproc_max_volatility(const char *name);

#endif
