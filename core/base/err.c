/* Error strings for enum err (core/base/err.h). */
#include "base/err.h"

const char *
err_str(int err)
{
	switch (err) {
	case E_OK: return "success";
	case E_AGAIN: return "need more data";
	case E_NOMEM: return "out of memory";
	case E_TOOBIG: return "size limit reached";
	case E_INVAL: return "malformed input";
	case E_IO: return "input/output error";
	case E_EOF: return "end of input";
	case E_DENIED: return "denied";
	case E_DB: return "database error";
	case E_TIMEOUT: return "timed out";
	case E_CANCELLED: return "cancelled";
	case E_CONFIG: return "configuration error";
	case E_INTERNAL: return "internal error";
	}
	return "unknown error";
}
