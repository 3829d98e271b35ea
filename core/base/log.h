/* Leveled logging to stderr (stdout belongs to MCP). The level comes from MCPDB_LOG_LEVEL
 * (error, warn, info, debug; default warn) or log_set_level(). Lines are written with one
 * write(2) each: "<prog>: <level>: <message>\n". */
#ifndef MCPDB_LOG_H
#define MCPDB_LOG_H

enum log_level { LOG_ERROR = 0, LOG_WARN = 1, LOG_INFO = 2, LOG_DEBUG = 3 };

/* log_init: program name for the prefix (not copied) and the level from MCPDB_LOG_LEVEL.
 * Returns 0, or E_CONFIG when MCPDB_LOG_LEVEL holds an unknown name (the level stays warn). */
int log_init(const char *prog);
/* log_set_level / log_enabled: change or query the threshold. */
void log_set_level(enum log_level level);
int log_enabled(enum log_level level);
/* log_msg: printf-style message at level; longer than 1 KiB is cut with "...". */
void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
