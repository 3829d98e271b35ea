/* fuzz_policy: the YAML policy loader on arbitrary bytes. Properties: no crash, no leak; a
 * rejection always comes with a non-empty "name:line:column: ..." message and no policy; an
 * accepted policy is well-formed (every table has a name, every masked column a masker). */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "gov/policy_yaml.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct policy *p = NULL;
	char err[512] = "";
	int r = policy_load_string((const char *)data, size, "fuzz.yaml", "/nonexistent", &p, err, sizeof(err));

	if (r != 0) {
		assert(p == NULL);
		assert(err[0] != '\0');
		return 0;
	}
	assert(p != NULL);
	for (size_t i = 0; i < p->ntables; i++) {
		assert(p->tables[i].name != NULL && p->tables[i].name[0] != '\0');
		for (size_t j = 0; j < p->tables[i].ncolumns; j++) {
			const struct policy_column *c = &p->tables[i].columns[j];
			assert(c->name != NULL);
			assert(c->mask != MASK_FIXED || c->mask_fixed != NULL);
		}
	}
	policy_free(p);
	return 0;
}
