/* Which result columns to mask: the policy's masked columns resolved to table OIDs and attnums
 * by one catalog query, run in the same request as the statement, then matched against each
 * result column's PQftable/PQftablecol. Shared by the agent (tools_query.c) and `mcpdb query`,
 * so both mask exactly the same columns. */
#ifndef MCPDB_MASK_LINEAGE_H
#define MCPDB_MASK_LINEAGE_H

#include <stddef.h>

#include <libpq-fe.h>

#include "base/err.h"
#include "db/pgx.h"
#include "gov/policy.h"

/* One masked table column, as the catalog knows it. */
struct mask_col {
	Oid table;
	int attnum;
	const struct policy_column *rule;
	char name[140];                   /* "table.column", for notes and the audit */
};

struct mask_lineage {
	char *tables, *columns;           /* text[] literals: the lookup's $1 and $2 */
	const char *params[2];
	struct mask_col *cols;
	size_t ncols;
};

/* mask_lineage_init: zeroes l and prepares the lookup for policy p (may be NULL). Returns 1
 * when the policy masks something (then *stmt is the lookup to run before the statement; its
 * parameters point into l), 0 when no lookup is needed, E_NOMEM. */
MUST_CHECK int mask_lineage_init(struct mask_lineage *l, const struct policy *p, struct pgx_stmt *stmt);

/* mask_lineage_load: adds the lookup's rows in res (call for every chunk). 0, or E_NOMEM. */
MUST_CHECK int mask_lineage_load(struct mask_lineage *l, const struct policy *p, const PGresult *res);

/* mask_lineage_find: the masked column a result column comes from (PQftable, PQftablecol),
 * or NULL when it is not masked (also for computed columns: table InvalidOid). */
const struct mask_col *mask_lineage_find(const struct mask_lineage *l, Oid table, int attnum);

/* mask_lineage_free: frees what l holds (l itself is the caller's); a zeroed l is fine. */
void mask_lineage_free(struct mask_lineage *l);

#endif
