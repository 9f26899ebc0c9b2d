package org.hillasexplorer.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableBuilder;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.util.FileDataSource;

/** Reading a written table back through STIL, for the tests of the table writers and of what they are given. */
public final class StilTables {
    private StilTables() {
    }

    /** The table in {@code file}, read by {@code builder} into memory with random access. */
    public static StarTable read(Path file, TableBuilder builder) throws IOException {
        return Tables.randomTable(builder.makeStarTable(new FileDataSource(file.toFile()), true, StoragePolicy.PREFER_MEMORY));
    }

    /** Column name → unit string of every column. */
    public static Map<String, String> units(StarTable t) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < t.getColumnCount(); i++) {
            out.put(t.getColumnInfo(i).getName(), t.getColumnInfo(i).getUnitString());
        }
        return out;
    }

    /** Column name → unit string of the columns {@code names}. */
    public static Map<String, String> units(StarTable t, String... names) {
        Map<String, String> all = units(t);
        Map<String, String> out = new HashMap<>();
        for (String n : names) {
            out.put(n, all.get(n));
        }
        return out;
    }
}
