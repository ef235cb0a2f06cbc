package org.cabinet.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** One row of the result table: a database, a table in it, and how the protected fields are stored. */
final class BenchCase {

    private final String name;
    private final ConnectionSource database;
    private final PatientTable table;
    private final RowEncoding encoding;
    private final AtomicLong ids = new AtomicLong();
    private final WriteLoad load;
    private final List<Double> oneWriter = new ArrayList<>();
    private final List<Double> manyWriters = new ArrayList<>();

    BenchCase(String name, ConnectionSource database, String table, RowEncoding encoding) {
        this.name = name;
        this.database = database;
        this.table = new PatientTable(table);
        this.encoding = encoding;
        this.load = new WriteLoad(database, this.table, encoding, ids);
    }

    String name() {
        return name;
    }

    void createTable() throws SQLException {
        try (Connection connection = database.open()) {
            connection.setAutoCommit(false);
            table.create(connection);
        }
    }

    /** Writes for the warm-up, then for the measured window, and keeps the window's writes per second. */
    WriteLoad.Throughput measure(int writers, Duration warmup, Duration window) throws SQLException, InterruptedException {
        if (!warmup.isZero()) {
            load.run(writers, warmup);
        }
        WriteLoad.Throughput result = load.run(writers, window);
        (writers == 1 ? oneWriter : manyWriters).add(result.perSecond());
        return result;
    }

    /** Writes per second of each measured window, in order; 1 writer or many. */
    List<Double> rates(boolean concurrent) {
        return List.copyOf(concurrent ? manyWriters : oneWriter);
    }

    /**
     * Checks that every committed write is a row and that a row reads back (opened, and found
     * through its index), then drops the table. Not timed.
     */
    void verifyAndDrop() throws SQLException {
        try (Connection connection = database.open()) {
            connection.setAutoCommit(false);
            long rows = table.count(connection);
            if (rows != ids.get()) {
                throw new IllegalStateException(name + ": " + ids.get() + " writes committed but " + rows + " rows found");
            }
            table.checkReadBack(connection, encoding);
            table.drop(connection);
        }
    }
}
