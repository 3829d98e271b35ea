/* Output masking: the maskers a policy names (fixed text, email, last4, hash, null, redact)
 * applied to one cell, and the lineage lookup that finds a result column's rule from the
 * table and column PostgreSQL reports for it (PQftable/PQftablecol resolved to names), so an
 * alias or a subquery cannot rename a masked column out of its mask. */
#ifndef MCPDB_MASK_H
#define MCPDB_MASK_H

#include <stddef.h>

#include "base/err.h"
#include "gov/policy.h"

/* The fixed text of the redact masker. */
#define MASK_REDACTED "[redacted]"

/* mask_lookup: the rule of schema.table.column when that column is masked, else NULL (not in
 * the policy, not masked, or p NULL). schema may be NULL (matches schema-less entries only
 * via policy_find_table's rules). Names as stored in the catalog (no folding). */
const struct policy_column *mask_lookup(const struct policy *p, const char *schema, const char *table,
    const char *column);

/* mask_apply: masks one cell. in/len is the value's text form (need not be NUL-terminated);
 * in_null says the value is SQL NULL (every masker keeps NULL as NULL). On success returns 0
 * and *out is a malloc'd NUL-terminated text of *outlen bytes, or *out == NULL for SQL NULL
 * (MASK_NULL, or a NULL input). The caller frees *out. A masked value is always text (or null),
 * whatever the column's type. E_INVAL when c is not masked, E_CONFIG for MASK_HASH without a
 * key, E_NOMEM. */
MUST_CHECK int mask_apply(const struct policy *p, const struct policy_column *c, const char *in, size_t len,
    int in_null, char **out, size_t *outlen);

/* mask_kind_name: "fixed", "email", "last4", "hash", "null", "redact" or "none". */
const char *mask_kind_name(enum mask_kind k);

#endif
