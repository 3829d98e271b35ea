/* The program version and the versions of every linked library, for --version. */
#ifndef MCPDB_VERSION_H
#define MCPDB_VERSION_H

#include <stdio.h>

#define MCPDB_VERSION "0.1.0"

/* version_print: writes "<prog> <version>" and one line per linked library to f. */
void version_print(FILE *f, const char *prog);

#endif
