package org.agendaledger.command.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.command.shared.ContentHash;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.Topic;

/** The substantive topics of a meeting in their current version, and the procedure that approved them, if any. */
record SubstantiveTopics(List<Topic> topics, int version, String approvedBy) {

    static final SubstantiveTopics NONE = new SubstantiveTopics(List.of(), 0, null);

    SubstantiveTopics {
        topics = List.copyOf(topics);
    }

    /** A proposal: at least one topic, each id once. */
    static List<Topic> checkedProposal(List<Topic> proposed) {
        if (proposed.isEmpty()) {
            throw new RuleViolation("NO_TOPICS", "Propose at least one substantive topic.");
        }
        Set<String> ids = new HashSet<>();
        proposed.forEach(t -> {
            if (!ids.add(t.topicId())) {
                throw new RuleViolation("DUPLICATE_ID", "Topic id '%s' is used twice.".formatted(t.topicId()));
            }
        });
        return proposed;
    }

    void requireOpenToProposals() {
        if (approved()) {
            throw new RuleViolation("TOPICS_ALREADY_APPROVED",
                    "The substantive topics have already been approved by the Bureau.");
        }
    }

    void requireCirculable() {
        if (version == 0) {
            throw new UnknownReference("NO_TOPICS", "No substantive topics have been proposed for this meeting yet.");
        }
        requireOpenToProposals();
    }

    boolean approved() {
        return approvedBy != null;
    }

    SubstantiveTopics next(List<Topic> newTopics, int newVersion) {
        return new SubstantiveTopics(newTopics, newVersion, approvedBy);
    }

    SubstantiveTopics approvedBy(String procedureId) {
        return new SubstantiveTopics(topics, version, procedureId);
    }

    SilenceSubject subject() {
        return new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, version, hash(topics));
    }

    static String hash(List<Topic> topics) {
        ContentHash hash = new ContentHash().open("topics");
        topics.forEach(t -> hash.open("topic").add(t.topicId()).add(t.title()).close());
        return hash.close().sha256();
    }
}
