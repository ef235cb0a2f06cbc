package org.cabinet.audit.internal.verify;

/**
 * What the verifier found.
 *
 * @param intact        whether the chain, its archived segments, its anchor and every checkpoint hold
 * @param verifiedUpTo  the last sequence number up to which the chain holds
 * @param firstBroken   the first sequence number that does not hold, or {@code null}
 * @param problem       what is wrong there, in one sentence, or {@code null}
 * @param location      where: {@code database}, or the name of the archived segment, anchor or checkpoint file;
 *                      {@code null} when intact
 * @param events        events walked, archived and online
 * @param checkpoints   checkpoints checked
 * @param segments      archived segments checked
 * @param archivedUpTo  the last sequence number held in archived segments (0: nothing archived)
 */
public record Verification(boolean intact, long verifiedUpTo, Long firstBroken, String problem, String location,
        long events, int checkpoints, int segments, long archivedUpTo) {

    /** where the online part of the chain lives */
    public static final String DATABASE = "database";

    /** @return one line for the console */
    public String describe() {
        if (!intact) {
            return "The audit chain is broken at sequence " + firstBroken + " (" + location + "): " + problem
                    + " (intact up to " + verifiedUpTo + ").";
        }
        return "The audit chain is intact up to sequence " + verifiedUpTo + " (" + events + " events, " + checkpoints
                + " checkpoints checked" + (segments == 0 ? "" : "; " + segments + " archived segments up to sequence "
                        + archivedUpTo) + ").";
    }
}
