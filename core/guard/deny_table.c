/* The reviewed deny table: functions the guard never allows, whatever their volatility and
 * whatever schema or extension they come from, each with the reason it was reviewed for.
 * Volatility says nothing about these: xml2's xpath_table is STABLE and runs any SQL given as
 * text, xpath() is IMMUTABLE and cannot be cancelled. Matched on the bare function name, so a
 * qualified call (pg_catalog.xpath, public.dblink) or an extension copy is caught too.
 * Also owns the check that SQL text is valid UTF-8. */
#include <stdio.h>
#include <string.h>

#include "guard/sqlguard_int.h"

enum match { EXACT, PREFIX };

struct denied {
	const char *name;
	enum match match;
	const char *reason;   /* completes "NAME() is never allowed: it ..." */
};

#define SQL_TEXT "runs SQL given as a string, which the guard never sees (so no table, column, row-filter or volatility rule would apply to it)"
#define FILES "reads server files or directories"
#define LARGE_OBJ "reads or writes large objects (they bypass table permissions and writes work even in a read-only transaction)"
#define LOCKS "takes advisory locks, which outlive the statement on a pooled connection"
#define SEQ "changes or reveals sequence state (nextval writes even in a read-only transaction)"
#define NOTIFY "sends or inspects notifications (NOTIFY works in a read-only transaction)"
#define ADMIN "signals backends or changes server state"
#define REPL "manages replication, WAL or backups"
#define NET "connects to another server (SQL and data leave the database)"
#define XPATH "evaluates XPath/XSLT in libxml2, which does not check for cancellation: a crafted document runs on after the statement timeout"

static const struct denied denied_table[] = {
	/* SQL from text: a second query the guard cannot judge */
	{"query_to_xml", PREFIX, SQL_TEXT},             /* query_to_xml, _and_xmlschema, schema */
	{"cursor_to_xml", PREFIX, SQL_TEXT},
	{"table_to_xml", PREFIX, "reads a whole table named by a string, past the table and column policy"},
	{"schema_to_xml", PREFIX, "reads whole tables of a schema, past the table and column policy"},
	{"database_to_xml", PREFIX, "reads every table of the database, past the table and column policy"},
	{"ts_stat", EXACT, SQL_TEXT},
	{"ts_rewrite", EXACT, SQL_TEXT " (its two-argument form)"},
	{"crosstab", PREFIX, SQL_TEXT " (tablefunc)"},
	{"connectby", EXACT, SQL_TEXT " (tablefunc; table and column names as strings)"},
	{"xpath_table", EXACT, SQL_TEXT " (xml2; it is declared STABLE)"},
	/* other servers */
	{"dblink", PREFIX, NET},
	{"postgres_fdw_", PREFIX, NET},
	/* XPath and XSLT: not interruptible */
	{"xpath", PREFIX, XPATH},                       /* xpath, xpath_exists, xml2's xpath_* */
	{"xmlexists", EXACT, XPATH},
	{"xslt_process", EXACT, XPATH},
	{"xml_valid", EXACT, XPATH " (xml2)"},
	/* files */
	{"pg_read_file", EXACT, FILES},
	{"pg_read_binary_file", EXACT, FILES},
	{"pg_stat_file", EXACT, FILES},
	{"pg_ls_", PREFIX, FILES},
	{"pg_current_logfile", EXACT, FILES},
	{"pg_logdir_ls", EXACT, FILES},
	{"pg_file_", PREFIX, FILES " (adminpack: also writes them)"},
	{"pg_hba_file_rules", EXACT, FILES " (the authentication rules)"},
	{"pg_ident_file_mappings", EXACT, FILES " (the authentication rules)"},
	{"pg_show_all_file_settings", EXACT, FILES " (the configuration files)"},
	/* large objects */
	{"lo_", PREFIX, LARGE_OBJ},
	{"loread", EXACT, LARGE_OBJ},
	{"lowrite", EXACT, LARGE_OBJ},
	/* locks, sequences, notifications, settings, sleeping */
	{"pg_advisory", PREFIX, LOCKS},
	{"pg_try_advisory", PREFIX, LOCKS},
	{"nextval", EXACT, SEQ},
	{"setval", EXACT, SEQ},
	{"currval", EXACT, SEQ},
	{"lastval", EXACT, SEQ},
	{"pg_sequence_last_value", EXACT, SEQ},
	{"pg_notify", EXACT, NOTIFY},
	{"pg_listening_channels", EXACT, NOTIFY},
	{"pg_notification_queue_usage", EXACT, NOTIFY},
	{"set_config", EXACT, "changes settings (search_path, timeouts) for the rest of the transaction"},
	{"pg_sleep", PREFIX, "holds a connection doing nothing"},
	{"txid_current", EXACT, "assigns a transaction id (a write)"},
	{"pg_current_xact_id", EXACT, "assigns a transaction id (a write)"},
	{"pg_export_snapshot", EXACT, "exports a snapshot other sessions can import"},
	/* administration */
	{"pg_terminate_backend", EXACT, ADMIN},
	{"pg_cancel_backend", EXACT, ADMIN},
	{"pg_reload_conf", EXACT, ADMIN},
	{"pg_rotate_logfile", EXACT, ADMIN},
	{"pg_promote", EXACT, ADMIN},
	{"pg_log_backend_memory_contexts", EXACT, ADMIN},
	{"pg_import_system_collations", EXACT, ADMIN},
	{"pg_stat_reset", PREFIX, ADMIN " (resets statistics)"},
	{"pg_stat_statements_reset", EXACT, ADMIN " (resets statistics)"},
	{"pg_prewarm", EXACT, ADMIN " (loads relations into the buffer cache)"},
	{"autoprewarm_", PREFIX, ADMIN " (loads relations into the buffer cache)"},
	{"pg_truncate_", PREFIX, ADMIN},
	{"binary_upgrade_", PREFIX, ADMIN},
	{"get_raw_page", EXACT, "reads raw table pages, past the table and column policy (pageinspect)"},
	/* replication, WAL, backups */
	{"pg_switch_wal", EXACT, REPL},
	{"pg_create_", PREFIX, REPL},
	{"pg_drop_replication", PREFIX, REPL},
	{"pg_replication_", PREFIX, REPL},
	{"pg_copy_", PREFIX, REPL},
	{"pg_logical_", PREFIX, REPL},
	{"pg_wal_replay_", PREFIX, REPL},
	{"pg_backup_", PREFIX, REPL},
	{"pg_start_backup", EXACT, REPL},
	{"pg_stop_backup", EXACT, REPL},
};

