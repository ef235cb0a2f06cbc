package org.cabinet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The CPU time to prepare one row, without the database: what field encryption adds to each
 * write before any I/O. One thread; the best of a few passes, so that other work on the machine
 * counts as little as possible.
 */
final class SealingCost {

    private static final int RECORDS = 20_000;
    private static final int PASSES = 4;

    private SealingCost() {
    }

    /** @return microseconds per row */
    static double microsPerRow(RowEncoding encoding) {
        Random random = new Random(42);
        List<SyntheticPatient> patients = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            patients.add(SyntheticPatient.random(random));
        }
        long best = Long.MAX_VALUE;
        int sink = 0;
        for (int pass = 0; pass < PASSES; pass++) { // the first pass warms the JIT up
            long start = System.nanoTime();
            for (SyntheticPatient patient : patients) {
                sink += encoding.encode(patient).note().length();
            }
            long elapsed = System.nanoTime() - start;
            if (pass > 0) {
                best = Math.min(best, elapsed);
            }
        }
        if (sink == 0) {
            throw new IllegalStateException("no rows were encoded");
        }
        return best / 1e3 / RECORDS;
    }
}
