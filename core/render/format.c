/* The result writers (format.h): table, json, ndjson, csv and markdown behind one streaming
 * begin/row/end interface. This file owns the writer state, the table's row hold (bounded by
 * LIMIT_FORMAT_HOLD_BYTES) and its layout (psql-like alignment, multi-line cells with a '+'
 * continuation mark, cut values ending in an ellipsis); display width is in format_text.c and
 * typed JSON values come from values.c. */
#include <stdlib.h>
#include <string.h>

#include <yyjson.h>

#include "render/format.h"
#include "base/buf.h"
#include "base/limits.h"
#include "db/values.h"

#define DEFAULT_COL_WIDTH 80
#define NULL_TEXT "(null)"
#define ELLIPSIS "\xe2\x80\xa6"       /* U+2026, one column */
#define REPLACEMENT "\xef\xbf\xbd"    /* U+FFFD, one column */
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"
#define SGR_RESET "\033[0m"

struct col {
	char *name;
	char *key;           /* ndjson object key: the name, made unique with _2, _3, ... */
	char *type_name;
	unsigned oid;
	int masked;
	int right;           /* table: numbers are right-aligned */
	size_t width;        /* table: display width */
};

struct fmt {
	struct fmt_options o;
	struct col *cols;
	size_t ncols;
	long rows;
	int began;
	int nomem;
	/* table: rows held until the widths are known */
	struct fmt_cell **held;
	size_t nheld, held_cap, held_bytes;
	int widths_fixed;
};

int
fmt_parse_kind(const char *name, enum fmt_kind *out)
{
	static const struct { const char *name; enum fmt_kind kind; } kinds[] = {
		{ "table", FMT_TABLE }, { "json", FMT_JSON }, { "ndjson", FMT_NDJSON },
		{ "csv", FMT_CSV }, { "markdown", FMT_MARKDOWN }, { "md", FMT_MARKDOWN },
	};
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i].name, name) == 0) {
			*out = kinds[i].kind;
			return 0;
		}
	return E_INVAL;
}

int
fmt_new(const struct fmt_options *o, struct fmt **out)
{
	struct fmt *f;

	*out = NULL;
	if ((f = calloc(1, sizeof *f)) == NULL)
		return E_NOMEM;
	f->o = *o;
	if (f->o.max_col_width == 0)
		f->o.max_col_width = DEFAULT_COL_WIDTH;
	*out = f;
	return 0;
}

static void
free_held(struct fmt *f)
{
	size_t i;

	for (i = 0; i < f->nheld; i++)
		free(f->held[i]);
	f->nheld = 0;
	f->held_bytes = 0;
}

void
fmt_free(struct fmt *f)
{
	size_t i;

	if (f == NULL)
		return;
	free_held(f);
	free(f->held);
	for (i = 0; i < f->ncols; i++) {
		free(f->cols[i].name);
		free(f->cols[i].key);
		free(f->cols[i].type_name);
	}
	free(f->cols);
	free(f);
}

long
fmt_rows(const struct fmt *f)
{
	return f->rows;
}

static int
is_numeric_type(unsigned oid)
{
	switch (oid) {
	case 20: case 21: case 23: case 26: case 700: case 701: case 790: case 1700:
		return 1;
	}
	return 0;
}

/* unique_key: name, or name_2, name_3, ... when an earlier column already has that key. */
static char *
unique_key(const struct col *cols, size_t n, const char *name)
{
	size_t i, len = strlen(name) + 24;
	char *k = malloc(len);
	int suffix = 1, clash;

	if (k == NULL)
		return NULL;
	snprintf(k, len, "%s", name);
	do {
		clash = 0;
		for (i = 0; i < n; i++)
			if (strcmp(cols[i].key, k) == 0) {
				clash = 1;
				snprintf(k, len, "%s_%d", name, ++suffix);
				break;
			}
	} while (clash);
	return k;
}

/* ---- table ---- */

