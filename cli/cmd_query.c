/* mcpdb query: one statement through exactly the agent's pipeline (core/exec/stmt.c: the SQL
 * guard, the agent's database layer with its session settings, BEGIN READ ONLY and chunked
 * rows, the policy's maskers found by result-column lineage, the cell and row caps), with a
 * sink that streams the rows to a result writer (core/render/format.c) as they arrive, so an
 * ndjson or csv export of millions of rows runs in bounded memory. */
#include <stdio.h>
#include <stdlib.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>

#include "gov/audit.h"
#include "commands.h"
#include "base/err.h"
#include "exec/stmt.h"
#include "render/format.h"
#include "base/limits.h"
#include "base/loop.h"
#include "opts.h"
#include "db/pgx.h"
#include "session.h"
#include "guard/sqlguard.h"

enum { OPT_FORMAT = 1, OPT_MAX_ROWS, OPT_TIMEOUT, OPT_POLICY };

static const struct opt_spec query_opts[] = {
	{ "format", 'f', 1, OPT_FORMAT },
	{ "max-rows", 'n', 1, OPT_MAX_ROWS },
	{ "timeout", 't', 1, OPT_TIMEOUT },
	{ "policy", 'p', 1, OPT_POLICY },
	{ NULL, 0, 0, 0 },
};

struct run {
	struct loop *loop;
	struct pgx *pgx;
	struct stmt *stmt;
	struct fmt *fmt;
	struct fmt_cell *cells;
	int ncols;
	long rows;
	long long bytes;             /* cell bytes written, for the audit line */
	int began, truncated, failed;   /* failed: E_NOMEM/E_IO while writing */
	long cells_cut;
	int mask_failed;
	enum stmt_stage stage;
	int done, rc;
	char message[512];
	int64_t start_ms;
	int progress;                /* print a progress line on stderr (a terminal) */
	int progress_shown;
	struct loop_timer *progress_timer;
};

void
cmd_query_help(FILE *f)
{
	fputs("usage: mcpdb query [options] [--] SQL\n"
	      "       mcpdb query [options] -        (the statement from stdin)\n"
	      "\n"
	      "Runs one read-only statement through the same pipeline as mcpdb-agent: the SQL guard\n"
	      "(one statement, read-only, allowed functions, the policy's tables and columns, row\n"
	      "filters, a LIMIT), a READ ONLY transaction with a statement timeout, the policy's\n"
	      "masks, and the row and cell caps. A rejected statement is not sent to the database.\n"
	      "\n"
	      "  -f, --format F     table (default on a terminal; psql-like, NULL shown as (null),\n"
	      "                     wide values cut with an ellipsis, multi-line values with '+'),\n"
	      "                     json (default otherwise; typed values as mcpdb-agent returns them),\n"
	      "                     ndjson (one object per row), csv (RFC 4180, NULL as an empty\n"
	      "                     field, '' as \"\"), markdown\n"
	      "  -n, --max-rows N   rows to return (default MAX_ROWS, 100); 0 means the export\n"
	      "                     ceiling, 10,000,000 rows. The policy's max_rows_per_query still\n"
	      "                     applies. Output streams: memory does not grow with the rows\n"
	      "  -t, --timeout T    statement timeout: 500ms, 30s, 2m (default QUERY_TIMEOUT, 10s)\n"
	      "  -p, --policy F     the policy file (default: MCPDB_POLICY)\n"
	      "\n"
	      "Cells longer than 65536 bytes are cut (stated on stderr). On a terminal, a progress\n"
	      "line (elapsed time, rows so far) appears on stderr after half a second. Colour only\n"
	      "on a terminal and without NO_COLOR.\n"
	      "\n"
	      "Exit codes: 0 ok, 1 rejected by the guard or failed in the database (the reason is\n"
	      "on stderr), 2 usage, 3 configuration or policy, 4 database unreachable.\n", f);
}

/* ---- the sink: rows to the result writer ---- */

static int
sink_begin(void *arg, const struct stmt_col *cols, int ncols)
{
	struct run *r = arg;
	struct fmt_column *fc;
	int rc = E_NOMEM;

	r->began = 1;
	r->ncols = ncols;
	if ((fc = calloc((size_t)ncols + 1, sizeof *fc)) == NULL ||
	    (r->cells = calloc((size_t)ncols + 1, sizeof *r->cells)) == NULL)
		goto out;
	for (int i = 0; i < ncols; i++) {
		fc[i].name = cols[i].name;
		fc[i].type_oid = cols[i].masked ? 25 : cols[i].type;   /* a masked value is text */
		fc[i].type_name = cols[i].masked ? "text" : cols[i].type_name;
		fc[i].masked = cols[i].masked != NULL;
	}
	rc = fmt_begin(r->fmt, fc, (size_t)ncols);
out:
	free(fc);
	if (rc != 0)
		r->failed = rc;
	return rc;
}

