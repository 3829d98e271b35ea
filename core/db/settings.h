/* The session settings of every connection mcpdb opens (the agent's pool, `mcpdb query`,
 * `mcpdb schema`, `mcpdb doctor`), written once: values.c reads values in these forms (ISO
 * dates, postgres intervals, shortest exact floats, hex bytea), so the agent and the CLI must
 * never differ in them, whatever the server's or the role's defaults. */
#ifndef MCPDB_DB_SETTINGS_H
#define MCPDB_DB_SETTINGS_H

#define DB_SESSION_SETTINGS(X) \
	X("DateStyle", "ISO") \
	X("IntervalStyle", "postgres") \
	X("extra_float_digits", "3") \
	X("bytea_output", "hex")

#define DB_SETTING_AS_OPTION(name, value) " -c " name "=" value
#define DB_SETTING_AS_SET(name, value) "SET " name " = " value "; "

/* As libpq's `options` connection parameter (" -c DateStyle=ISO -c ..."; leading blank). */
#define DB_SESSION_OPTIONS DB_SESSION_SETTINGS(DB_SETTING_AS_OPTION)
/* As SQL for a connection already open ("SET DateStyle = ISO; SET ..."). */
#define DB_SESSION_SET_SQL DB_SESSION_SETTINGS(DB_SETTING_AS_SET)

#endif