/* cell_max_line_width: the widest line of c (NULL's text for nulls). */
static size_t
cell_max_line_width(const struct fmt_cell *c)
{
	const char *p, *end, *nl;
	size_t w, max = 0;

	if (c->is_null || c->len == 0)
		return c->is_null ? strlen(NULL_TEXT) : 0;
	p = c->data;
	end = p + c->len;
	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		w = fmt_display_width(p, (size_t)((nl ? nl : end) - p));
		if (w > max)
			max = w;
		if (nl == NULL)
			return max;
		p = nl + 1;
	}
}

static void
widen(struct fmt *f, size_t i, size_t w)
{
	if (w > f->o.max_col_width)
		w = f->o.max_col_width;
	if (w > f->cols[i].width)
		f->cols[i].width = w;
}

/* put_text: writes len bytes as display text cut to width columns (the last one an ellipsis
 * when cut); returns the columns used. */
static size_t
put_text(struct fmt *f, const char *s, size_t len, size_t width)
{
	size_t i = 0, used = 0, n, total = fmt_display_width(s, len);
	unsigned w;
	int replace;

	while (i < len) {
		n = fmt_char_next(s + i, len - i, &w, &replace);
		if (total > width && used + w > width - 1) {
			if (width > 0) {
				fputs(ELLIPSIS, f->o.out);
				used++;
			}
			break;
		}
		if (!replace)
			fwrite(s + i, 1, n, f->o.out);
		else if (w == 2)
			fprintf(f->o.out, "^%c", s[i] == 0x7f ? '?' : s[i] ^ 0x40);
		else
			fputs(REPLACEMENT, f->o.out);
		used += w;
		i += n;
	}
	return used;
}

static void
pad(struct fmt *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f->o.out);
}

/* line_of: the k-th line of cell c (start and length); 0 when c has fewer lines. */
static int
line_of(const struct fmt_cell *c, size_t k, const char **s, size_t *len)
{
	const char *p, *end, *nl;

	if (c->is_null || c->len == 0) {
		*s = c->is_null ? NULL_TEXT : "";
		*len = c->is_null ? strlen(NULL_TEXT) : 0;
		return k == 0;
	}
	p = c->data;
	end = p + c->len;
	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (k == 0) {
			*s = p;
			*len = (size_t)((nl ? nl : end) - p);
			return 1;
		}
		if (nl == NULL)
			return 0;
		p = nl + 1;
		k--;
	}
}

static void
table_header(struct fmt *f)
{
	size_t i, w, left, j;
	FILE *out = f->o.out;

	if (f->ncols == 0) {
		fputs("(no columns)\n", out);
		return;
	}
	for (i = 0; i < f->ncols; i++) {
		struct col *c = &f->cols[i];
		w = fmt_display_width(c->name, strlen(c->name));
		if (w > c->width)
			w = c->width;
		left = (c->width - w) / 2;
		fputs(i == 0 ? " " : "| ", out);
		pad(f, left);
		if (f->o.color)
			fputs(SGR_BOLD, out);
		put_text(f, c->name, strlen(c->name), c->width);
		if (f->o.color)
			fputs(SGR_RESET, out);
		if (i + 1 < f->ncols)
			pad(f, c->width - w - left + 1);
	}
	putc('\n', out);
	for (i = 0; i < f->ncols; i++) {
		if (i > 0)
			putc('+', out);
		for (j = 0; j < f->cols[i].width + 2; j++)
			putc('-', out);
	}
	putc('\n', out);
}

