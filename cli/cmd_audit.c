/* `mcpdb audit`: verify a log's hash chain (naming the first broken line) and show its records
 * for people, filtered by time, tool and decision. The log format, writer and verifier live in
 * core/gov/audit.c; this file only reads lines and formats them. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <yyjson.h>

#include "gov/audit.h"
#include "commands.h"
#include "base/err.h"
#include "base/limits.h"
#include "opts.h"

void
cmd_audit_help(FILE *f)
{
	fputs("usage: mcpdb audit verify FILE\n"
	      "       mcpdb audit show [--since T] [--tool NAME] [--decision allow|deny|error] [FILE]\n"
	      "\n"
	      "verify  checks the SHA-256 chain of every line. Prints the number of intact lines, the\n"
	      "        recorded chain breaks (crash recoveries) and the last line's hash (keep it\n"
	      "        elsewhere to detect truncation later). A broken chain prints FILE:LINE: why\n"
	      "        and exits 1. An incomplete last line (interrupted write) is reported, not an error.\n"
	      "show    prints one line per record: time, principal, tool, decision, rows, duration, SQL.\n"
	      "        FILE defaults to $MCPDB_AUDIT_LOG.\n"
	      "  --since T        records at or after T: an RFC 3339 time or its prefix\n"
	      "                   (2025-05-01, 2025-05-01T10:00) in UTC, or an age (30s, 15m, 2h, 7d)\n"
	      "  --tool NAME      only this tool (query, explain, list_tables, ...)\n"
	      "  --decision D     only allow, deny or error\n"
	      "\n"
	      "exit codes: 0 ok, 1 the chain is broken, 2 usage error, 3 the file cannot be read\n", f);
}

static int
verify(const char *path)
{
	struct audit_verify_result res;

	if (audit_verify_file(path, &res) != 0) {
		fprintf(stderr, "mcpdb audit: %s: cannot read: %s\n", path, strerror(errno));
		return EXIT_CONFIG;
	}
	if (res.first_bad != 0) {
		printf("%s:%ld: broken: %s\n", path, res.first_bad, res.reason);
		return EXIT_FAILED;
	}
	printf("%s: ok: %ld line%s intact, %ld recorded chain break%s", path, res.lines, res.lines == 1 ? "" : "s",
	    res.breaks, res.breaks == 1 ? "" : "s");
	if (res.lines > 0)
		printf(", last line sha256 %s", res.last_hash);
	putchar('\n');
	if (res.torn_tail)
		printf("%s:%ld: note: the last line is incomplete (an interrupted write); it is not counted and "
		    "the next writer closes it off with a chain_break record\n", path, res.lines + 1);
	return EXIT_OK_;
}

/* --since: an age (30s, 15m, 2h, 7d) becomes an RFC 3339 UTC time; anything else must look
 * like the start of one and is compared as a string prefix-wise (ISO times sort as text). */
static int
parse_since(const char *s, char *out, size_t outlen)
{
	char *end;
	long long n;
	time_t t;
	struct tm tm;

	errno = 0;
	n = strtoll(s, &end, 10);
	if (end != s && errno == 0 && n >= 0 && end[0] != '\0' && end[1] == '\0' && strchr("smhd", end[0])) {
		/* long long: 100 years in seconds does not fit a 32-bit long (armv7) */
		long long mult = end[0] == 's' ? 1 : end[0] == 'm' ? 60 : end[0] == 'h' ? 3600 : 86400;
		if (n > 100LL * 365 * 86400 / mult)
			return -1;
		t = time(NULL) - (time_t)(n * mult);
		gmtime_r(&t, &tm);
		strftime(out, outlen, "%Y-%m-%dT%H:%M:%S", &tm);
		return 0;
	}
	if (strlen(s) < 4 || strlen(s) >= outlen)
		return -1;
	for (const char *p = s; *p; p++)
		if (!strchr("0123456789-T:.Z", *p))
			return -1;
	snprintf(out, outlen, "%s", s);
	return 0;
}

static const char *
str(yyjson_val *obj, const char *key)
{
	const char *s = yyjson_get_str(yyjson_obj_get(obj, key));
	return s != NULL ? s : "";
}

static void
print_sql(const char *s)
{
	int n = 0, space = 0;

	for (; *s && n < 160; s++) {
		if (*s == '\n' || *s == '\t' || *s == '\r' || *s == ' ') {
			space = 1;
			continue;
		}
		if (space && n > 0) {
			putchar(' ');
			n++;
		}
		space = 0;
		putchar(*s);
		n++;
	}
	if (*s)
		fputs(" ...", stdout);
}

