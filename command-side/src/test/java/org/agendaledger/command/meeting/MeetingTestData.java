package org.agendaledger.command.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.ContentHash;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaImported;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.events.meeting.Topic;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * The meeting every test of the {@link Meeting} aggregate talks about: a two-day working group session in Vienna
 * with three plenary slots and a four-item draft agenda, plus builders for the events of its history and the
 * matchers for refused commands.
 */
final class MeetingTestData {

    private MeetingTestData() {
    }

    // ---------------------------------------------------------------- the plan

    static final String MEETING_ID = "meeting-ctoc-wg4-2020";
    static final String BUREAU_ID = "bureau-ctoc-cop10";
    static final String BODY = "Working Group on International Cooperation";
    static final String ORDINAL = "eleventh";
    static final String VENUE = "Vienna International Centre";
    static final LocalDate START = LocalDate.of(2020, 9, 10);
    static final LocalDate END = LocalDate.of(2020, 9, 11);
    static final String TIME_ZONE = "Europe/Vienna";
    static final PlenarySlot SLOT_1 = new PlenarySlot("slot-1", START, LocalTime.of(10, 0), LocalTime.of(13, 0));
    static final PlenarySlot SLOT_2 = new PlenarySlot("slot-2", START, LocalTime.of(15, 0), LocalTime.of(18, 0));
    static final PlenarySlot SLOT_3 = new PlenarySlot("slot-3", END, LocalTime.of(10, 0), LocalTime.of(13, 0));
    static final List<PlenarySlot> SLOTS = List.of(SLOT_1, SLOT_2, SLOT_3);
    static final List<String> LANGUAGES = List.of("English", "French", "Spanish");
    static final String AGENDA_SYMBOL = "CTOC/COP/WG.3/2020/1";

