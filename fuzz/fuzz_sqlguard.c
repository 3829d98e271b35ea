/* fuzz_sqlguard: parse + check + rewrite of arbitrary SQL under a fixed policy with denied,
 * masked and row-filtered columns. Properties: never crashes or leaks; a rejection produces no
 * SQL and carries a code and a reason; an allowed statement's rewrite is allowed again
 * (idempotence) and already carries its row limit (the second pass adds none). */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gov/policy_yaml.h"
#include "guard/sqlguard.h"

static const char policy_yaml[] =
	"policy:\n"
	"  deny_tables: [payments]\n"
	"  tables:\n"
	"    customers:\n"
	"      deny_columns: [ssn]\n"
	"      mask_columns: {email: {masker: email}, name: \"****\"}\n"
	"    orders:\n"
	"      row_filter: \"status <> 'cancelled'\"\n";

static struct policy *policy;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char err[256];
	(void)argc, (void)argv;
	if (policy_load_string(policy_yaml, sizeof(policy_yaml) - 1, "fuzz", NULL, &policy, err, sizeof(err)) != 0)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sqlg_options opt = { .max_rows = 100, .policy = policy };
	struct sqlg_result r1 = {0}, r2 = {0};

	if (sqlg_check((const char *)data, size, &opt, &r1) != 0)
		goto out;
	if (!r1.allowed) {
		assert(r1.rewritten == NULL && r1.code != NULL && r1.reason != NULL && r1.reason[0]);
		goto out;
	}
	assert(r1.rewritten != NULL);
	assert(sqlg_check(r1.rewritten, strlen(r1.rewritten), &opt, &r2) == 0);
	assert(r2.allowed);
	assert(!r2.limit_applied);
out:
	sqlg_result_free(&r1);
	sqlg_result_free(&r2);
	return 0;
}
