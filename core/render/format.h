/* Result writers for the CLI: table (aligned like psql), json, ndjson, csv (RFC 4180) and
 * markdown, over one streaming interface: fmt_begin(columns), fmt_row(cells) per row,
 * fmt_end(summary). json, ndjson, csv and markdown write each row as it comes and hold
 * nothing; table holds rows up to LIMIT_FORMAT_HOLD_BYTES to size its columns, then prints
 * later rows with the widths it has (cut with a marker).
 *
 * Typed values (json, ndjson) come from core/db/values.c, the agent's own conversion (DESIGN.md
 * "Results keep types"): numbers as JSON numbers where exact, int8/numeric beyond 2^53 and
 * NaN/Infinity as strings, bool, null, json/jsonb embedded on one line, arrays as JSON arrays,
 * everything else as its PostgreSQL text form. Text that is not valid UTF-8 has its invalid
 * bytes replaced by U+FFFD first.
 *
 * Display width (table): UTF-8 is decoded; combining marks, zero-width characters and
 * variation selectors take 0 columns, East Asian Wide/Fullwidth characters and emoji 2,
 * everything else 1; control characters are shown in caret notation (^I, 2 columns) and
 * invalid UTF-8 bytes as U+FFFD (1 column). */
#ifndef MCPDB_FORMAT_H
#define MCPDB_FORMAT_H

#include <stddef.h>
#include <stdio.h>

#include "base/err.h"

enum fmt_kind {
	FMT_TABLE = 0,
	FMT_JSON,
	FMT_NDJSON,
	FMT_CSV,
	FMT_MARKDOWN,
};

struct fmt_options {
	enum fmt_kind kind;
	FILE *out;               /* where results go (stdout); not closed */
	int color;               /* table: bold header, dim NULL (only on a terminal, no NO_COLOR) */
	size_t max_col_width;    /* table: display columns per column before cutting; 0: 80 */
};

struct fmt_column {
	const char *name;
	unsigned type_oid;       /* PostgreSQL type OID: decides alignment and JSON typing */
	const char *type_name;   /* e.g. "int4", "text"; NULL: shown as the OID */
	int masked;              /* the values were replaced by the policy's masker (text) */
};

struct fmt_cell {
	const char *data;        /* PostgreSQL text form; need not be NUL-terminated */
	size_t len;
	int is_null;
};

struct fmt_summary {
	int truncated;           /* more rows existed than were written */
	const char *note;        /* one line shown with the row count (table, markdown), or NULL */
};

struct fmt;

/* fmt_parse_kind: "table", "json", "ndjson", "csv", "markdown" (or "md") -> *out; E_INVAL. */
MUST_CHECK int fmt_parse_kind(const char *name, enum fmt_kind *out);

/* fmt_new: a writer with options o (copied). E_NOMEM. Free with fmt_free. */
MUST_CHECK int fmt_new(const struct fmt_options *o, struct fmt **out);

/* fmt_begin: the result's columns (copied; ncols may be 0). Call once, before any row. */
MUST_CHECK int fmt_begin(struct fmt *f, const struct fmt_column *cols, size_t ncols);

/* fmt_row: one row of ncols cells (data copied when the table holds it). E_NOMEM, E_IO. */
MUST_CHECK int fmt_row(struct fmt *f, const struct fmt_cell *cells);

/* fmt_end: flushes held rows and writes the footer. E_IO when any write failed. */
MUST_CHECK int fmt_end(struct fmt *f, const struct fmt_summary *s);

/* fmt_rows: rows written so far. */
long fmt_rows(const struct fmt *f);

/* fmt_free: frees the writer (not the FILE); NULL is fine. */
void fmt_free(struct fmt *f);

/* fmt_display_width: the table's display width of len bytes of UTF-8 (rule above). */
size_t fmt_display_width(const char *s, size_t len);

/* fmt_char_next: the next display unit of s (len > 0): returns its byte length and sets its
 * width and whether it is shown replaced (control character: caret; invalid UTF-8: U+FFFD). */
size_t fmt_char_next(const char *s, size_t len, unsigned *width, int *replace);

/* fmt_utf8_valid_prefix: how many leading bytes of s are valid UTF-8 (len when all are). */
size_t fmt_utf8_valid_prefix(const char *s, size_t len);

/* fmt_json_string: writes s as a JSON string (escaped; invalid UTF-8 becomes U+FFFD). */
void fmt_json_string(FILE *out, const char *s, size_t len);

#endif
