-- Extra objects for the SQL guard's case table (tests/data/guard_cases.tsv) and its oracle
-- test: a denied table, jsonb/array data, a sequence and user-defined functions of each
-- volatility. Kept in schema guard_fx so other tests' views of `public` do not change.
CREATE SCHEMA guard_fx;

CREATE TABLE guard_fx.payments (
    id        integer PRIMARY KEY,
    order_id  integer NOT NULL,
    amount    numeric(10,2) NOT NULL,
    card      text NOT NULL
);
INSERT INTO guard_fx.payments SELECT i, i, i * 1.5, lpad(i::text, 16, '4') FROM generate_series(1, 50) AS i;

CREATE TABLE guard_fx.events (
    id       integer PRIMARY KEY,
    kind     text NOT NULL,
    tags     text[] NOT NULL,
    payload  jsonb NOT NULL,
    at       timestamptz NOT NULL
);
INSERT INTO guard_fx.events
SELECT i, (ARRAY['click','view','buy'])[1 + i % 3], ARRAY['t' || i % 5, 'x'],
       jsonb_build_object('user', i % 17, 'amount', i * 3, 'items', jsonb_build_array(i, i + 1)),
       timestamptz '2025-01-01 00:00:00+00' + i * interval '1 hour'
FROM generate_series(1, 200) AS i;

CREATE SEQUENCE guard_fx.seq;

-- Writes when called: the oracle proves no allowed case ever reaches it.
CREATE TABLE guard_fx.touched (at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION guard_fx.touch() RETURNS integer VOLATILE LANGUAGE sql
    AS 'INSERT INTO guard_fx.touched DEFAULT VALUES RETURNING 1';
CREATE FUNCTION guard_fx.double_it(x integer) RETURNS integer IMMUTABLE LANGUAGE sql AS 'SELECT x * 2';
