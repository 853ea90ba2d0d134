package org.agendaledger.app.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Today's events compared with what an auditor kept ("nothing I saw then is gone or changed now"): it sees each of
 * today's events in recorded order, is given today's head at the positions it asks for, and reports.
 */
interface KeptComparison extends Consumer<StoredEvent> {

    /** The positions at which today's head is compared with what was kept. */
    Collection<Long> positions();

    /** After the walk over today's events: the comparison, with today's checkpoint chain. */
    KeptReport report(RecordedOrderCheck today, List<Checkpoint> todaysCheckpoints);

    /** A kept checkpoint must still be in today's chain, the same. */
    static void stillInChain(long number, String hash, Long position, List<Checkpoint> todays,
                             List<Discrepancy> problems) {
        Checkpoint today = todays.stream().filter(c -> c.number() == number).findFirst().orElse(null);
        if (today == null) {
            problems.add(new Discrepancy(number, position, null, null, Discrepancy.Problem.KEPT_CHECKPOINT_MISSING,
                    hash, null, "Checkpoint %d, which was kept, is no longer in the chain: the chain was cut back."
                            .formatted(number)));
        } else if (!today.hash().equals(hash)) {
            problems.add(new Discrepancy(number, position, null, null, Discrepancy.Problem.KEPT_CHECKPOINT_DIFFERS,
                    hash, today.hash(), "The chain's checkpoint %d is not the one kept: the chain was rewritten."
                            .formatted(number)));
        }
    }
}
