package eu.vigil.query.rebuild;

import eu.vigil.query.projection.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The new tables a rebuild fills beside the live ones ({@code <table>_rebuild}, alike in columns, defaults,
 * constraints, indexes and comments), and the swap that puts them in the live ones' place in one transaction. The
 * indexes take back the live ones' names, so that a later migration that names an index still finds it.
 */
@Component
class ShadowTables {

    // "CREATE UNIQUE INDEX name ON query.table USING ..." -> "UNIQUE|USING ...", the definition without its names
    private static final Pattern INDEX_NAMES = Pattern.compile("^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ (.*)$",
            Pattern.DOTALL);

    private final JdbcClient jdbc;

    ShadowTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void create(List<String> tables) {
        for (String table : tables) {
            jdbc.sql("drop table if exists " + Target.REBUILD.table(table)).update();
            jdbc.sql("create table " + Target.REBUILD.table(table) + " (like " + Target.LIVE.table(table)
                    + " including all)").update();
        }
    }

    @Transactional
    void drop(List<String> tables) {
        for (String table : tables) {
            jdbc.sql("drop table if exists " + Target.REBUILD.table(table)).update();
        }
    }

    /** Puts the rebuilt tables in the live ones' place; readers wait for the moment of the swap, then read them. */
    @Transactional
    void swap(List<String> tables) {
        for (String table : tables) {
            var liveIndexes = indexesOf(table);
            var rebuiltIndexes = indexesOf(table + Target.REBUILD.suffix());
            jdbc.sql("drop table " + Target.LIVE.table(table)).update();
            jdbc.sql("alter table " + Target.REBUILD.table(table) + " rename to " + table).update();
            rebuiltIndexes.forEach((definition, name) -> {
                String liveName = liveIndexes.get(definition);
                if (liveName != null && !liveName.equals(name)) {
                    jdbc.sql("alter index query." + name + " rename to " + liveName).update();
                }
            });
        }
    }

    // the table's indexes by their definition without names, each with its name
    private Map<String, String> indexesOf(String table) {
        var indexes = new HashMap<String, String>();
        jdbc.sql("""
                        select indexname, indexdef from pg_indexes where schemaname = 'query' and tablename = :table""")
                .param("table", table)
                .query(row -> {
                    var definition = INDEX_NAMES.matcher(row.getString("indexdef"));
                    if (!definition.matches()) {
                        throw new IllegalStateException("Unexpected index definition on query." + table + ": "
                                + row.getString("indexdef"));
                    }
                    String unique = definition.group(1) == null ? "" : "UNIQUE ";
                    indexes.put(unique + definition.group(2), row.getString("indexname"));
                });
        return indexes;
    }
}
