/* fuzz_values: PostgreSQL text values of every supported type to JSON. The first byte picks
 * the type OID; the rest is the text form. Property: the conversion never fails on any input
 * (bad text becomes a JSON string) and the document it builds always serialises to JSON that
 * parses again. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>

#include "db/values.h"

static const Oid types[] = {
	16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 700, 701, 1700, 3802, 1082, 1083, 1114, 1184,
	1186, 2950, 1000, 1005, 1007, 1016, 1021, 1022, 1009, 1231, 199, 3807, 1001, 1182, 1115,
	1185, 1187, 3904, 869, 600, 0, 99999,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	yyjson_mut_doc *d;
	yyjson_mut_val *v = NULL;
	char *json;
	size_t len;

	if (size < 1)
		return 0;
	d = yyjson_mut_doc_new(NULL);
	assert(d != NULL);
	Oid type = types[data[0] % (sizeof(types) / sizeof(types[0]))];
	int r = values_to_json(d, type, (const char *)data + 1, size - 1, &v);
	assert(r == 0 && v != NULL);
	yyjson_mut_doc_set_root(d, v);
	/* Strings are copied as given (callers pass valid UTF-8), so allow invalid Unicode here. */
	json = yyjson_mut_write(d, YYJSON_WRITE_ALLOW_INVALID_UNICODE, &len);
	assert(json != NULL);
	/* Valid JSON, though numbers like 1e316 (embedded from json/jsonb) overflow a double. */
	yyjson_doc *back = yyjson_read(json, len, YYJSON_READ_ALLOW_INVALID_UNICODE | YYJSON_READ_NUMBER_AS_RAW);
	assert(back != NULL);
	yyjson_doc_free(back);
	free(json);
	yyjson_mut_doc_free(d);
	return 0;
}
