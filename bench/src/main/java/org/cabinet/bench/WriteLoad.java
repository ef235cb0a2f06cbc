package org.cabinet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers, each on its own connection, inserting one row per transaction and committing it, for a
 * fixed time. Encoding (sealing) the row is part of each write, as it is in Cabinet.
 */
final class WriteLoad {

    /** What a window of writes achieved. */
    record Throughput(long writes, double seconds) {
        double perSecond() {
            return writes / seconds;
        }
    }

    private final ConnectionSource source;
    private final PatientTable table;
    private final RowEncoding encoding;
    private final AtomicLong ids;

    /** @param ids the last id written; shared by all writers of one table */
    WriteLoad(ConnectionSource source, PatientTable table, RowEncoding encoding, AtomicLong ids) {
        this.source = source;
        this.table = table;
        this.encoding = encoding;
        this.ids = ids;
    }

    /** Runs {@code writers} writers together for {@code duration}; connecting is not timed. */
    Throughput run(int writers, Duration duration) throws SQLException, InterruptedException {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            for (int i = 0; i < writers; i++) {
                Connection connection = source.open();
                connections.add(connection);
                connection.setAutoCommit(false);
                inserts.add(table.prepareInsert(connection));
            }
            TimedWindow window = new TimedWindow(duration);
            CyclicBarrier start = new CyclicBarrier(writers, window::open);
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Connection connection = connections.get(i);
                PreparedStatement insert = inserts.get(i);
                counts.add(threads.submit(() -> {
                    start.await();
                    return write(connection, insert, window);
                }));
            }
            long writes = 0;
            for (Future<Long> count : counts) {
                writes += count.get();
            }
            return new Throughput(writes, window.seconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw failure;
            }
            throw new IllegalStateException("A writer failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
            for (Connection connection : connections) {
                try {
                    connection.rollback(); // nothing is left open unless a writer failed mid-transaction
                } finally {
                    connection.close();
                }
            }
        }
    }

    private long write(Connection connection, PreparedStatement insert, TimedWindow window) throws SQLException {
        Random random = ThreadLocalRandom.current();
        long writes = 0;
        while (window.isOpen()) {
            RowEncoding.Row row = encoding.encode(SyntheticPatient.random(random));
            table.bind(insert, ids.incrementAndGet(), row);
            insert.executeUpdate();
            connection.commit();
            writes++;
        }
        window.workerDone();
        return writes;
    }
}