static void
table_print_row(struct fmt *f, const struct fmt_cell *cells)
{
	size_t k, i, nlines = 1, len, w;
	const char *s;
	FILE *out = f->o.out;

	if (f->ncols == 0)
		return;
	for (i = 0; i < f->ncols; i++) {
		size_t n = 1;
		const char *p;
		if (!cells[i].is_null && cells[i].len > 0)
			for (p = cells[i].data; (p = memchr(p, '\n', cells[i].len - (size_t)(p - cells[i].data))) != NULL; p++)
				n++;
		if (n > nlines)
			nlines = n;
	}
	for (k = 0; k < nlines; k++) {
		for (i = 0; i < f->ncols; i++) {
			struct col *c = &f->cols[i];
			int has = line_of(&cells[i], k, &s, &len);
			const char *next_s;
			size_t next_len;
			int more = has && line_of(&cells[i], k + 1, &next_s, &next_len);
			int last = i + 1 == f->ncols;
			if (i > 0)
				putc('|', out);
			putc(' ', out);
			w = has ? fmt_display_width(s, len) : 0;
			if (w > c->width)
				w = c->width;
			if (c->right && !(last && w == 0 && !more))
				pad(f, c->width - w);
			if (has) {
				int dim = cells[i].is_null && f->o.color;
				if (dim)
					fputs(SGR_DIM, out);
				put_text(f, s, len, c->width);
				if (dim)
					fputs(SGR_RESET, out);
			}
			if (!c->right && (!last || more))
				pad(f, c->width - w);
			if (more)
				putc('+', out);
			else if (!last)
				putc(' ', out);
		}
		putc('\n', out);
	}
}

static void
table_flush(struct fmt *f)
{
	size_t i;

	if (!f->widths_fixed) {
		table_header(f);
		f->widths_fixed = 1;
	}
	for (i = 0; i < f->nheld; i++)
		table_print_row(f, f->held[i]);
	free_held(f);
}

/* table_hold: copies a row into one block (cells, then their bytes). */
static int
table_hold(struct fmt *f, const struct fmt_cell *cells)
{
	size_t i, bytes = f->ncols * sizeof(struct fmt_cell);
	struct fmt_cell *row;
	char *p;

	for (i = 0; i < f->ncols; i++)
		bytes += cells[i].is_null ? 0 : cells[i].len;
	/* held rows are bounded by LIMIT_FORMAT_HOLD_BYTES (the caller stops holding past it) */
	if (grow_array(&f->held, &f->held_cap, f->nheld + 1, sizeof(*f->held), SIZE_MAX / sizeof(*f->held)) != 0)
		return E_NOMEM;
	if ((row = malloc(bytes ? bytes : 1)) == NULL)
		return E_NOMEM;
	p = (char *)(row + f->ncols);
	for (i = 0; i < f->ncols; i++) {
		row[i] = cells[i];
		if (!cells[i].is_null && cells[i].len > 0) {
			memcpy(p, cells[i].data, cells[i].len);
			row[i].data = p;
			p += cells[i].len;
		} else {
			row[i].data = "";
			row[i].len = 0;
		}
	}
	f->held[f->nheld++] = row;
	f->held_bytes += bytes;
	return 0;
}

/* ---- markdown and csv ---- */

static void
md_text(FILE *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		switch (ch) {
		case '|': case '\\': case '*': case '_': case '`':
			putc('\\', out);
			putc(ch, out);
			break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '\n': fputs("<br>", out); break;
		case '\r': break;
		default:
			putc(ch < 0x20 || ch == 0x7f ? ' ' : ch, out);
		}
	}
}

static void
csv_field(FILE *out, const char *s, size_t len)
{
	size_t i;

	if (len > 0 && memchr(s, ',', len) == NULL && memchr(s, '"', len) == NULL &&
	    memchr(s, '\n', len) == NULL && memchr(s, '\r', len) == NULL) {
		fwrite(s, 1, len, out);
		return;
	}
	putc('"', out);
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			putc('"', out);
		putc(s[i], out);
	}
	putc('"', out);
}

/* ---- json and ndjson ---- */

/* sanitized: cell text as valid UTF-8 (invalid bytes become U+FFFD) in a malloc'd copy, or
 * the cell itself when it is valid already (*copy NULL). E_NOMEM. */
