#include "postgres_fe.h"
