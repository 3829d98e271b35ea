/* --version output: our version and the version of every library linked in, read from the
 * libraries themselves where they can tell (so a mismatched link shows up here). */
#include "base/version.h"

#include <libpq-fe.h>
#include <mbedtls/build_info.h>
#include <mbedtls/version.h>
#include <pg_query.h>
#include <yaml.h>
#include <yyjson.h>

void
version_print(FILE *f, const char *prog)
{
	int pq = PQlibVersion();
	char tls[18];

	mbedtls_version_get_string(tls);
	fprintf(f, "%s %s\n", prog, MCPDB_VERSION);
	fprintf(f, "  libpg_query %s (PostgreSQL %s parser)\n", MCPDB_PG_QUERY_VERSION, PG_VERSION);
	fprintf(f, "  libpq %d.%d\n", pq / 10000, pq % 10000);
	fprintf(f, "  mbedtls %s\n", tls);
	fprintf(f, "  yyjson %s\n", yyjson_version() == YYJSON_VERSION_HEX ? YYJSON_VERSION_STRING : "(header/library mismatch)");
	fprintf(f, "  libyaml %s\n", yaml_get_version_string());
#if defined(__GLIBC__)
	fprintf(f, "  libc glibc %d.%d (sanitizer build)\n", __GLIBC__, __GLIBC_MINOR__);
#else
	fprintf(f, "  libc musl (static)\n");
#endif
}
