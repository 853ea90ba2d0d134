package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.app.audit.BrokenLink.Problem;

/**
 * Which form an event may be in, checked in recorded order: every event in form 1 was stored before form 2 existed,
 * so none can come after the first event in form 2. An event in form 2 whose marker is removed is checked in form
 * 1, which covers less; this rule reports it even when its hash was re-computed to match — wherever it is,
 * unless it was the store's very first event in form 2 (then its changed hash breaks the link of the event after
 * it, or the stream heads of every checkpoint after it).
 */
final class FormOrder {

    private final List<BrokenLink> downgraded = new ArrayList<>();
    private StoredEvent firstInCurrentForm;

    void check(StoredEvent event) {
        HashForm form = event.hashForm().orElse(null);
        if (form == HashForm.V2 && firstInCurrentForm == null) {
            firstInCurrentForm = event;
        } else if (form == HashForm.V1 && firstInCurrentForm != null) {
            downgraded.add(new BrokenLink(event.aggregateId(), event.sequenceNumber(), HashForm.V2.tag,
                    HashForm.V1.tag, Problem.FORM_DOWNGRADED, ("The event carries no form marker, so it would be "
                            + "checked in form 1, yet it was recorded (global index %d) after event %d of %s (global index "
                            + "%d), which is in form 2: its marker was removed.").formatted(event.globalIndex(),
                                    firstInCurrentForm.sequenceNumber(), firstInCurrentForm.aggregateId(),
                                    firstInCurrentForm.globalIndex())));
        }
    }

    List<BrokenLink> downgraded() {
        return List.copyOf(downgraded);
    }
}
