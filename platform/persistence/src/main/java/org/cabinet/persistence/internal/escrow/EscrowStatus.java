package org.cabinet.persistence.internal.escrow;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How far an escrow file can be relied on, as {@link EscrowTestMark#status} finds it.
 *
 * @param escrowFile        the escrow file looked at
 * @param state             whether it exists and whether its passphrase was tested
 * @param testedOn          when its passphrase last opened it, for {@link State#TESTED}
 * @param coversCurrentKeys whether it holds exactly the keystore's current files
 */
public record EscrowStatus(Path escrowFile, State state, Optional<Instant> testedOn, boolean coversCurrentKeys) {

    /** Whether the escrow exists and whether its passphrase was tested. */
    public enum State {
        /** No escrow file: the keys have no copy apart from the machine. */
        MISSING,
        /** The escrow file exists, but its passphrase never opened it (or only that of an earlier escrow). */
        UNTESTED,
        /** The escrow's passphrase opened it. */
        TESTED
    }

    /** @return the status in one line, for an administrator */
    public String describe() {
        return switch (state) {
            case MISSING -> "No escrow file at " + escrowFile + ": the keys have no copy apart from this machine.";
            case UNTESTED -> "Escrow file " + escrowFile + ": its passphrase was never tested; " + coverage();
            case TESTED -> "Escrow file " + escrowFile + ": passphrase tested on " + testedOn.orElseThrow() + "; " + coverage();
        };
    }

    private String coverage() {
        return coversCurrentKeys ? "it holds the current keys." : "it does NOT hold the current keys.";
    }
}
