package eu.vigil.local;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static eu.vigil.local.StackFixture.strings;

/**
 * Each table of a schema as its row count and an MD5 of its rows in order, leaving out the columns that hold the
 * wall-clock instant at which a projection or a consumer wrote the row: two systems that applied the same events hold
 * the same checksums, whenever they applied them.
 */
final class TableChecksums {

    private static final String PROCESSING_INSTANTS = "'projected_at', 'first_seen_at', 'applied_at', 'parked_at'";

    /** @param leftOut tables that are bookkeeping of a process (tokens, schedules, migrations), not data */
    static Map<String, String> of(RunningStack stack, String schema, Set<String> leftOut) {
        var checksums = new TreeMap<String, String>();
        for (String table : strings(stack, """
                select c.table_name || ' ' || string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position)
                from information_schema.columns c
                join information_schema.tables t using (table_schema, table_name)
                where c.table_schema = '%s' and t.table_type = 'BASE TABLE' and c.column_name not in (%s)
                group by c.table_name""".formatted(schema, PROCESSING_INSTANTS))) {
            String name = table.substring(0, table.indexOf(' '));
            String columns = table.substring(table.indexOf(' ') + 1);
            if (!leftOut.contains(name)) {
                checksums.put(schema + "." + name, strings(stack, """
                        select count(*) || ' rows, md5 '
                               || md5(coalesce(string_agg(r::text, E'\\n' order by r::text), ''))
                        from (select %s from %s.%s) r""".formatted(columns, schema, name)).get(0));
            }
        }
        return checksums;
    }

    private TableChecksums() {
    }
}
