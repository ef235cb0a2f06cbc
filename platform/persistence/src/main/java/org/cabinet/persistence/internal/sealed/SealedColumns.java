package org.cabinet.persistence.internal.sealed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cabinet.api.persistence.CabinetPersistence;
import org.cabinet.api.time.Clock;
import org.cabinet.persistence.internal.sql.JdbcTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which columns hold sealed values, kept in the database ({@code cabinet_sealed_column}) so that a bundle that
 * was removed, whose tables stay, is still re-encrypted after a key rotation and still counts when a key is
 * retired.
 */
@Component(service = SealedColumns.class)
public final class SealedColumns {

    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public SealedColumns(@Reference(target = CabinetPersistence.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records the columns a bundle declares; those already known stay as they are. */
    public void register(List<SealedColumn> columns) throws SQLException {
        JdbcTransactions.inTransaction(dataSource, connection -> {
            try (PreparedStatement known = connection.prepareStatement(
                    "SELECT 1 FROM cabinet_sealed_column WHERE table_name = ? AND column_name = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO cabinet_sealed_column "
                            + "(table_name, column_name, bundle, registered_at) VALUES (?, ?, ?, ?)")) {
                for (SealedColumn column : columns) {
                    known.setString(1, column.table());
                    known.setString(2, column.column());
                    try (ResultSet row = known.executeQuery()) {
                        if (row.next()) {
                            continue;
                        }
                    }
                    insert.setString(1, column.table());
                    insert.setString(2, column.column());
                    insert.setString(3, column.bundle());
                    insert.setTimestamp(4, Timestamp.from(clock.now()));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** @return every registered column, by table and column */
    public List<SealedColumn> all() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT table_name, column_name, bundle "
                        + "FROM cabinet_sealed_column ORDER BY table_name, column_name");
                ResultSet rows = select.executeQuery()) {
            List<SealedColumn> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(new SealedColumn(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
            return columns;
        }
    }
}