static void
show_record(yyjson_val *o)
{
	const char *t = str(o, "time");
	yyjson_val *v, *m;

	if (strcmp(str(o, "event"), "chain_break") == 0) {
		printf("%.10s %.12s  -- chain break: %s\n", t, t[0] ? t + 11 : "", str(o, "reason"));
		return;
	}
	printf("%.10s %.12s  %-10s %-12s %-5s", t, t[0] ? t + 11 : "", str(o, "principal"), str(o, "tool"),
	    str(o, "decision"));
	if ((v = yyjson_obj_get(o, "rows")) != NULL)
		printf(" %5lld rows", (long long)yyjson_get_sint(v));
	printf(" %5lld ms", (long long)yyjson_get_sint(yyjson_obj_get(o, "duration_ms")));
	if (yyjson_get_bool(yyjson_obj_get(o, "truncated")))
		fputs(" truncated", stdout);
	if ((m = yyjson_obj_get(o, "masked")) != NULL && yyjson_arr_size(m) > 0) {
		yyjson_arr_iter it;
		yyjson_val *e;
		fputs(" masked:", stdout);
		yyjson_arr_iter_init(m, &it);
		while ((e = yyjson_arr_iter_next(&it)) != NULL)
			printf("%s%s", e == yyjson_arr_get_first(m) ? "" : ",", yyjson_get_str(e) ? yyjson_get_str(e) : "");
	}
	if (str(o, "sql")[0]) {
		fputs("  ", stdout);
		print_sql(str(o, "sql"));
	}
	if (str(o, "code")[0])
		printf("  [%s: %s]", str(o, "code"), str(o, "reason"));
	putchar('\n');
}

static int
show(const char *path, const char *since, const char *tool, const char *decision)
{
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0, bad = 0;

	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "mcpdb audit: %s: cannot open: %s\n", path, strerror(errno));
		return EXIT_CONFIG;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		yyjson_doc *doc;
		yyjson_val *o;
		lineno++;
		if ((size_t)len > LIMIT_AUDIT_LINE_BYTES ||
		    (doc = yyjson_read(line, (size_t)len, YYJSON_READ_ALLOW_INVALID_UNICODE)) == NULL) {
			bad++;
			continue;
		}
		o = yyjson_doc_get_root(doc);
		if (yyjson_is_obj(o) && (since == NULL || strcmp(str(o, "time"), since) >= 0) &&
		    (tool == NULL || strcmp(str(o, "tool"), tool) == 0) &&
		    (decision == NULL || strcmp(str(o, "decision"), decision) == 0))
			show_record(o);
		yyjson_doc_free(doc);
	}
	free(line);
	fclose(f);
	if (bad > 0)
		fprintf(stderr, "mcpdb audit: %s: %ld line%s not readable as records (run mcpdb audit verify)\n",
		    path, bad, bad == 1 ? " is" : "s are");
	return fflush(stdout) == 0 ? EXIT_OK_ : EXIT_SYSTEM;
}

int
cmd_audit(int argc, char **argv)
{
	enum { O_SINCE = 1, O_TOOL, O_DECISION };
	static const struct opt_spec specs[] = {
		{ "since", 0, 1, O_SINCE }, { "tool", 0, 1, O_TOOL }, { "decision", 0, 1, O_DECISION },
		{ NULL, 0, 0, 0 },
	};
	const char *args[3], *arg, *tool = NULL, *decision = NULL, *since = NULL;
	char since_buf[64];
	struct opts o;
	size_t nargs = 0;
	int id;

	opts_init(&o, argc, argv, "audit");
	while ((id = opts_next(&o, specs, &arg)) != OPTS_END) {
		switch (id) {
		case OPTS_HELP:
			cmd_audit_help(stdout);
			return EXIT_OK_;
		case OPTS_ERROR:
			return EXIT_USAGE;
		case O_SINCE:
			if (parse_since(arg, since_buf, sizeof since_buf) != 0) {
				fprintf(stderr, "mcpdb audit: --since '%s': write a UTC time like 2025-05-01T10:00 or an "
				    "age like 15m, 2h, 7d\n", arg);
				return EXIT_USAGE;
			}
			since = since_buf;
			break;
		case O_TOOL:
			tool = arg;
			break;
		case O_DECISION:
			if (strcmp(arg, "allow") != 0 && strcmp(arg, "deny") != 0 && strcmp(arg, "error") != 0) {
				fprintf(stderr, "mcpdb audit: --decision '%s': write allow, deny or error\n", arg);
				return EXIT_USAGE;
			}
			decision = arg;
			break;
		default:
			if (nargs == sizeof args / sizeof args[0]) {
				fprintf(stderr, "mcpdb audit: unexpected argument '%s'\n", arg);
				return EXIT_USAGE;
			}
			args[nargs++] = arg;
		}
	}
	if (nargs >= 1 && strcmp(args[0], "verify") == 0) {
		if (nargs != 2 || since || tool || decision) {
			fputs("mcpdb audit: usage: mcpdb audit verify FILE\n", stderr);
			return EXIT_USAGE;
		}
		return verify(args[1]);
	}
	if (nargs >= 1 && strcmp(args[0], "show") == 0) {
		const char *path = nargs == 2 ? args[1] : getenv("MCPDB_AUDIT_LOG");
		if (nargs > 2 || path == NULL || path[0] == '\0') {
			fputs("mcpdb audit: usage: mcpdb audit show [options] FILE (or set MCPDB_AUDIT_LOG)\n", stderr);
			return EXIT_USAGE;
		}
		return show(path, since, tool, decision);
	}
	fputs("mcpdb audit: usage: mcpdb audit verify FILE | mcpdb audit show [options] [FILE]\n", stderr);
	return EXIT_USAGE;
}
