/* The policy data structure: construction, lookup and freeing. The YAML loader is
 * policy_yaml.c; enforcement is in the SQL guard (tree) and the pipeline (output masking). */
#include "gov/policy.h"

#include <stdlib.h>
#include <string.h>

struct policy *
policy_new(void)
{
	return calloc(1, sizeof(struct policy));
}

static void
free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
policy_free(struct policy *p)
{
	if (p == NULL)
		return;
	free_strv(p->schemas, p->nschemas);
	free_strv(p->allow_tables, p->nallow_tables);
	free_strv(p->deny_tables, p->ndeny_tables);
	free_strv(p->allow_functions, p->nallow_functions);
	free_strv(p->allow_extensions, p->nallow_extensions);
	for (size_t i = 0; i < p->ntables; i++) {
		struct policy_table *t = &p->tables[i];
		for (size_t j = 0; j < t->ncolumns; j++) {
			free(t->columns[j].name);
			free(t->columns[j].mask_fixed);
		}
		free(t->columns);
		free(t->schema);
		free(t->name);
		free(t->row_filter);
	}
	free(p->tables);
	free(p->source);
	explicit_bzero(p->hash_key, sizeof(p->hash_key));
	free(p);
}

const struct policy_table *
policy_find_table(const struct policy *p, const char *schema, const char *name)
{
	const struct policy_table *any = NULL;

	if (p == NULL)
		return NULL;
	for (size_t i = 0; i < p->ntables; i++) {
		const struct policy_table *t = &p->tables[i];
		if (strcmp(t->name, name) != 0)
			continue;
		if (t->schema == NULL)
			any = t;
		else if (schema != NULL && strcmp(t->schema, schema) == 0)
			return t;
	}
	return any;
}

const struct policy_column *
policy_find_column(const struct policy_table *t, const char *column)
{
	if (t == NULL)
		return NULL;
	for (size_t i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i].name, column) == 0)
			return &t->columns[i];
	return NULL;
}

/* A list entry is "name" (any schema) or "schema.name". */
static int
list_has(char **list, size_t n, const char *schema, const char *name)
{
	size_t sl = schema ? strlen(schema) : 0;

	for (size_t i = 0; i < n; i++) {
		const char *e = list[i], *dot = strchr(e, '.');
		if (dot == NULL) {
			if (strcmp(e, name) == 0)
				return 1;
		} else if (schema != NULL && (size_t)(dot - e) == sl && strncmp(e, schema, sl) == 0 &&
		    strcmp(dot + 1, name) == 0) {
			return 1;
		}
	}
	return 0;
}

int
policy_table_visible(const struct policy *p, const char *schema, const char *name)
{
	if (p == NULL)
		return 0;
	if (list_has(p->deny_tables, p->ndeny_tables, schema, name))
		return E_DENIED;
	if (p->nallow_tables > 0 && !list_has(p->allow_tables, p->nallow_tables, schema, name))
		return E_DENIED;
	if (p->nschemas > 0 && schema != NULL) {
		for (size_t i = 0; i < p->nschemas; i++)
			if (strcmp(p->schemas[i], schema) == 0)
				return 0;
		return E_DENIED;
	}
	return 0;
}
