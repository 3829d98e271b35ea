#!/usr/bin/env bash
# ./build.sh bench: starts its own seeded PostgreSQL (tests/lib/pg.sh), builds the raw libpq
# floor (tests/bench/floor.c, musl-gcc + the cached static libpq, same flags as the agent),
# and runs tests/bench/bench.py against bin/mcpdb-agent (MCPDB_BIN_DIR overrides). Prints the
# table; a benchmark, not a test: it fails only when something cannot run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
unset LIBRARY_PATH
BIN_DIR=${MCPDB_BIN_DIR:-$ROOT/bin}
CONFIG=build/x86_64/config.mk
[ -x "$BIN_DIR/mcpdb-agent" ] || { echo "bench: no $BIN_DIR/mcpdb-agent (run ./build.sh first)" >&2; exit 1; }
[ -f "$CONFIG" ] || { echo "bench: no $CONFIG (run ./build.sh first)" >&2; exit 1; }
cfg() { sed -n "s/^$1 = //p" "$CONFIG"; }

TMP=$(mktemp -d /tmp/mcpdb-bench.XXXXXX)
chmod 755 "$TMP"
. tests/lib/pg.sh
trap 'pg_stop "$TMP/pg"; rm -rf "$TMP"' EXIT

# shellcheck disable=SC2046
$(cfg CC) -std=c11 -O2 -D_GNU_SOURCE $(cfg DEP_INC) tests/bench/floor.c -static -o "$TMP/floor" $(cfg DEP_LIBS)

pg_start "$TMP/pg"
pg_psql -d postgres -c 'CREATE DATABASE mcpdb_bench' >/dev/null
pg_psql -d mcpdb_bench -f tests/data/demo.sql >/dev/null
pg_psql -d mcpdb_bench -f tests/data/test_types.sql >/dev/null
pg_psql -d mcpdb_bench -c "CREATE TABLE bench_rows AS SELECT g AS id, 'customer ' || g AS name,
    (g * 1.25)::numeric(12,2) AS amount, g % 7 = 0 AS flagged,
    timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' AS created_at
    FROM generate_series(1, 100000) g; ALTER TABLE bench_rows ADD PRIMARY KEY (id); ANALYZE;" >/dev/null
# The wide table of issue 18: 18 columns of mixed types, about 400 bytes of text a row.
pg_psql -d mcpdb_bench -c "CREATE TABLE bench_wide AS SELECT g::bigint AS id, 'customer number ' || g AS name,
    (g * 1.25)::numeric(12,2) AS amount, g / 7.0::float8 AS ratio, g % 7 = 0 AS flagged,
    timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' AS created_at,
    date '2024-01-01' + g % 365 AS day, md5(g::text)::uuid AS uid,
    jsonb_build_object('tier', g % 5, 'tags', jsonb_build_array('a', 'b'), 'score', g * 0.5) AS attrs,
    decode(md5(g::text), 'hex') AS blob, ARRAY[g, g + 1, g + 2, g % 10] AS nums,
    ARRAY['red', 'green', 'blue ' || g % 3] AS tags, (g % 1000) * interval '1 minute 3 seconds' AS dur,
    ('10.' || g % 256 || '.' || (g / 256) % 256 || '.1')::inet AS addr, (g % 1000)::int AS qty,
    repeat('note ', 8) || g AS note, (g % 100 / 3.0)::real AS score, lpad((g % 20)::text, 8, 'c')::char(8) AS code
    FROM generate_series(1, 100000) g; ALTER TABLE bench_wide ADD PRIMARY KEY (id); ANALYZE;" >/dev/null

export DATABASE_URL="postgresql://postgres:$PG_TEST_PASSWORD@127.0.0.1:$PGPORT_TEST/mcpdb_bench"
MCPDB_AGENT="$BIN_DIR/mcpdb-agent" BENCH_FLOOR="$TMP/floor" MCPDB_ROOT="$ROOT" python3 tests/bench/bench.py "$@"

# The SQL guard alone (parse + check + rewrite + deparse), statements per second on one core,
# linked exactly like the shipped programs (static musl, build/x86_64/libcore.a).
echo
# shellcheck disable=SC2046
$(cfg CC) -std=c11 -O2 -D_GNU_SOURCE -iquote core $(cfg DEP_INC) tests/bench/bench_guard.c \
	build/x86_64/libcore.a -static $(cfg DEP_LIBS) -o "$TMP/bench_guard"
"$TMP/bench_guard" 3
