-- Typed values for the tools' tests (tests/integration/test_agent_tools.py, test_pgx): one row
-- per edge case in typed_values, plus a slow but guard-allowed function for the timeout,
-- cancellation and concurrency tests, and a user-defined enum and domain for type names.
SET client_min_messages = warning;

CREATE SCHEMA IF NOT EXISTS mcpdb_types;
COMMENT ON SCHEMA mcpdb_types IS 'Edge values of every type the agent converts';

CREATE TYPE mcpdb_types.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN mcpdb_types.positive AS integer CHECK (VALUE > 0);

CREATE TABLE mcpdb_types.typed_values (
    id        integer PRIMARY KEY,
    label     text NOT NULL,
    i2        smallint,
    i4        integer,
    i8        bigint,
    f4        real,
    f8        double precision,
    num       numeric,
    flag      boolean,
    js        json,
    jsb       jsonb,
    bin       bytea,
    d         date,
    t         time,
    ts        timestamp,
    tstz      timestamptz,
    iv        interval,
    u         uuid,
    txt       text,
    int_arr   integer[],
    int2d     integer[][],
    txt_arr   text[],
    num_arr   numeric[],
    jsb_arr   jsonb[],
    mood      mcpdb_types.mood,
    pos       mcpdb_types.positive
);
COMMENT ON TABLE mcpdb_types.typed_values IS 'One row per edge case';

INSERT INTO mcpdb_types.typed_values VALUES
 (1, 'typical', 1, 42, 42, 1.5, 0.1, 123.45, true, '{"a": [1, 2]}', '{"b": {"c": null}}',
  '\x00ff', '2024-02-29', '13:14:15.123456', '2024-01-02 03:04:05.678901',
  '2024-01-02 03:04:05.678901+00', '1 year 2 mons 3 days 04:05:06.789',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'café ☃ 😀', '{1,2,3}', '{{1,2},{3,4}}',
  '{a,"b c","q\"uote",NULL}', '{1.10,NaN}', ARRAY['{"k": 1}'::jsonb, '[true]'::jsonb], 'happy', 7),
 (2, 'max', 32767, 2147483647, 9223372036854775807, 'Infinity', 'Infinity',
  123456789012345678901234567890.123456789, false, '[]', '{"big": 12345678901234567890}',
  '\x', 'infinity', '24:00:00', 'infinity', 'infinity', '178000000 years',
  'ffffffff-ffff-ffff-ffff-ffffffffffff', repeat('x', 100), '{}', '{{NULL,NULL}}', '{""}',
  '{}', '{}', 'ok', 2147483647),
 (3, 'min', -32768, -2147483648, -9223372036854775808, '-Infinity', '-Infinity', -0.000000001,
  NULL, 'null', '"str"', NULL, '-infinity', '00:00:00', '-infinity', '-infinity',
  '-178000000 years', '00000000-0000-0000-0000-000000000000', '', '{NULL}', NULL, '{NULL,"NULL"}',
  '{-1}', ARRAY[NULL::jsonb], 'sad', 1),
 (4, 'special', 0, 0, 9007199254740992, 'NaN', 'NaN', 'NaN', NULL, '{"x": 1e400}', '0.10000000000000000001',
  '\x5c22', '2000-01-01', '23:59:59.999999', '2000-01-01 00:00:00', '2000-01-01 00:00:00+00',
  '-1 days +02:03:04', NULL, E'tab\there "quoted" back\\slash\nnewline', '[0:1]={7,8}', NULL,
  '{"{braces}","a,b"}', NULL, NULL, NULL, NULL),
 (5, 'int8 beyond 2^53', NULL, NULL, 9007199254740993, '-0', '-0', '-0', NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (6, 'all null', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- A wide, big-celled table for the byte and cell caps.
CREATE TABLE mcpdb_types.big_cells (id integer PRIMARY KEY, body text NOT NULL);
INSERT INTO mcpdb_types.big_cells SELECT g, repeat(chr(97 + g % 26), 100000) FROM generate_series(1, 120) g;

-- Slow but allowed by the guard (STABLE, no denied function in the call): the tests of
-- timeouts, cancellation and concurrency call it. pg_sleep inside is not visible to the guard,
-- which judges the statement the model sends, and the function is STABLE.
CREATE FUNCTION mcpdb_types.slow(seconds double precision) RETURNS integer
    LANGUAGE plpgsql STABLE AS $$ BEGIN PERFORM pg_sleep(seconds); RETURN 1; END $$;
CREATE FUNCTION mcpdb_types.add_one(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
CREATE FUNCTION mcpdb_types.bump(x integer) RETURNS integer
    LANGUAGE sql VOLATILE AS $$ SELECT x + 1 $$;

-- A role allowed only two connections: the pool (four) must live with refused connections
-- while the others serve (tests/unit/test_pgx.c).
DO $$ BEGIN
    CREATE ROLE mcpdb_limited LOGIN PASSWORD 'limited-pw' CONNECTION LIMIT 2;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