    static ScheduleMeeting scheduleMeeting() {
        return new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL, VENUE, START, END, TIME_ZONE, SLOTS,
                LANGUAGES, AGENDA_SYMBOL);
    }

    static MeetingPlan plan() {
        return new MeetingPlan(BODY, ORDINAL, VENUE, START, END, TIME_ZONE, SLOTS, LANGUAGES, AGENDA_SYMBOL);
    }

    static MeetingScheduled meetingScheduled() {
        return new MeetingScheduled(MEETING_ID, BUREAU_ID, BODY, ORDINAL, VENUE, START, END, TIME_ZONE, SLOTS,
                LANGUAGES, AGENDA_SYMBOL, 1, plan().contentHash());
    }

    // ---------------------------------------------------------------- the substantive topics

    static final List<Topic> TOPICS = List.of(
            new Topic("topic-1", "Mutual legal assistance in cases of cybercrime"),
            new Topic("topic-2", "Use of videoconferencing to hear witnesses"));

    /** The hash of a topic list, encoded as the aggregate encodes it. */
    static String topicsHash(List<Topic> topics) {
        ContentHash hash = new ContentHash().open("topics");
        topics.forEach(t -> hash.open("topic").add(t.topicId()).add(t.title()).close());
        return hash.close().sha256();
    }

    static SubstantiveTopicsProposed topicsProposed() {
        return new SubstantiveTopicsProposed(MEETING_ID, TOPICS, 1, topicsHash(TOPICS));
    }

    static final String TOPICS_PROCEDURE = "silence-topics-1";
    static final Instant TOPICS_APPROVED_AT = Instant.parse("2020-06-15T16:00:00Z");

    static SilenceSubject topicsSubject() {
        return new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 1, topicsHash(TOPICS));
    }

    static SubstantiveTopicsApproved topicsApproved() {
        return new SubstantiveTopicsApproved(MEETING_ID, TOPICS_PROCEDURE, 1, topicsHash(TOPICS),
                TOPICS_APPROVED_AT);
    }

    // ---------------------------------------------------------------- the draft agenda

    static final SubItemContent SUB_1A = new SubItemContent("item-1-a", "Opening of the meeting", List.of());
    static final SubItemContent SUB_1B = new SubItemContent("item-1-b",
            "Adoption of the agenda and organization of work",
            List.of("The Bureau approved the provisional agenda under silence procedure."));
    static final DocumentationEntry BACKGROUND_PAPER = new DocumentationEntry("CTOC/COP/WG.3/2020/2",
            "Background paper prepared by the Secretariat");
    static final DocumentationEntry NOTE_BY_SECRETARIAT = new DocumentationEntry("CTOC/COP/WG.3/2020/3",
            "Note by the Secretariat");

    static final AgendaItemContent ITEM_1 = new AgendaItemContent("item-1", ItemKind.ORGANIZATIONAL,
            "Organizational matters", List.of("The session will be opened on 10 September 2020."), List.of(),
            List.of(SUB_1A, SUB_1B));
    static final AgendaItemContent ITEM_2 = new AgendaItemContent("item-2", ItemKind.SUBSTANTIVE,
            "Mutual legal assistance in cases of cybercrime", List.of(), List.of(BACKGROUND_PAPER), List.of());
    static final AgendaItemContent ITEM_3 = new AgendaItemContent("item-3", ItemKind.OTHER_MATTERS,
            "Other matters", List.of(), List.of(), List.of());
    static final AgendaItemContent ITEM_4 = new AgendaItemContent("item-4", ItemKind.ADOPTION_OF_REPORT,
            "Adoption of the report", List.of(), List.of(), List.of());

    static final List<AgendaItemContent> DRAFT = List.of(ITEM_1, ITEM_2, ITEM_3, ITEM_4);

    /** The content hash of an agenda with exactly these items, in this order. */
    static String hashOf(List<AgendaItemContent> items) {
        return Agenda.of(items).contentHash();
    }

    static String hashOf(AgendaItemContent... items) {
        return hashOf(List.of(items));
    }

    // ---------------------------------------------------------------- an agenda imported whole

    static final DocumentationEntry PROVISIONAL_AGENDA = new DocumentationEntry("CTOC/COP/WG.3/2020/1",
            "Annotated provisional agenda");
    static final SubItemContent SUB_2A_I = new SubItemContent("item-2-a-i", "Requests in urgent cases",
            List.of("Practice varies.[^survey]"));
    static final SubItemContent SUB_2A = new SubItemContent("item-2-a", "Electronic evidence",
            List.of("The Working Group may wish to discuss electronic evidence."), List.of(NOTE_BY_SECRETARIAT),
            List.of(new AnnotationSection("Background", List.of("Requests have doubled since 2018."), List.of(),
                    List.of())),
            List.of(SUB_2A_I));
    static final AgendaItemContent IMPORTED_1 = new AgendaItemContent("item-1", ItemKind.ORGANIZATIONAL,
            "Organizational matters", List.of("The session will be opened on 10 September 2020."), List.of(),
            List.of(SUB_1A, SUB_1B), List.of(new AnnotationSection("Documentation", List.of(),
                    List.of(PROVISIONAL_AGENDA), List.of())));
    static final AgendaItemContent IMPORTED_2 = new AgendaItemContent("item-2", ItemKind.SUBSTANTIVE,
            "Mutual legal assistance in cases of cybercrime", List.of(), List.of(BACKGROUND_PAPER), List.of(SUB_2A),
            List.of(new AnnotationSection("Questions for discussion", List.of("(a) Which channels are used?"),
                    List.of(), List.of(new AnnotationSection("Guiding questions", List.of("How long?"), List.of(),
                            List.of())))));
    static final List<AgendaItemContent> IMPORTED = List.of(IMPORTED_1, IMPORTED_2, ITEM_3, ITEM_4);

    static final DocumentParts PARTS = new DocumentParts("un-secretariat", List.of("United Nations"),
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", null,
            "Eleventh meeting", null, null, null, "Note by the Secretariat", null, null, "V.20-02923 (E)", null, true,
            null, null, null, null, List.of("The Working Group was established by the Conference.[^decision]"),
            List.of(new Annex(AnnexKind.ORGANIZATION_OF_WORK, null, List.of(), null),
                    new Annex(AnnexKind.TEXT, "States parties", List.of("As at 1 July 2020."),
                            new Annex.AnnexTable(List.of("State", "Ratification"),
                                    List.of(List.of("Austria", "23 September 2004"), List.of("Brazil", ""))))),
            List.of(new Footnote("decision", "Decision 1/5 of the Conference."),
                    new Footnote("survey", "Survey of 2019.")));

    static final AgendaDocument DOCUMENT = new AgendaDocument(PARTS, IMPORTED);

    /** Parts without footnotes: a style, a subtitle and the annexes the style gives. */
    static final DocumentParts SIMPLE_PARTS = new DocumentParts("unfccc", null, null, null, null, null, null, null,
            "Note by the Executive Secretary", null, null, null, null, null, null, null, null, null, null, null,
            null);

    static String hashOf(AgendaDocument document) {
        return Agenda.of(document.parts(), document.items()).contentHash();
    }

    static AgendaImported agendaImported(int version) {
        return new AgendaImported(MEETING_ID, PARTS, IMPORTED, version, hashOf(DOCUMENT));
    }

    static AgendaProposed agendaProposed() {
        return new AgendaProposed(MEETING_ID, DRAFT, 1, hashOf(DRAFT));
    }

    static AgendaItemContent item(String itemId, ItemKind kind, String title) {
        return new AgendaItemContent(itemId, kind, title, List.of(), List.of(), List.of());
    }

    static AgendaItemContent revised(AgendaItemContent item, ItemKind kind, String title) {
        return new AgendaItemContent(item.itemId(), kind, title, item.annotation(), item.documentation(),
                item.subItems());
    }

    static AgendaItemContent withAnnotation(AgendaItemContent item, List<String> paragraphs) {
        return new AgendaItemContent(item.itemId(), item.kind(), item.title(), paragraphs, item.documentation(),
                item.subItems());
    }

    static AgendaItemContent withDocumentation(AgendaItemContent item, DocumentationEntry... entries) {
        return new AgendaItemContent(item.itemId(), item.kind(), item.title(), item.annotation(),
                List.of(entries), item.subItems());
    }

    static AgendaItemContent withSubItems(AgendaItemContent item, SubItemContent... subItems) {
        return new AgendaItemContent(item.itemId(), item.kind(), item.title(), item.annotation(),
                item.documentation(), List.of(subItems));
    }

    static SubItemContent sub(String subItemId, String title) {
        return new SubItemContent(subItemId, title, List.of());
    }

    // ---------------------------------------------------------------- silence procedures

    static final String PLAN_PROCEDURE = "silence-plan-1";
    static final String AGENDA_PROCEDURE = "silence-agenda-1";
    static final String OTHER_PROCEDURE = "silence-other-9";
    static final Instant APPROVED_AT = Instant.parse("2020-07-20T16:00:00Z");

    static SilenceSubject planSubject() {
        return new SilenceSubject(SubjectKind.MEETING_PLAN, 1, plan().contentHash());
    }

    static SilenceSubject agendaSubject(int version, String contentHash) {
        return new SilenceSubject(SubjectKind.AGENDA, version, contentHash);
    }

    static SilenceSubject draftAgendaSubject() {
        return agendaSubject(1, hashOf(DRAFT));
    }

    static SubjectCirculatedUnderSilence circulated(String procedureId, SilenceSubject subject) {
        return new SubjectCirculatedUnderSilence(MEETING_ID, procedureId, subject);
    }

    // ---------------------------------------------------------------- lifecycle

    static final String ISSUED_SYMBOL = AGENDA_SYMBOL;
    static final LocalDate DATE_OF_ISSUE = LocalDate.of(2020, 7, 24);
    static final Instant OPENED_AT = Instant.parse("2020-09-10T08:00:00Z");
    static final Instant AGENDA_ADOPTED_AT = Instant.parse("2020-09-10T08:10:00Z");
    static final Instant REPORT_ADOPTED_AT = Instant.parse("2020-09-11T11:30:00Z");
    static final String REPORT_SYMBOL = "CTOC/COP/WG.3/2020/4";

    static ProvisionalAgendaIssued provisionalAgendaIssued(int agendaVersion, String contentHash) {
        return new ProvisionalAgendaIssued(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General", "English",
                agendaVersion, contentHash);
    }

    // ---------------------------------------------------------------- histories (the "given" of the tests)

    /** Scheduled, nothing else. */
    static List<Object> scheduledHistory() {
        return List.of(meetingScheduled());
    }

    /** Scheduled with a draft agenda (version 1); topics not yet approved. */
    static List<Object> draftHistory() {
        return List.of(meetingScheduled(), agendaProposed());
    }

    /** Topics approved by silence procedure and a draft agenda: everything needed to issue. */
    static List<Object> readyToIssueHistory() {
        return List.of(meetingScheduled(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject()),
                topicsApproved(), agendaProposed());
    }

    static List<Object> issuedHistory() {
        return then(readyToIssueHistory(), provisionalAgendaIssued(1, hashOf(DRAFT)));
    }

    static List<Object> openedHistory() {
        return then(issuedHistory(), new MeetingOpened(MEETING_ID, OPENED_AT));
    }

    static List<Object> agendaAdoptedHistory() {
        return then(openedHistory(),
                new AgendaAdopted(MEETING_ID, 1, hashOf(DRAFT), true, List.of(), AGENDA_ADOPTED_AT));
    }

    static List<Object> closedHistory() {
        return then(agendaAdoptedHistory(), new ReportAdopted(MEETING_ID, REPORT_SYMBOL, REPORT_ADOPTED_AT),
                new MeetingClosed(MEETING_ID, 1, hashOf(DRAFT), REPORT_ADOPTED_AT));
    }

    /** A history followed by more events. */
    static List<Object> then(List<Object> history, Object... more) {
        List<Object> result = new ArrayList<>(history);
        result.addAll(Arrays.asList(more));
        return result;
    }

    // ---------------------------------------------------------------- refusals

    /** A refusal for a broken rule (not an unknown reference) with this code. */
    static Matcher<Throwable> violation(String code) {
        return new RefusalMatcher(code, false);
    }

    /** A refusal because the command names something that does not exist, with this code. */
    static Matcher<Throwable> unknownReference(String code) {
        return new RefusalMatcher(code, true);
    }

    private static final class RefusalMatcher extends TypeSafeMatcher<Throwable> {

        private final String code;
        private final boolean unknownReference;

        RefusalMatcher(String code, boolean unknownReference) {
            this.code = code;
            this.unknownReference = unknownReference;
        }

        @Override
        protected boolean matchesSafely(Throwable thrown) {
            return thrown instanceof RuleViolation violation
                    && code.equals(violation.code())
                    && (thrown instanceof UnknownReference) == unknownReference;
        }

        @Override
        public void describeTo(Description description) {
            description
                    .appendText(unknownReference ? "an UnknownReference" : "a RuleViolation (not an UnknownReference)")
                    .appendText(" with code ").appendValue(code);
        }

        @Override
        protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
            mismatch.appendText("was ").appendText(thrown.getClass().getSimpleName());
            if (thrown instanceof RuleViolation violation) {
                mismatch.appendText(" with code ").appendValue(violation.code());
            }
            mismatch.appendText(": ").appendValue(thrown.getMessage());
        }
    }
}
