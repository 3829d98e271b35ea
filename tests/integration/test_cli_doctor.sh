# mcpdb doctor: a superuser gets a loud FAIL with the read-only role fix and exit 1; a
# read-only role (pg_read_all_data, default_transaction_read_only) passes with exit 0; a
# role that owns a table or may write one fails; bad policy exits 3, no database exits 4.
. tests/lib/tap.sh
. tests/lib/pg.sh
CLI=$MCPDB_CLI
base="postgresql://%s:pw@127.0.0.1:$PGPORT_TEST/mcpdb_test"

out=$("$CLI" doctor --policy tests/data/cli/policy.yaml 2>&1); rc=$?
check_eq "superuser: exit 1" "$rc" 1
check_match "superuser: flagged" "$out" '\[FAIL\] role postgres is a SUPERUSER'
check_match "superuser: loud warning" "$out" '!!! THE DATABASE ROLE CAN WRITE'
check_match "superuser: the one-line fix" "$out" "CREATE ROLE mcpdb_ro LOGIN PASSWORD 'change-me' NOSUPERUSER NOCREATEDB NOCREATEROLE; GRANT pg_read_all_data TO mcpdb_ro; ALTER ROLE mcpdb_ro SET default_transaction_read_only = on;"
check_match "superuser: verdict line" "$out" 'verdict: FAIL: the database role can write'
check_match "policy lint reported" "$out" '\[ok\] +policy: tests/data/cli/policy.yaml is valid'
check_match "server version reported" "$out" '\[ok\] +connection: PostgreSQL [0-9]+'
check_match "guard self-test" "$out" '\[ok\] +sql guard: self-test passed'
check_match "libraries listed" "$out" '\[ok\] +libpq [0-9]+'

pg_psql -d mcpdb_test -c "CREATE ROLE cli_doc_ro LOGIN PASSWORD 'pw'; GRANT pg_read_all_data TO cli_doc_ro;
	ALTER ROLE cli_doc_ro SET default_transaction_read_only = on;
	CREATE ROLE cli_doc_rw LOGIN PASSWORD 'pw'; GRANT SELECT, INSERT ON products TO cli_doc_rw;
	CREATE ROLE cli_doc_owner LOGIN PASSWORD 'pw'; CREATE TABLE cli_fx.doc_owned (x int);
	ALTER TABLE cli_fx.doc_owned OWNER TO cli_doc_owner; GRANT USAGE ON SCHEMA cli_fx TO cli_doc_owner;" >/dev/null

out=$(DATABASE_URL=$(printf "$base" cli_doc_ro) "$CLI" doctor 2>&1); rc=$?
check_eq "read-only role: exit 0" "$rc" 0
check_match "read-only role: verdict OK" "$out" 'verdict: OK \(0 problems'
check_match "read-only role: no table privileges" "$out" '\[ok\] +table privileges: no INSERT'
check_match "read-only role: default_transaction_read_only on" "$out" '\[ok\] +default_transaction_read_only is on'
check_eq "read-only role: no fix printed" "$(printf '%s' "$out" | grep -c 'CREATE ROLE')" 0

out=$(DATABASE_URL=$(printf "$base" cli_doc_rw) "$CLI" doctor 2>&1); rc=$?
check_eq "role with INSERT on a table: exit 1" "$rc" 1
check_match "role with INSERT: names the table and privilege" "$out" 'can change 1 table \(INSERT on public.products\)'
check_match "role with INSERT: warns about default_transaction_read_only" "$out" '\[WARN\] default_transaction_read_only is off'

out=$(DATABASE_URL=$(printf "$base" cli_doc_owner) "$CLI" doctor 2>&1); rc=$?
check_eq "role owning a table: exit 1" "$rc" 1
check_match "role owning a table: ownership flagged" "$out" 'owns 1 object \(cli_fx.doc_owned\)'

"$CLI" doctor --policy tests/data/policies/bad-unknown-key.yaml >/dev/null 2>&1
check_eq "invalid policy: exit 3" "$?" 3
DATABASE_URL="postgresql://nobody@127.0.0.1:1/none" "$CLI" doctor >"$TEST_TMP/doc.out" 2>&1
check_eq "unreachable database: exit 4" "$?" 4
check_match "unreachable database: said in the checklist" "$(cat "$TEST_TMP/doc.out")" 'connection: the database is unreachable'
pg_psql -d mcpdb_test -c "DROP TABLE cli_fx.doc_owned; REVOKE ALL ON products FROM cli_doc_rw;
	REVOKE USAGE ON SCHEMA cli_fx FROM cli_doc_owner;
	DROP ROLE cli_doc_ro; DROP ROLE cli_doc_rw; DROP ROLE cli_doc_owner;" >/dev/null
