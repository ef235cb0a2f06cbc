package org.cabinet.audit.internal.verify;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cabinet.audit.internal.chain.ChainHash;
import org.cabinet.audit.internal.store.AuditRepository;
import org.cabinet.audit.internal.store.AuditRepository.Head;
import org.cabinet.audit.internal.store.AuditRepository.StoredEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Walks the chain from its first event: every sequence number present once and in order, every hash what the
 * event's content and its predecessor's hash give, the head where the last event is, and every signed
 * checkpoint agreeing with the chain. Names the first sequence number where any of it fails.
 */
@Component(service = ChainVerifier.class)
public final class ChainVerifier {

    private final AuditRepository repository;
    private final Checkpoints checkpoints;

    @Activate
    public ChainVerifier(@Reference AuditRepository repository, @Reference Checkpoints checkpoints) {
        this.repository = repository;
        this.checkpoints = checkpoints;
    }

    public Verification verify() throws SQLException, IOException {
        List<Checkpoint> signed = checkpoints.all();
        for (Checkpoint checkpoint : signed) {
            if (!checkpoints.isSigned(checkpoint)) {
                return Verification.broken(checkpoint.sequence(), "the checkpoint at this sequence does not carry this "
                        + "installation's signature: it was altered or does not belong here", 0, signed.size());
            }
        }
        Set<Long> vouched = signed.stream().map(Checkpoint::sequence).collect(Collectors.toSet());
        Walk walk = new Walk(vouched);
        repository.forEach(1, walk::visit);
        if (walk.broken != null) {
            return walk.broken;
        }
        Head head = repository.head();
        if (head.sequence() != walk.last || !head.hash().equals(walk.previous)) {
            return Verification.broken(Math.min(head.sequence(), walk.last) + 1, "the chain head says sequence "
                    + head.sequence() + " but the events end at " + walk.last + ": events were removed or added",
                    walk.count, signed.size());
        }
        for (Checkpoint checkpoint : signed) {
            if (checkpoint.sequence() > walk.last) {
                return Verification.broken(walk.last + 1, "a signed checkpoint vouches for events up to "
                        + checkpoint.sequence() + ", the chain ends at " + walk.last, walk.count, signed.size());
            }
            if (!checkpoint.hash().equals(walk.hashes.get(checkpoint.sequence()))) {
                return Verification.broken(checkpoint.sequence(), "the event differs from what its signed checkpoint "
                        + "says", walk.count, signed.size());
            }
        }
        return Verification.intact(walk.last, walk.count, signed.size());
    }

    /** The state of one walk along the chain. */
    private static final class Walk {

        private final Set<Long> vouched;
        private final Map<Long, String> hashes = new HashMap<>();
        private long last;
        private String previous = ChainHash.GENESIS;
        private long count;
        private Verification broken;

        Walk(Set<Long> vouched) {
            this.vouched = vouched;
        }

        void visit(StoredEvent event) {
            if (broken != null) {
                return;
            }
            count++;
            long expected = last + 1;
            if (event.sequence() != expected) {
                broken = Verification.broken(expected, "event " + expected + " is missing", count, vouched.size());
            } else if (!event.readable()) {
                broken = Verification.broken(expected, "the event was altered into something no event can be", count,
                        vouched.size());
            } else if (!event.previousHash().equals(previous)) {
                broken = Verification.broken(expected, "the event does not follow the one before it: events were "
                        + "removed, swapped or inserted", count, vouched.size());
            } else if (!event.expectedHash().equals(event.hash())) {
                broken = Verification.broken(expected, "the event was altered after it was recorded", count,
                        vouched.size());
            } else {
                last = expected;
                previous = event.hash();
                if (vouched.contains(expected)) {
                    hashes.put(expected, previous);
                }
            }
        }
    }
}
