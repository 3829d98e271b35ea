/* Lookup in the generated table of PostgreSQL built-in functions (see tools/gen_pgproc.awk). */
#include "guard/pgproc.h"

#include <string.h>

unsigned
pgproc_find(const char *name, const struct pgproc_entry **first)
{
	unsigned lo = 0, hi = pgproc_builtin_count, n = 0;

	*first = NULL;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (strcmp(pgproc_builtin[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo + n < pgproc_builtin_count && strcmp(pgproc_builtin[lo + n].name, name) == 0)
		n++;
	if (n > 0)
		*first = &pgproc_builtin[lo];
	return n;
}

char
pgproc_max_volatility(const char *name)
{
	const struct pgproc_entry *e;
	unsigned n = pgproc_find(name, &e);
	char v = 'i';

	if (n == 0)
		return '?';
	for (unsigned i = 0; i < n; i++) {
		if (e[i].volatility == 'v')
			return 'v';
		if (e[i].volatility == 's')
			v = 's';
	}
	return v;
}
