package org.cabinet.persistence.internal.sealed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column whose values are sealed by the field cipher, in a table whose primary key column is {@code id}.
 *
 * @param table  table name, lower case
 * @param column column name, lower case
 * @param bundle symbolic name of the bundle that owns the table
 */
public record SealedColumn(String table, String column, String bundle) {

    /** plain SQL identifiers only: they are written into statements */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,127}");

    public SealedColumn {
        table = identifier(table);
        column = identifier(column);
    }

    /**
     * @param header the value of a {@code Cabinet-Sealed-Columns} header: {@code <table>.<column>} separated by commas
     * @throws IllegalArgumentException naming the entry that is not a plain {@code table.column}
     */
    public static List<SealedColumn> parse(String bundle, String header) {
        List<SealedColumn> columns = new ArrayList<>();
        for (String entry : header.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int dot = trimmed.indexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException("'" + trimmed + "' in Cabinet-Sealed-Columns of " + bundle
                        + " is not <table>.<column>");
            }
            columns.add(new SealedColumn(trimmed.substring(0, dot), trimmed.substring(dot + 1), bundle));
        }
        return List.copyOf(columns);
    }

    @Override
    public String toString() {
        return table + "." + column;
    }

    private static String identifier(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!IDENTIFIER.matcher(lower).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a plain SQL table or column name");
        }
        return lower;
    }
}
