/* The statement pipeline (stmt.h): wait for the catalog caches, guard, [mask lookup +]
 * statement through the pool, and rows to the sink with masks, the cell cap and the row cap.
 * Owns the guard's result, the mask lineage and the masked texts of the current row. Written
 * once for the agent and the CLI, so the two cannot drift apart. */
#include "exec/stmt.h"

#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "db/mask_lineage.h"
#include "db/values.h"
#include "gov/mask.h"

struct stmt {
	struct stmt_options opt;
	struct stmt_sink sink;
	stmt_done_fn done;
	void *arg;
	char *sql;
	size_t sql_len;
	char **params;
	struct sqlg_result guard;
	struct mask_lineage lineage;
	int lookup_stmt;                  /* 1 when statement 0 is the mask lookup */
	struct pgx_waiter waiter;
	int waiting;
	struct pgx_req *req;
	/* the result */
	int ncols;
	struct stmt_col *cols;
	const struct policy_column **colmask;
	char (*unknown)[24];              /* "oid N" names */
	struct stmt_cell *cells;
	char **masked_text;               /* this row's masked values */
	struct stmt_outcome out;
	int failed;                       /* an error from the sink or the pipeline */
};

static void
finish(struct stmt *s)
{
	s->done(s->arg, &s->out);         /* s may be freed by now */
}

static int
begin_result(struct stmt *s, const PGresult *res)
{
	int n = PQnfields(res);

	s->out.began = 1;
	s->ncols = n;
	if ((s->cols = calloc((size_t)n + 1, sizeof(*s->cols))) == NULL ||
	    (s->colmask = calloc((size_t)n + 1, sizeof(*s->colmask))) == NULL ||
	    (s->unknown = calloc((size_t)n + 1, sizeof(*s->unknown))) == NULL ||
	    (s->cells = calloc((size_t)n + 1, sizeof(*s->cells))) == NULL ||
	    (s->masked_text = calloc((size_t)n + 1, sizeof(*s->masked_text))) == NULL)
		return E_NOMEM;
	for (int c = 0; c < n; c++) {
		struct stmt_col *col = &s->cols[c];
		const struct mask_col *m = mask_lineage_find(&s->lineage, PQftable(res, c), PQftablecol(res, c));

		col->name = PQfname(res, c);
		col->type = PQftype(res, c);
		col->typmod = PQfmod(res, c);
		if ((col->type_name = pgx_type_name(s->opt.pgx, col->type)) == NULL) {
			snprintf(s->unknown[c], sizeof(s->unknown[c]), "oid %u", col->type);
			col->type_name = s->unknown[c];
		}
		if (m != NULL) {
			s->colmask[c] = m->rule;
			col->masked = m->name;
		}
	}
	return s->sink.begin(s->sink.arg, s->cols, n);
}

/* The row's cells as the sink must show them. */
static void
prepare_row(struct stmt *s, const PGresult *res, int r)
{
	for (int c = 0; c < s->ncols; c++) {
		struct stmt_cell *cell = &s->cells[c];

		cell->is_null = PQgetisnull(res, r, c);
		cell->data = cell->is_null ? NULL : PQgetvalue(res, r, c);
		cell->len = cell->is_null ? 0 : (size_t)PQgetlength(res, r, c);
		cell->as_text = 0;
		if (s->colmask[c] != NULL) {
			size_t outlen = 0;

			if (mask_apply(s->opt.policy, s->colmask[c], cell->data, cell->len, cell->is_null,
			    &s->masked_text[c], &outlen) != 0) {
				/* Never show the unmasked value: NULL, and the outcome says so. */
				s->out.mask_failed = 1;
				s->masked_text[c] = NULL;
			}
			cell->data = s->masked_text[c];
			cell->len = cell->data != NULL ? outlen : 0;
			cell->is_null = cell->data == NULL;
			cell->as_text = 1;
		} else if (cell->len > LIMIT_CELL_BYTES && !s->opt.whole_cells) {
			cell->len = values_utf8_cut(cell->data, cell->len, LIMIT_CELL_BYTES);
			cell->as_text = 1;
			s->out.cells_cut++;
		}
	}
}

static void
free_masked(struct stmt *s)
{
	for (int c = 0; c < s->ncols; c++) {
		free(s->masked_text[c]);
		s->masked_text[c] = NULL;
	}
}

static int
on_rows(void *arg, int stmt, const PGresult *res)
{
	struct stmt *s = arg;
	int r;

	if (s->failed)
		return 1;
	if (stmt < s->lookup_stmt) {
		if ((r = mask_lineage_load(&s->lineage, s->opt.policy, res)) != 0)
			s->failed = r;
		return s->failed ? 1 : 0;
	}
	if (!s->out.began && (r = begin_result(s, res)) != 0) {
		s->failed = r;
		return 1;
	}
	for (int i = 0; i < PQntuples(res); i++) {
		if (s->out.rows >= s->opt.max_rows) {
			s->out.truncated = 1;
			return 1;
		}
		prepare_row(s, res, i);
		r = s->sink.row(s->sink.arg, s->cells);
		free_masked(s);
		if (r < 0)
			s->failed = r;
		if (r != 0)
			return 1;
		s->out.rows++;
	}
	return 0;
}