static int
sink_row(void *arg, const struct stmt_cell *cells)
{
	struct run *r = arg;
	int rc;

	for (int c = 0; c < r->ncols; c++) {
		r->cells[c].data = cells[c].data;
		r->cells[c].len = cells[c].len;
		r->cells[c].is_null = cells[c].is_null;
		r->bytes += (long long)cells[c].len;
	}
	if ((rc = fmt_row(r->fmt, r->cells)) != 0) {
		r->failed = rc;
		return rc;
	}
	r->rows++;
	return 0;
}

static void
on_done(void *arg, const struct stmt_outcome *o)
{
	struct run *r = arg;
	const char *hint = o->err ? PQresultErrorField(o->err, PG_DIAG_MESSAGE_HINT) : NULL;

	r->done = 1;
	r->stage = o->stage;
	r->rc = o->rc;
	r->truncated = o->truncated;
	r->cells_cut = o->cells_cut;
	r->mask_failed = o->mask_failed;
	if (o->message != NULL)
		snprintf(r->message, sizeof r->message, "%s%s%s%s", o->message, hint ? " (hint: " : "",
		    hint ? hint : "", hint ? ")" : "");
	if (o->stage == STMT_DB_ERROR && o->rc == E_DB && o->err == NULL)
		r->rc = E_EOF;   /* no result: the database could not be reached */
	loop_stop(r->loop);
}

static void
on_progress(struct loop *l, void *arg)
{
	struct run *r = arg;
	int64_t now = loop_now_ms();

	fprintf(stderr, "\r\033[K%.1f s, %ld rows", (double)(now - r->start_ms) / 1000.0, r->rows);
	r->progress_shown = 1;
	r->progress_timer = loop_timer_add(l, now + 250, on_progress, r);
}

/* ---- reading the statement ---- */

