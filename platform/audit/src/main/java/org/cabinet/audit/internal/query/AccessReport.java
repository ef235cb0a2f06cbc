package org.cabinet.audit.internal.query;

import java.time.Instant;
import java.util.List;

/**
 * An answer of the access reports.
 *
 * @param completeFrom from this instant on, the rows are every event asked for; events recorded before it may have
 *                     left the database for the archive ({@code retention.months} in
 *                     {@code etc/org.cabinet.audit.cfg}) and are then not in the rows. {@code null}: nothing was
 *                     ever archived, the rows are complete
 * @param rows         the events, oldest first
 */
public record AccessReport(Instant completeFrom, List<AccessRow> rows) {
}
