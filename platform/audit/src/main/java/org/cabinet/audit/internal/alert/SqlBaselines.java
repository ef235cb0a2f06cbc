package org.cabinet.audit.internal.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
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

    /** hours of activity before an account has a usual rate: a rate from fewer is noise, not a habit */
    static final int MIN_PAST_HOURS = 8;
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
        // the hour under way is what the rule judges: were it part of the usual, an account's first busy hour would
        // be its own yardstick
        long currentHour = ChainHash.micros(clock.now()) / MICROS_PER_HOUR;
        Map<Long, Set<String>> patientsByHour = new HashMap<>();
        query(actor, "AND patient_id IS NOT NULL AND action IN ('READ', 'CREATE', 'UPDATE', 'DELETE')", row -> {
            long hour = row.getLong(1) / MICROS_PER_HOUR;
            if (hour < currentHour) {
                patientsByHour.computeIfAbsent(hour, any -> new HashSet<>()).add(row.getString(2));
            }
        });
        return usualRate(patientsByHour.values());
    }

    /**
     * @param pastHours the distinct patients of each past hour in which the account reached any
     * @return their average, or nothing while there are fewer than {@value #MIN_PAST_HOURS} such hours
     */
    static OptionalDouble usualRate(Collection<Set<String>> pastHours) {
        return pastHours.size() < MIN_PAST_HOURS ? OptionalDouble.empty()
                : pastHours.stream().mapToInt(Set::size).average();
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