static int
sanitized(const struct fmt_cell *c, const char **s, size_t *len, char **copy)
{
	size_t i = 0, n = 0, ok;
	char *buf;

	*copy = NULL;
	*s = c->data;
	*len = c->len;
	if (c->is_null || (ok = fmt_utf8_valid_prefix(c->data, c->len)) == c->len)
		return 0;
	if ((buf = malloc(c->len * 3 + 1)) == NULL)
		return E_NOMEM;
	while (i < c->len) {
		ok = fmt_utf8_valid_prefix(c->data + i, c->len - i);
		memcpy(buf + n, c->data + i, ok);
		n += ok;
		i += ok;
		if (i < c->len) {
			memcpy(buf + n, REPLACEMENT, 3);
			n += 3;
			i++;
		}
	}
	*copy = buf;
	*s = buf;
	*len = n;
	return 0;
}

/* json_row: one row as a JSON array (json) or object (ndjson), typed by values.c. */
static int
json_row(struct fmt *f, const struct fmt_cell *cells, int as_object)
{
	yyjson_mut_doc *d = NULL;
	yyjson_mut_val *root, *v, *k;
	char *text = NULL, *copy = NULL;
	const char *s;
	size_t i, len;
	int r = E_NOMEM;

	if ((d = yyjson_mut_doc_new(NULL)) == NULL)
		goto out;
	if ((root = as_object ? yyjson_mut_obj(d) : yyjson_mut_arr(d)) == NULL)
		goto out;
	yyjson_mut_doc_set_root(d, root);
	for (i = 0; i < f->ncols; i++) {
		if ((r = sanitized(&cells[i], &s, &len, &copy)) != 0)
			goto out;
		r = values_to_json(d, f->cols[i].oid, cells[i].is_null ? NULL : s, len, &v);
		free(copy);
		copy = NULL;
		if (r != 0)
			goto out;
		r = E_NOMEM;
		if (as_object) {
			if ((k = yyjson_mut_str(d, f->cols[i].key)) == NULL || !yyjson_mut_obj_add(root, k, v))
				goto out;
		} else if (!yyjson_mut_arr_append(root, v))
			goto out;
	}
	if ((text = yyjson_mut_write(d, 0, &len)) == NULL)
		goto out;
	fwrite(text, 1, len, f->o.out);
	r = 0;
out:
	free(text);
	yyjson_mut_doc_free(d);
	return r;
}

/* ---- the interface ---- */

int
fmt_begin(struct fmt *f, const struct fmt_column *cols, size_t ncols)
{
	FILE *out = f->o.out;
	size_t i;

	if (f->began)
		return E_INTERNAL;
	f->began = 1;
	if (ncols > 0 && (f->cols = calloc(ncols, sizeof *f->cols)) == NULL)
		return E_NOMEM;
	for (i = 0; i < ncols; i++) {
		struct col *c = &f->cols[i];
		char oidbuf[16];
		snprintf(oidbuf, sizeof oidbuf, "%u", cols[i].type_oid);
		c->name = strdup(cols[i].name ? cols[i].name : "?column?");
		c->type_name = strdup(cols[i].type_name ? cols[i].type_name :
		    values_type_name(cols[i].type_oid) ? values_type_name(cols[i].type_oid) : oidbuf);
		c->key = c->name ? unique_key(f->cols, i, c->name) : NULL;
		f->ncols = i + 1;
		if (c->name == NULL || c->type_name == NULL || c->key == NULL)
			return E_NOMEM;
		c->oid = cols[i].type_oid;
		c->masked = cols[i].masked;
		c->right = !c->masked && is_numeric_type(c->oid);
		c->width = 0;
		widen(f, i, fmt_display_width(c->name, strlen(c->name)));
	}
	switch (f->o.kind) {
	case FMT_JSON:
		fputs("{\"columns\":[", out);
		for (i = 0; i < ncols; i++) {
			fputs(i ? ",{\"name\":" : "{\"name\":", out);
			fmt_json_string(out, f->cols[i].name, strlen(f->cols[i].name));
			fputs(",\"type\":", out);
			fmt_json_string(out, f->cols[i].type_name, strlen(f->cols[i].type_name));
			fputs(f->cols[i].masked ? ",\"masked\":true}" : "}", out);
		}
		fputs("],\n\"rows\":[\n", out);
		break;
	case FMT_CSV:
		for (i = 0; i < ncols; i++) {
			if (i)
				putc(',', out);
			csv_field(out, f->cols[i].name, strlen(f->cols[i].name));
		}
		fputs("\r\n", out);
		break;
	case FMT_MARKDOWN:
		if (ncols == 0) {
			fputs("(no columns)\n", out);
			break;
		}
		for (i = 0; i < ncols; i++) {
			fputs("| ", out);
			md_text(out, f->cols[i].name, strlen(f->cols[i].name));
			putc(' ', out);
		}
		fputs("|\n", out);
		for (i = 0; i < ncols; i++)
			fputs(f->cols[i].right ? "| ---: " : "| --- ", out);
		fputs("|\n", out);
		break;
	case FMT_TABLE:
	case FMT_NDJSON:
		break;
	}
	return ferror(out) ? E_IO : 0;
}

