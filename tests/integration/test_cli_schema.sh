# mcpdb schema: the sql format re-creates the visible schema (loaded into a fresh database, its
# catalog matches the original's), the policy hides denied tables and columns in every format
# and marks masked ones, filters and exit codes.
. tests/lib/tap.sh
. tests/lib/pg.sh
CLI=$MCPDB_CLI
DATA=tests/data/cli
POLICY=$DATA/policy.yaml
catalog() { pg_psql -At -d "$1" -f "$DATA/catalog.sql"; }

# 1. Round trip without a policy: the whole visible schema.
"$CLI" schema --format sql >"$TEST_TMP/schema.sql" 2>"$TEST_TMP/schema.err"
check_eq "schema --format sql exits 0" "$?" 0
pg_psql -d postgres -c 'CREATE DATABASE cli_schema_rt' >/dev/null
pg_psql -d cli_schema_rt -f "$TEST_TMP/schema.sql" >"$TEST_TMP/load.log" 2>&1
check_eq "the DDL loads into an empty database without errors" "$?" 0
catalog mcpdb_test >"$TEST_TMP/orig.cat"
catalog cli_schema_rt >"$TEST_TMP/copy.cat"
check "the catalog has tables, columns, constraints, indexes, views, enums" \
	grep -q '^enum cli_fx.mood sad,ok,happy' "$TEST_TMP/orig.cat"
d=$(diff "$TEST_TMP/orig.cat" "$TEST_TMP/copy.cat" | head -10)
check_eq "the copy's catalog equals the original's ($(wc -l <"$TEST_TMP/orig.cat") facts)" "$d" ""

# 2. Round trip with the policy: hidden objects are absent, everything else survives.
"$CLI" schema --format sql --policy "$POLICY" >"$TEST_TMP/pschema.sql"
check_eq "schema --format sql --policy exits 0" "$?" 0
pg_psql -d postgres -c 'CREATE DATABASE cli_schema_pol' >/dev/null
pg_psql -d cli_schema_pol -f "$TEST_TMP/pschema.sql" >"$TEST_TMP/pload.log" 2>&1
check_eq "the policy-filtered DDL loads" "$?" 0
catalog cli_schema_pol >"$TEST_TMP/pcopy.cat"
check_eq "every fact of the filtered copy is in the original" \
	"$(LC_ALL=C comm -13 <(LC_ALL=C sort "$TEST_TMP/orig.cat") <(LC_ALL=C sort "$TEST_TMP/pcopy.cat") | head -5)" ""
check_eq "denied table orders is absent" "$(grep -c '^rel public.orders ' "$TEST_TMP/pcopy.cat")" 0
check_eq "denied column customers.ssn is absent" "$(grep -c '^col public.customers ssn ' "$TEST_TMP/pcopy.cat")" 0
check_eq "the view reading the denied table is absent" "$(grep -c 'customer_revenue' "$TEST_TMP/pcopy.cat")" 0
check "masked column customers.email is still there" grep -q '^col public.customers email ' "$TEST_TMP/pcopy.cat"
check_match "the omitted view is explained in the DDL" "$(cat "$TEST_TMP/pschema.sql")" \
	'-- view public.customer_revenue omitted: it reads objects the policy hides'

# 3. Markdown: compact, relationships spelled out, policy applied.
md=$("$CLI" schema --policy "$POLICY")
check_match "markdown: a section per relation with estimated rows" "$md" '## public.customers \(table, ~200 rows\)'
check_match "markdown: masked column marked" "$md" '- email text not null, unique, MASKED \(email\)'
check_match "markdown: foreign keys spelled out" "$md" 'public.order_items\(product_id\) -> public.products\(id\)'
check_match "markdown: multi-column foreign key" "$("$CLI" schema --schema cli_fx)" \
	'Foreign key: \(pa, pb\) references cli_fx.parent\(a, b\)'
check_match "markdown: hidden objects counted, not named" "$md" '1 table and 1 column are hidden'
check_eq "markdown: the denied column is never named" "$(printf '%s' "$md" | grep -c ssn)" 0
check_eq "markdown: the denied table has no section" "$(printf '%s' "$md" | grep -c '^## public.orders ')" 0

# 4. JSON: the same facts as data.
"$CLI" schema --format json --policy "$POLICY" >"$TEST_TMP/schema.json"
check_eq "schema --format json exits 0" "$?" 0
out=$(python3 - "$TEST_TMP/schema.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
rels = {(r["schema"], r["name"]): r for r in d["relations"]}
c = rels[("public", "customers")]
cols = {x["name"]: x for x in c["columns"]}
checks = [
    ("public", "orders") not in rels,
    "ssn" not in cols,
    cols["email"].get("masked") == "email",
    c["primary_key"] == ["id"],
    c["estimated_rows"] == 200,
    rels[("public", "order_items")]["primary_key"] == ["order_id", "line_no"],
    rels[("cli_fx", "child")]["foreign_keys"][0]["references_columns"] == ["a", "b"],
    d["hidden_tables"] == 1 and d["hidden_columns"] == 1,
    rels[("public", "customer_revenue")]["definition"] is None,
]
print(" ".join("1" if x else "0" for x in checks))
PY
)
check_eq "json: denied absent, masked marked, keys, rows, hidden counts" "$out" "1 1 1 1 1 1 1 1 1"

# 5. Filters, the SCHEMAS allowlist, exit codes.
n=$("$CLI" schema --format json --table cli_fx.samples | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["relations"]))')
check_eq "--table S.T selects one relation" "$n" 1
n=$(SCHEMAS=cli_fx "$CLI" schema --format json | python3 -c 'import json,sys; print(sorted({r["schema"] for r in json.load(sys.stdin)["relations"]}))')
check_eq "SCHEMAS limits the schemas" "$n" "['cli_fx']"
"$CLI" schema --table no_such_table >/dev/null 2>&1
check_eq "no match exits 1" "$?" 1
"$CLI" schema --format xml >/dev/null 2>&1
check_eq "bad --format exits 2" "$?" 2
"$CLI" schema --no-such-option >/dev/null 2>&1
check_eq "unknown option exits 2" "$?" 2
"$CLI" schema --policy "$MCPDB_ROOT/tests/data/policies/bad-unknown-key.yaml" >/dev/null 2>&1
check_eq "invalid policy exits 3" "$?" 3
DATABASE_URL="postgresql://nobody@127.0.0.1:1/none" "$CLI" schema >/dev/null 2>&1
check_eq "unreachable database exits 4" "$?" 4
out=$("$CLI" schema --help)
check_match "schema --help documents the formats" "$out" 'markdown \(default\)'
pg_psql -d postgres -c 'DROP DATABASE cli_schema_rt' -c 'DROP DATABASE cli_schema_pol' >/dev/null
