package org.cabinet.audit.internal.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import javax.sql.DataSource;

import org.cabinet.api.time.Clock;
import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.rules.ActivityBaselines;

/** An account's usual activity, from its audit events of the past four weeks. */
final class SqlBaselines implements ActivityBaselines {

    private static final Duration HISTORY = Duration.ofDays(28);
    private static final long MICROS_PER_HOUR = 3_600_000_000L;

    private final DataSource dataSource;
    private final Clock clock;
    private final ZoneId zone;

    SqlBaselines(DataSource dataSource, Clock clock, ZoneId zone) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public OptionalDouble usualDistinctPatientsPerHour(String actor) {
        Map<Long, Set<String>> patientsByHour = new HashMap<>();
        query(actor, "AND patient_id IS NOT NULL AND action IN ('READ', 'CREATE', 'UPDATE', 'DELETE')", row -> patientsByHour
                .computeIfAbsent(row.getLong(1) / MICROS_PER_HOUR, hour -> new HashSet<>()).add(row.getString(2)));
        return patientsByHour.isEmpty() ? OptionalDouble.empty()
                : patientsByHour.values().stream().mapToInt(Set::size).average();
    }

    @Override
    public long[] eventsByHourOfDay(String actor) {
        long[] counts = new long[HOURS_OF_DAY];
        query(actor, "", row -> counts[ChainHash.instant(row.getLong(1)).atZone(zone).getHour()]++);
        return counts;
    }

    private interface RowVisitor {
        void visit(ResultSet row) throws SQLException;
    }

    private void query(String actor, String condition, RowVisitor visitor) {
        Instant since = clock.now().minus(HISTORY);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT recorded_us, patient_id FROM audit_event "
                        + "WHERE actor = ? AND recorded_us >= ? " + condition)) {
            select.setString(1, actor);
            select.setLong(2, ChainHash.micros(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    visitor.visit(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit history of an account cannot be read: " + e.getMessage(), e);
        }
    }
}
