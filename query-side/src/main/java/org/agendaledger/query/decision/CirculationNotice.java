package org.agendaledger.query.decision;

import java.time.Instant;
import org.agendaledger.events.silence.NoticeOutcome;

/** What became of one circulation notice to one addressee, as the trail keeps it. */
record CirculationNotice(String noticeId, String memberId, NoticeOutcome outcome, Instant acceptedAt) {
}