static char *
read_stdin_sql(size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap), *nb;
	ssize_t got;

	while (buf != NULL) {
		if (n == cap) {
			if (cap > LIMIT_SQL_BYTES)
				break;
			if ((nb = realloc(buf, cap * 2)) == NULL) {
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
		got = read(STDIN_FILENO, buf + n, cap - n);
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	*len = n;
	return buf;
}

/* ---- the audit line (MCPDB_AUDIT_LOG), the same record the agent writes per call ---- */

/* One line for this run: decision "allow", "deny" (the guard) or "error" (database, output).
 * 0, or E_IO when the line could not be written (fail closed: the caller exits non-zero). */
static int
audit_query(struct audit *a, const char *sql, size_t sql_len, const struct sqlg_result *g,
    const struct run *r, const char *decision, const char *code, const char *reason)
{
	struct audit_entry e = { 0 };
	struct passwd *pw = getpwuid(geteuid());
	char uid[32];

	if (a == NULL)
		return 0;
	snprintf(uid, sizeof uid, "uid %u", (unsigned)geteuid());
	e.principal = pw != NULL && pw->pw_name != NULL ? pw->pw_name : uid;
	e.transport = "cli";
	e.tool = "query";
	e.sql = sql;
	e.sql_len = sql_len < LIMIT_SQL_BYTES ? sql_len : LIMIT_SQL_BYTES;
	e.fingerprint = g->fingerprint;
	e.decision = decision;
	e.code = code;
	e.reason = reason;
	e.rows = strcmp(decision, "allow") == 0 ? r->rows : -1;
	e.bytes = strcmp(decision, "allow") == 0 ? r->bytes : -1;
	e.duration_ms = r->start_ms > 0 ? (long)(loop_now_ms() - r->start_ms) : 0;
	e.truncated = r->truncated;
	if (strcmp(decision, "deny") != 0) {
		e.masked = (const char *const *)g->masked.items;
		e.nmasked = g->masked.n;
	}
	if (audit_record(a, &e) != 0) {
		fprintf(stderr, "mcpdb query: the audit log could not be written: %s\n", audit_why(a));
		return E_IO;
	}
	return 0;
}

static int
db_exit(const struct run *r)
{
	return r->rc == E_EOF ? EXIT_DB : EXIT_FAILED;
}

int
cmd_query(int argc, char **argv)
{
	const char *format = NULL, *policy = NULL, *sql = NULL, *arg;
	char *sql_buf = NULL;
	long max_rows = -1, timeout_ms = -1;
	static const struct sqlg_result no_verdict;
	const struct sqlg_result *guard = &no_verdict;
	struct stmt_options so = { 0 };
	struct stmt_sink sink;
	struct fmt_options fo = { 0 };
	struct cli_session sess;
	struct run r = { 0 };
	struct audit *audit = NULL;
	char aerr[300];
	size_t sql_len = 0;
	struct opts o;
	int id, rc, opened = 0;
	enum fmt_kind kind;

	sink.begin = sink_begin;
	sink.row = sink_row;
	sink.arg = &r;
	opts_init(&o, argc, argv, "query");
	while ((id = opts_next(&o, query_opts, &arg)) != OPTS_END) {
		switch (id) {
		case OPT_FORMAT: format = arg; break;
		case OPT_POLICY: policy = arg; break;
		case OPT_MAX_ROWS:
			if ((max_rows = opts_long(&o, "max-rows", arg, LIMIT_CLI_EXPORT_ROWS)) < 0)
				return EXIT_USAGE;
			if (max_rows == 0)
				max_rows = LIMIT_CLI_EXPORT_ROWS;
			break;
		case OPT_TIMEOUT:
			if ((timeout_ms = config_parse_duration_ms(arg)) <= 0) {
				fprintf(stderr, "mcpdb query: --timeout wants a duration such as 500ms, 30s or 2m, not '%s'\n", arg);
				return EXIT_USAGE;
			}
			break;
		case OPTS_HELP: cmd_query_help(stdout); return EXIT_OK_;
		case OPTS_ARG:
			if (sql != NULL) {
				fputs("mcpdb query: one statement, as one argument (quote it), or - for stdin\n", stderr);
				return EXIT_USAGE;
			}
			sql = arg;
			break;
		default: return EXIT_USAGE;
		}
	}
	if (format == NULL)
		kind = isatty(STDOUT_FILENO) ? FMT_TABLE : FMT_JSON;
	else if (fmt_parse_kind(format, &kind) != 0) {
		fprintf(stderr, "mcpdb query: --format wants table, json, ndjson, csv or markdown, not '%s'\n", format);
		return EXIT_USAGE;
	}
	if (sql == NULL && isatty(STDIN_FILENO)) {
		fputs("mcpdb query: no statement (give it as an argument, or - to read stdin)\n", stderr);
		return EXIT_USAGE;
	}
	if (sql == NULL || strcmp(sql, "-") == 0) {
		if ((sql_buf = read_stdin_sql(&sql_len)) == NULL) {
			fputs("mcpdb query: out of memory\n", stderr);
			return EXIT_SYSTEM;
		}
		sql = sql_buf;
	} else
		sql_len = strlen(sql);

	rc = cli_session_open(&sess, "query", policy);
	opened = 1;
	if (rc != EXIT_OK_)
		goto out;
	if (max_rows < 0)
		max_rows = sess.cfg.max_rows;
	if (timeout_ms > 0)
		sess.cfg.query_timeout_ms = timeout_ms;
	/* The audit log is opened before anything runs: when it cannot be written, nothing runs
	 * (fail closed, as in the agent). */
	if (sess.cfg.audit_log_path != NULL) {
		struct audit_options ao = { AUDIT_SYNC_INTERVAL, 0, 0 };
		if (audit_open(sess.cfg.audit_log_path, &ao, &audit, aerr, sizeof aerr) != 0 || audit_ready(audit) != 0) {
			fprintf(stderr, "mcpdb query: the audit log (MCPDB_AUDIT_LOG) cannot be written, so nothing runs: %s\n",
			    audit != NULL ? audit_why(audit) : aerr);
			rc = EXIT_CONFIG;
			goto out;
		}
	}
	rc = EXIT_SYSTEM;
	if (loop_new(&r.loop) != 0 || pgx_new(r.loop, &sess.cfg, &r.pgx) != 0) {
		fputs("mcpdb query: out of memory\n", stderr);
		goto out;
	}
	so.pgx = r.pgx;
	so.policy = sess.policy;
	so.max_rows = max_rows;
	if (sess.policy != NULL && sess.policy->max_rows_per_query > 0 && sess.policy->max_rows_per_query < max_rows)
		so.max_rows = sess.policy->max_rows_per_query;
	so.max_rows_ceiling = LIMIT_CLI_EXPORT_ROWS;
	so.want_fingerprint = audit != NULL;   /* only the audit line uses it */
	fo.kind = kind;
	fo.out = stdout;
	fo.color = kind == FMT_TABLE && cli_color(STDOUT_FILENO);
	if (fmt_new(&fo, &r.fmt) != 0) {
		fputs("mcpdb query: out of memory\n", stderr);
		goto out;
	}
	r.start_ms = loop_now_ms();
	if (isatty(STDERR_FILENO))
		r.progress_timer = loop_timer_add(r.loop, r.start_ms + 500, on_progress, &r);
	if (stmt_start(sql, sql_len, &so, &sink, on_done, &r, &r.stmt) != 0) {
		fputs("mcpdb query: out of memory\n", stderr);
		goto out;
	}
	while (!r.done)
		if (loop_run_once(r.loop, -1) != 0)
			break;
	guard = stmt_guard_result(r.stmt);
	if (r.progress_timer != NULL)
		loop_timer_cancel(r.loop, r.progress_timer);
	if (r.progress_shown)
		fputs("\r\033[K", stderr);
	if (r.stage == STMT_UNREACHABLE) {
		fprintf(stderr, "mcpdb query: cannot connect to the database: %s\n", r.message);
		rc = EXIT_DB;
		if (audit_query(audit, sql, sql_len, guard, &r, "error", "database_unavailable", r.message) != 0)
			rc = EXIT_SYSTEM;
		goto out;
	}
	if (r.stage == STMT_REJECTED || r.stage == STMT_GUARD_ERROR) {
		fprintf(stderr, "mcpdb query: rejected (%s): %s", guard->code ? guard->code : "guard_error",
		    guard->reason ? guard->reason : "the statement could not be checked; it was not run");
		if (guard->cursor > 0)
			fprintf(stderr, " (at character %d)", guard->cursor);
		fputc('\n', stderr);
		rc = EXIT_FAILED;
		if (audit_query(audit, sql, sql_len, guard, &r, guard->code != NULL && !guard->allowed ? "deny" : "error",
		    guard->code ? guard->code : "guard_error", guard->reason ? guard->reason :
		    "the statement could not be checked; it was not run") != 0)
			rc = EXIT_SYSTEM;
		goto out;
	}
	if (r.stage == STMT_SINK_ERROR) {
		int why = r.failed ? r.failed : r.rc;

		fprintf(stderr, "mcpdb query: %s while writing the result\n", why == E_IO ?
		    "an output error" : "out of memory");
		rc = EXIT_SYSTEM;
		(void)audit_query(audit, sql, sql_len, guard, &r, "error", "internal", why == E_IO ?
		    "an output error while writing the result" : "out of memory while writing the result");
		goto out;
	}
	if (r.rc != 0) {
		/* close what was written (a json document stays well-formed); the error is the news */
		if (r.began && fmt_end(r.fmt, NULL) != 0)
			fputs("mcpdb query: writing the result failed\n", stderr);
		fprintf(stderr, "mcpdb query: %s: %s\n", r.rc == E_TIMEOUT ? "timed out" :
		    r.rc == E_EOF ? "database unreachable" : "the database refused the statement", r.message);
		rc = db_exit(&r);
		if (audit_query(audit, sql, sql_len, guard, &r, "error", r.rc == E_TIMEOUT ? "timeout" :
		    r.rc == E_EOF ? "database_unavailable" : "database_error", r.message) != 0)
			rc = EXIT_SYSTEM;
		goto out;
	}
	if (!r.began) {
		/* no result set (cannot happen for a guarded SELECT, but never print nothing) */
		if (fmt_begin(r.fmt, NULL, 0) != 0)
			goto out;
	}
	{
		char note[200];
		struct fmt_summary sum = { r.truncated, NULL };
		if (r.truncated) {
			snprintf(note, sizeof note, "more rows exist; showing the first %ld (raise --max-rows%s)",
			    r.rows, sess.policy && sess.policy->max_rows_per_query > 0 ?
			    "; the policy caps it at max_rows_per_query" : "");
			sum.note = kind == FMT_TABLE || kind == FMT_MARKDOWN || kind == FMT_JSON ? note : NULL;
			if (kind == FMT_NDJSON || kind == FMT_CSV)
				fprintf(stderr, "mcpdb query: %s\n", note);
		}
		if (fmt_end(r.fmt, &sum) != 0) {
			fputs("mcpdb query: writing the result failed\n", stderr);
			goto out;
		}
	}
	if (r.cells_cut)
		fprintf(stderr, "mcpdb query: %ld cell%s longer than %u bytes cut\n", r.cells_cut,
		    r.cells_cut == 1 ? " was" : "s were", LIMIT_CELL_BYTES);
	if (r.mask_failed)
		fputs("mcpdb query: a masker failed; those cells are shown as NULL, never unmasked\n", stderr);
	rc = EXIT_OK_;
	/* The rows are already on stdout (they stream); a log that cannot be written is reported
	 * by the exit status, and the next run refuses to start. */
	if (audit_query(audit, sql, sql_len, guard, &r, "allow", NULL, NULL) != 0)
		rc = EXIT_SYSTEM;
out:
	audit_close(audit);
	stmt_free(r.stmt);
	fmt_free(r.fmt);
	free(r.cells);
	pgx_free(r.pgx);
	loop_free(r.loop);
	free(sql_buf);
	if (opened)
		cli_session_close(&sess);
	return rc;
}
