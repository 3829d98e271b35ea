-- A canonical listing of the user-visible catalog of the current database (tables, views,
-- columns, constraints, indexes, view definitions, comments, enum labels), one line per fact,
-- sorted: two databases with the same schema give the same text. Used by
-- tests/integration/test_cli_schema.sh to compare a database with its `mcpdb schema --format
-- sql` copy. Run with: psql -At -v ON_ERROR_STOP=1 -f catalog.sql
SET search_path = pg_catalog;
WITH rel AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'
)
SELECT line FROM (
    SELECT format('rel %s.%s %s comment=%s', nspname, relname, relkind,
                  coalesce(obj_description(oid, 'pg_class'), '-')) FROM rel
    UNION ALL
    SELECT format('col %s.%s %s %s notnull=%s identity=%s generated=%s default=%s comment=%s',
                  r.nspname, r.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                  a.attnotnull, a.attidentity, a.attgenerated,
                  coalesce(pg_get_expr(d.adbin, d.adrelid), '-'),
                  coalesce(col_description(r.oid, a.attnum), '-'))
    FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    UNION ALL
    SELECT format('con %s.%s %s %s %s', r.nspname, r.relname, k.conname, k.contype,
                  pg_get_constraintdef(k.oid, true))
    FROM rel r JOIN pg_constraint k ON k.conrelid = r.oid
    UNION ALL
    SELECT format('idx %s', pg_get_indexdef(i.indexrelid)) FROM rel r JOIN pg_index i ON i.indrelid = r.oid
    UNION ALL
    SELECT format('view %s.%s %s', nspname, relname, pg_get_viewdef(oid, true)) FROM rel
    WHERE relkind IN ('v', 'm')
    UNION ALL
    SELECT format('enum %s.%s %s', n.nspname, t.typname,
                  (SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum
                   WHERE enumtypid = t.oid))
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e'
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
) facts(line)
ORDER BY line COLLATE "C";
