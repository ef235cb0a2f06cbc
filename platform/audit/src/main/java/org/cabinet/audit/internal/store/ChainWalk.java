package org.cabinet.audit.internal.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;

/**
 * Follows the chain event by event from a known point: every sequence number once and in order, every event
 * linked to the one before, every hash what the event's content gives. Stops at the first event that breaks it,
 * and keeps the hashes of the sequence numbers something outside vouches for (checkpoints, anchors).
 */
public final class ChainWalk {

    /** Where and why the chain stopped holding. */
    public record Break(long sequence, String problem) {
    }

    private final Set<Long> vouched;
    private final Map<Long, String> hashes = new HashMap<>();
    private long last;
    private String previous;
    private long count;
    private Break broken;

    /**
     * @param after     the sequence number of the event the walk starts after (0: the start of the chain)
     * @param afterHash that event's hash ({@link ChainHash#GENESIS} at the start of the chain)
     * @param vouched   the sequence numbers whose hashes {@link #hashAt} must give
     */
    public ChainWalk(long after, String afterHash, Set<Long> vouched) {
        this.last = after;
        this.previous = afterHash;
        this.vouched = vouched;
        if (vouched.contains(after)) {
            hashes.put(after, afterHash);
        }
    }

    /** @return a walk from the first event of the chain */
    public static ChainWalk fromStart(Set<Long> vouched) {
        return new ChainWalk(0, ChainHash.GENESIS, vouched);
    }

    /** Takes the next event; once the chain is broken, events are ignored. */
    public void visit(StoredEvent event) {
        if (broken != null) {
            return;
        }
        count++;
        long expected = last + 1;
        if (event.sequence() != expected) {
            broken = new Break(expected, "event " + expected + " is missing");
        } else if (!event.readable()) {
            broken = new Break(expected, "the event was altered into something no event can be");
        } else if (!event.previousHash().equals(previous)) {
            broken = new Break(expected, "the event does not follow the one before it: events were removed, "
                    + "swapped or inserted");
        } else if (!event.expectedHash().equals(event.hash())) {
            broken = new Break(expected, "the event was altered after it was recorded");
        } else {
            last = expected;
            previous = event.hash();
            if (vouched.contains(expected)) {
                hashes.put(expected, previous);
            }
        }
    }

    /** @return the last sequence number up to which the chain holds */
    public long last() {
        return last;
    }

    /** @return the hash of {@link #last()} */
    public String lastHash() {
        return previous;
    }

    /** @return the events taken, the breaking one included */
    public long count() {
        return count;
    }

    public Optional<Break> broken() {
        return Optional.ofNullable(broken);
    }

    /** @return the hash the chain holds at a vouched-for sequence number, if the walk reached it */
    public Optional<String> hashAt(long sequence) {
        return Optional.ofNullable(hashes.get(sequence));
    }
}
