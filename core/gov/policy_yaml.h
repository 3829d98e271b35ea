/* Loading a policy from YAML (the format is documented in docs/CONFIG.md, "Policy file").
 * Validation is strict: unknown keys, wrong types, duplicates, bad identifiers, bad row filters
 * and unsafe key files are all rejected with one message of the form
 * "file:line:column: what is wrong; what to write instead". */
#ifndef MCPDB_POLICY_YAML_H
#define MCPDB_POLICY_YAML_H

#include <stddef.h>

#include "base/err.h"
#include "gov/policy.h"

/* policy_load_file: reads and validates the policy at path. On success returns 0 and *out
 * (free with policy_free); p->source is path. On failure returns E_CONFIG (invalid file),
 * E_IO (cannot read; errno-based text), E_TOOBIG or E_NOMEM, *out is NULL and err holds one
 * line "path:line:column: message" (no newline). A relative hash_key_file is resolved against
 * the directory of path. */
MUST_CHECK int policy_load_file(const char *path, struct policy **out, char *err, size_t errlen);

/* policy_load_string: as policy_load_file for len bytes of YAML in text; name is used in
 * messages and as p->source (may be NULL: "<string>"); base_dir resolves a relative
 * hash_key_file (NULL: the current directory). */
MUST_CHECK int policy_load_string(const char *text, size_t len, const char *name, const char *base_dir,
    struct policy **out, char *err, size_t errlen);

/* policy_fold_ident: folds one SQL identifier as PostgreSQL does: unquoted -> lower case,
 * "Quoted" keeps case ("" inside quotes is one "). Allows "schema.name" when allow_dot.
 * Returns a malloc'd string, or NULL with a reason in *why (static text). */
char *policy_fold_ident(const char *s, size_t len, int allow_dot, const char **why);

#endif
