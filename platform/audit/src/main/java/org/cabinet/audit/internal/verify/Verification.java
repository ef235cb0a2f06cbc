package org.cabinet.audit.internal.verify;

/**
 * What the verifier found.
 *
 * @param intact        whether the chain and every checkpoint hold
 * @param verifiedUpTo  the last sequence number up to which the chain holds
 * @param firstBroken   the first sequence number that does not hold, or {@code null}
 * @param problem       what is wrong there, in one sentence, or {@code null}
 * @param events        events walked
 * @param checkpoints   checkpoints checked
 */
public record Verification(boolean intact, long verifiedUpTo, Long firstBroken, String problem, long events,
        int checkpoints) {

    static Verification intact(long upTo, long events, int checkpoints) {
        return new Verification(true, upTo, null, null, events, checkpoints);
    }

    static Verification broken(long sequence, String problem, long events, int checkpoints) {
        return new Verification(false, sequence - 1, sequence, problem, events, checkpoints);
    }

    /** @return one line for the console */
    public String describe() {
        return intact ? "The audit chain is intact up to sequence " + verifiedUpTo + " (" + events + " events, "
                + checkpoints + " checkpoints checked)."
                : "The audit chain is broken at sequence " + firstBroken + ": " + problem + " (intact up to "
                        + verifiedUpTo + ").";
    }
}
