package org.cabinet.audit.internal.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cabinet.api.audit.Alert;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.rules.RaisedAlert;

/** The alerts, in {@code audit_alert}. */
final class AlertStore {

    private final DataSource dataSource;

    AlertStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the alert as stored, with its id */
    synchronized Alert store(RaisedAlert raised) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement next = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_alert");
                        ResultSet row = next.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
                Alert alert = raised.toAlert(id);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_alert (id, rule_name, "
                        + "actor, client_address, raised_us, response, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, alert.rule());
                    insert.setString(3, alert.actor());
                    insert.setString(4, alert.clientAddress());
                    insert.setLong(5, ChainHash.micros(alert.raisedAt()));
                    insert.setString(6, alert.response());
                    insert.setString(7, alert.detail());
                    insert.executeUpdate();
                }
                connection.commit();
                return alert;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    /** @return the alerts raised since {@code since}, newest first, at most {@code limit} */
    List<Alert> since(Instant since, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, rule_name, actor, client_address, "
                        + "raised_us, response, detail FROM audit_alert WHERE raised_us >= ? ORDER BY id DESC")) {
            select.setMaxRows(limit);
            select.setLong(1, ChainHash.micros(since));
            List<Alert> alerts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alerts.add(new Alert(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            ChainHash.instant(rows.getLong(5)), rows.getString(6), rows.getString(7)));
                }
            }
            return alerts;
        }
    }
}