const char *
sqlg_denied_reason(const char *name)
{
	for (size_t i = 0; i < sizeof(denied_table) / sizeof(denied_table[0]); i++) {
		const struct denied *d = &denied_table[i];
		if (d->match == EXACT ? strcmp(name, d->name) == 0 : strncmp(name, d->name, strlen(d->name)) == 0)
			return d->reason;
	}
	return NULL;
}

int
sqlg_check_denied(struct sqlg_ctx *c, const char *full, const char *name)
{
	const char *why = sqlg_denied_reason(name);

	if (why == NULL)
		return 0;
	return sqlg_reject(c, "function_denied", "%.100s() is never allowed: it %s. Compute the result with ordinary SELECT expressions instead.", full, why);
}

/* UTF-8 as PostgreSQL accepts it: no overlong forms, no surrogates, nothing past U+10FFFF.
 * Returns the offset of the first bad byte, or len when all of s is valid. */
size_t
sqlg_utf8_invalid_at(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char b = s[i];
		size_t n;
		unsigned lo = 0x80, hi = 0xbf;   /* the allowed range of the second byte */

		if (b < 0x80) {
			i++;
			continue;
		}
		if (b >= 0xc2 && b <= 0xdf) {
			n = 2;
		} else if (b >= 0xe0 && b <= 0xef) {
			n = 3;
			if (b == 0xe0)
				lo = 0xa0;        /* overlong */
			if (b == 0xed)
				hi = 0x9f;        /* surrogates */
		} else if (b >= 0xf0 && b <= 0xf4) {
			n = 4;
			if (b == 0xf0)
				lo = 0x90;        /* overlong */
			if (b == 0xf4)
				hi = 0x8f;        /* past U+10FFFF */
		} else {
			return i;
		}
		if (len - i < n || s[i + 1] < lo || s[i + 1] > hi)
			return i;
		for (size_t k = 2; k < n; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xbf)
				return i;
		i += n;
	}
	return len;
}