static void
on_done(void *arg, int rc, const char *message, const PGresult *err)
{
	struct stmt *s = arg;

	s->req = NULL;
	if (s->failed) {
		s->out.stage = STMT_SINK_ERROR;
		s->out.rc = s->failed;
	} else if (rc != 0) {
		s->out.stage = STMT_DB_ERROR;
		s->out.rc = rc;
		s->out.message = message;
		s->out.err = err;
	}
	finish(s);
}

static void
run(struct stmt *s)
{
	struct pgx_query q = {0};
	int r;

	if ((r = mask_lineage_init(&s->lineage, s->opt.policy, &q.stmts[0])) < 0) {
		s->out.stage = STMT_SINK_ERROR;
		s->out.rc = r;
		finish(s);
		return;
	}
	s->lookup_stmt = r;
	q.stmts[s->lookup_stmt] = (struct pgx_stmt){s->guard.rewritten, s->opt.nparams, (const char *const *)s->params};
	q.nstmts = s->lookup_stmt + 1;
	/* user functions allowed from the cached catalog are checked again in the same transaction */
	q.recheck = (const char *const *)s->guard.user_functions.items;
	q.nrecheck = (int)s->guard.user_functions.n;
	q.timeout_ms = s->opt.timeout_ms;
	q.rows = on_rows;
	q.done = on_done;
	q.arg = s;
	if ((r = pgx_submit(s->opt.pgx, &q, &s->req)) != 0) {
		s->req = NULL;
		s->out.stage = STMT_SINK_ERROR;
		s->out.rc = r;
		finish(s);
	}
}

/* The guard resolves user functions from the pool's catalog cache: the statement is judged
 * once the cache has been loaded (at once, normally), or the database is unreachable. */
static void
on_ready(void *arg, int rc, const char *message)
{
	struct stmt *s = arg;
	struct sqlg_options g = {
		.max_rows = s->opt.max_rows,
		.max_rows_ceiling = s->opt.max_rows_ceiling,
		.allow_explain_analyze = s->opt.allow_explain_analyze,
		.policy = s->opt.policy,
		.resolve = pgx_resolve,
		.resolve_relation = pgx_resolve_relation,
		.resolve_ctx = s->opt.pgx,
		.search_path = pgx_search_path(s->opt.pgx),
		.pinned_search_path = 1,   /* pgx pins it for every guarded statement */
		.want_fingerprint = s->opt.want_fingerprint,
	};

	s->waiting = 0;
	if (rc != 0) {
		s->out.stage = STMT_UNREACHABLE;
		s->out.rc = rc;
		s->out.message = message != NULL ? message : "the database is unreachable";
		finish(s);
		return;
	}
	if ((rc = sqlg_check(s->sql, s->sql_len, &g, &s->guard)) != 0) {
		s->out.stage = STMT_GUARD_ERROR;
		s->out.rc = rc;
		finish(s);
		return;
	}
	if (!s->guard.allowed || s->guard.rewritten == NULL) {
		s->out.stage = STMT_REJECTED;
		s->out.rc = E_DENIED;
		finish(s);
		return;
	}
	run(s);
}

int
stmt_start(const char *sql, size_t len, const struct stmt_options *o, const struct stmt_sink *sink,
    stmt_done_fn done, void *arg, struct stmt **out)
{
	struct stmt *s;

	*out = NULL;
	if ((s = calloc(1, sizeof(*s))) == NULL || (s->sql = malloc(len + 1)) == NULL)
		goto nomem;
	memcpy(s->sql, sql, len);
	s->sql[len] = '\0';
	s->sql_len = len;
	s->opt = *o;
	s->sink = *sink;
	s->done = done;
	s->arg = arg;
	if (o->nparams > 0) {
		if ((s->params = calloc((size_t)o->nparams, sizeof(char *))) == NULL)
			goto nomem;
		for (int i = 0; i < o->nparams; i++)
			if (o->params[i] != NULL && (s->params[i] = strdup(o->params[i])) == NULL)
				goto nomem;
	}
	s->opt.params = NULL;
	*out = s;
	s->waiter.fn = on_ready;
	s->waiter.arg = s;
	s->waiting = 1;
	pgx_wait_ready(s->opt.pgx, &s->waiter);
	return 0;
nomem:
	stmt_free(s);
	return E_NOMEM;
}

const struct sqlg_result *
stmt_guard_result(const struct stmt *s)
{
	return &s->guard;
}

void
stmt_free(struct stmt *s)
{
	if (s == NULL)
		return;
	if (s->waiting)
		pgx_wait_cancel(s->opt.pgx, &s->waiter);
	if (s->req != NULL)
		pgx_cancel(s->opt.pgx, s->req);
	if (s->masked_text != NULL)
		free_masked(s);
	for (int i = 0; s->params != NULL && i < s->opt.nparams; i++)
		free(s->params[i]);
	free(s->params);
	sqlg_result_free(&s->guard);
	mask_lineage_free(&s->lineage);
	free(s->cols);
	free(s->colmask);
	free(s->unknown);
	free(s->cells);
	free(s->masked_text);
	free(s->sql);
	free(s);
}
