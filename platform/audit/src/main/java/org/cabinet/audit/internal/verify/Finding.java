package org.cabinet.audit.internal.verify;

/**
 * Where the verifier found the chain broken.
 *
 * @param sequence the first sequence number that does not hold, or {@code null} when none can be named (a
 *                 statement file that cannot be read)
 * @param location {@link Verification#DATABASE}, or the name of the file at fault
 * @param problem  what is wrong, in one sentence
 */
record Finding(Long sequence, String location, String problem) {

    /** What the walk had checked when it found this. */
    record Walked(long events, int checkpoints, int segments, long archivedUpTo) {
    }

    Verification verification(Walked walked) {
        return new Verification(false, sequence == null ? 0 : sequence - 1, sequence, problem, location,
                walked.events(), walked.checkpoints(), walked.segments(), walked.archivedUpTo());
    }
}