int
fmt_row(struct fmt *f, const struct fmt_cell *cells)
{
	FILE *out = f->o.out;
	size_t i;
	int r;

	if (!f->began)
		return E_INTERNAL;
	switch (f->o.kind) {
	case FMT_TABLE:
		if (f->widths_fixed) {
			table_print_row(f, cells);
			break;
		}
		for (i = 0; i < f->ncols; i++)
			widen(f, i, cell_max_line_width(&cells[i]));
		if ((r = table_hold(f, cells)) != 0)
			return r;
		if (f->held_bytes > LIMIT_FORMAT_HOLD_BYTES)
			table_flush(f);
		break;
	case FMT_JSON:
		if (f->rows)
			fputs(",\n", out);
		if ((r = json_row(f, cells, 0)) != 0)
			return r;
		break;
	case FMT_NDJSON:
		if ((r = json_row(f, cells, 1)) != 0)
			return r;
		putc('\n', out);
		break;
	case FMT_CSV:
		for (i = 0; i < f->ncols; i++) {
			if (i)
				putc(',', out);
			if (!cells[i].is_null)
				csv_field(out, cells[i].data, cells[i].len);
		}
		fputs("\r\n", out);
		break;
	case FMT_MARKDOWN:
		for (i = 0; i < f->ncols; i++) {
			fputs("| ", out);
			if (cells[i].is_null)
				fputs("*NULL*", out);
			else
				md_text(out, cells[i].data, cells[i].len);
			putc(' ', out);
		}
		if (f->ncols)
			fputs("|\n", out);
		break;
	}
	f->rows++;
	return ferror(out) ? E_IO : 0;
}

int
fmt_end(struct fmt *f, const struct fmt_summary *s)
{
	static const struct fmt_summary none = { 0, NULL };
	FILE *out = f->o.out;

	if (!f->began)
		return E_INTERNAL;
	if (s == NULL)
		s = &none;
	switch (f->o.kind) {
	case FMT_TABLE:
	case FMT_MARKDOWN:
		if (f->o.kind == FMT_TABLE)
			table_flush(f);
		else
			putc('\n', out);
		fprintf(out, f->o.kind == FMT_TABLE ? "(%ld row%s%s)\n" : "_%ld row%s%s_\n", f->rows,
		    f->rows == 1 ? "" : "s", s->truncated ? ", truncated" : "");
		if (s->note != NULL)
			fprintf(out, "%s\n", s->note);
		break;
	case FMT_JSON:
		fprintf(out, "%s],\n\"row_count\":%ld,\"truncated\":%s", f->rows ? "\n" : "", f->rows,
		    s->truncated ? "true" : "false");
		if (s->note != NULL) {
			fputs(",\"note\":", out);
			fmt_json_string(out, s->note, strlen(s->note));
		}
		fputs("}\n", out);
		break;
	case FMT_NDJSON:
	case FMT_CSV:
		break;
	}
	if (fflush(out) != 0 || ferror(out))
		return E_IO;
	return 0;
}
