package org.agendaledger.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;

/**
 * Which of a meeting's subjects — plan, topics, agenda — is under which silence procedure. A subject under silence
 * is frozen: the text the members were sent is the text an approval lands on.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class SilencePins {

    /** A hash map, not an enum map, and not final: a snapshot sets it, as the same type whether or not it records types. */
    private HashMap<SubjectKind, String> procedures = new HashMap<>();

    /** Refuses while the subject is under a procedure; the sentence names it with {@code %s}. */
    void requireFree(SubjectKind kind, String code, String sentence) {
        String procedureId = procedures.get(kind);
        if (procedureId != null) {
            throw new RuleViolation(code, sentence.formatted(procedureId));
        }
    }

    /** Refuses an outcome of another procedure, or one that would land on text other than the circulated one. */
    void requireCirculatedBy(String procedureId, SilenceSubject pinned, SilenceSubject current) {
        if (!procedureId.equals(procedures.get(current.kind()))) {
            throw new RuleViolation("NOT_UNDER_THIS_PROCEDURE",
                    "Silence procedure %s is not the one running on this subject.".formatted(procedureId));
        }
        if (pinned.version() != current.version() || !pinned.contentHash().equals(current.contentHash())) {
            throw new RuleViolation("SUBJECT_CHANGED",
                    "The text changed after it was circulated (circulated version %d, current version %d); the approval cannot land on other text."
                            .formatted(pinned.version(), current.version()));
        }
    }

    Optional<SubjectKind> pinnedBy(String procedureId) {
        return procedures.entrySet().stream().filter(e -> e.getValue().equals(procedureId)).map(Map.Entry::getKey)
                .findFirst();
    }

    void pin(SubjectKind kind, String procedureId) {
        procedures.put(kind, procedureId);
    }

    void release(SubjectKind kind) {
        procedures.remove(kind);
    }
}
