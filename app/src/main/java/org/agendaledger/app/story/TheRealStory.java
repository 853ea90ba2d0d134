package org.agendaledger.app.story;

import org.agendaledger.events.EventMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.SetSecretariatAddress;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.silence.SilenceCommands.StartSilenceProcedure;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.SubItemContent;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.Topic;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real story of the tenth meeting of the Working Group on Trafficking in Persons (Vienna, 10 and 11 September
 * 2020), replayed through the commands with its real dates as business time. Where the record gives only a day,
 * the time is chosen: circulations at 10:00 and silence deadlines at 18:00 Vienna time, the issue of the agenda at
 * 12:00, the opening at 10:00 as the annotations say, the adoption of the report at 17:30 on the last afternoon.
 * The record does not name the members of the extended Bureau; the officers listed here are illustrative, and so
 * are their contacts (addresses at example.org, which no mail reaches).
 */
class TheRealStory {

    static final String BUREAU = "cop-untoc-extended-bureau";
    static final String MEETING = "ctoc-cop-wg4-2020";
    static final String PLAN_PROCEDURE = "sp-2019-meeting-plan";
    static final String TOPICS_PROCEDURE = "sp-2020-substantive-topics";

    static final String SECRETARIAT_ADDRESS = "untoc.cop.secretariat@un.example.org";

    /** Member id, display name, language and time zone of the (illustrative) officers. */
    static final List<String[]> MEMBERS = List.of(
            new String[]{"president", "President of the Conference", "en", "Europe/Vienna"},
            new String[]{"vp-african-states", "Vice-President (African States)", "fr", "Africa/Dakar"},
            new String[]{"vp-asia-pacific", "Vice-President (Asia-Pacific States)", "en", "Asia/Bangkok"},
            new String[]{"vp-eastern-europe", "Vice-President (Eastern European States)", "en", "Europe/Warsaw"},
            new String[]{"vp-grulac", "Vice-President (GRULAC)", "es", "America/Bogota"},
            new String[]{"vp-weog", "Vice-President (WEOG)", "fr", "Europe/Paris"},
            new String[]{"rapporteur", "Rapporteur", "en", "Africa/Nairobi"},
            new String[]{"chair-wg-trafficking", "Chair, Working Group on Trafficking in Persons", "en",
                    "Europe/Vienna"});

    /** The illustrative contact of a member: an address of the member's own and a copy to the mission's desk. */
    static MemberContact contact(String[] member) {
        return new MemberContact(List.of(member[0] + "@cop-untoc.example.org"),
                List.of(member[0] + ".desk@cop-untoc.example.org"), member[2], member[3], false);
    }

    private static final Logger log = LoggerFactory.getLogger(TheRealStory.class);
    private static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(120);

    private final CommandGateway commands;
    private final EventStore events;

    TheRealStory(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    boolean alreadyTold() {
        return events.readEvents(BUREAU).hasNext();
    }

    void tell() {
        log.info("Replaying the story of CTOC/COP/WG.4/2020/1 through the commands");
        StoryStep constitution = StoryStep.secretariat("2019-08-19T09:00");
        send(constitution, new EstablishBureau(BUREAU,
                "Extended Bureau of the Conference of the Parties to the United Nations Convention against "
                        + "Transnational Organized Crime"));
        send(constitution, new SetSecretariatAddress(BUREAU, SECRETARIAT_ADDRESS));
        MEMBERS.forEach(m -> send(constitution, new AppointBureauMember(BUREAU, m[0], m[1], contact(m))));

        // 1. The meeting plan for 2020, agreed by silence procedure on 30 August 2019
        StoryStep planning = StoryStep.secretariat("2019-08-23T10:00");
        send(planning, new ScheduleMeeting(MEETING, BUREAU, "Working Group on Trafficking in Persons",
                "tenth meeting", "Vienna", LocalDate.of(2020, 9, 10), LocalDate.of(2020, 9, 11), "Europe/Vienna",
                List.of(slot("thu-am", 10, 10), slot("thu-pm", 10, 15), slot("fri-am", 11, 10),
                        slot("fri-pm", 11, 15)),
                List.of("Arabic", "Chinese", "English", "French", "Russian", "Spanish"), "CTOC/COP/WG.4/2020/1"));
        send(planning, new StartSilenceProcedure(PLAN_PROCEDURE, MEETING, SubjectKind.MEETING_PLAN,
                "On behalf of the President, the meeting plan for 2020 is circulated to the extended Bureau under "
                        + "silence procedure: the tenth meeting of the Working Group on Trafficking in Persons, "
                        + "Vienna, 10 and 11 September 2020.",
                StoryStep.secretariat("2019-08-30T18:00").instant(), "Europe/Vienna"));
        awaitOutcome(MEETING, MeetingPlanConfirmed.class);

        // 2. The substantive topics, agreed by silence procedure on 1 May 2020
        StoryStep topics = StoryStep.secretariat("2020-04-24T10:00");
        send(topics, new ProposeSubstantiveTopics(MEETING, List.of(
                new Topic("topic-non-punishment", SeedText.ITEM_2_TITLE),
                new Topic("topic-joint-investigations", SeedText.ITEM_3_TITLE))));
        send(topics, new StartSilenceProcedure(TOPICS_PROCEDURE, MEETING, SubjectKind.SUBSTANTIVE_TOPICS,
                "On behalf of the President, the substantive topics of the tenth meeting of the Working Group are "
                        + "circulated to the extended Bureau under silence procedure.",
                StoryStep.secretariat("2020-05-01T18:00").instant(), "Europe/Vienna"));
        awaitOutcome(MEETING, SubstantiveTopicsApproved.class);

        // 3. The annotated provisional agenda, drafted in May and issued on 4 June 2020
        StoryStep drafting = StoryStep.secretariat("2020-05-18T10:00");
        send(drafting, new ProposeAgenda(MEETING, List.of(
                new AgendaItemContent("item-organizational", ItemKind.ORGANIZATIONAL, "Organizational matters",
                        List.of(), List.of(), List.of(
                                new SubItemContent("item-opening", "Opening of the meeting", List.of()),
                                new SubItemContent("item-adoption-of-agenda",
                                        "Adoption of the agenda and organization of work", List.of()))),
                new AgendaItemContent("item-non-punishment", ItemKind.SUBSTANTIVE, SeedText.ITEM_2_TITLE,
                        List.of(), List.of(), List.of()),
                new AgendaItemContent("item-joint-investigations", ItemKind.SUBSTANTIVE, SeedText.ITEM_3_TITLE,
                        List.of(), List.of(), List.of()),
                new AgendaItemContent("item-other-matters", ItemKind.OTHER_MATTERS, "Other matters",
                        List.of(), List.of(), List.of()),
                new AgendaItemContent("item-report", ItemKind.ADOPTION_OF_REPORT, "Adoption of the report",
                        List.of(), List.of(), List.of()))));
        StoryStep annotating = StoryStep.secretariat("2020-05-25T15:00");
        send(annotating, new AnnotateAgendaItem(MEETING, "item-organizational", "item-opening",
                SeedText.OPENING));
        send(annotating, new AnnotateAgendaItem(MEETING, "item-organizational", "item-adoption-of-agenda",
                SeedText.ADOPTION_OF_AGENDA));
        send(annotating, new AnnotateAgendaItem(MEETING, "item-non-punishment", null, SeedText.NON_PUNISHMENT));
        send(annotating, new AnnotateAgendaItem(MEETING, "item-joint-investigations", null,
                SeedText.JOINT_INVESTIGATIONS));
        send(annotating, new AnnotateAgendaItem(MEETING, "item-other-matters", null, SeedText.OTHER_MATTERS));
        send(annotating, new AnnotateAgendaItem(MEETING, "item-report", null, SeedText.REPORT));
        send(annotating, new AddDocumentationEntry(MEETING, "item-non-punishment", new DocumentationEntry(
                "CTOC/COP/WG.4/2020/2", SeedText.DOCUMENT_2)));
        send(annotating, new AddDocumentationEntry(MEETING, "item-joint-investigations", new DocumentationEntry(
                "CTOC/COP/WG.4/2020/3", SeedText.DOCUMENT_3)));

        StoryStep organizing = StoryStep.secretariat("2020-06-03T11:00");
        send(organizing, new AssignSlot(MEETING, "thu-am", "item-organizational", "item-opening", null));
        send(organizing, new AssignSlot(MEETING, "thu-am", "item-organizational", "item-adoption-of-agenda", null));
        send(organizing, new AssignSlot(MEETING, "thu-am", "item-non-punishment", null, null));
        send(organizing, new AssignSlot(MEETING, "thu-pm", "item-non-punishment", null, null));
        send(organizing, new AssignSlot(MEETING, "thu-pm", "item-joint-investigations", null, null));
        send(organizing, new AssignSlot(MEETING, "fri-am", "item-joint-investigations", null, null));
        send(organizing, new AssignSlot(MEETING, "fri-pm", "item-other-matters", null, null));
        send(organizing, new AssignSlot(MEETING, "fri-pm", "item-report", null, null));

        send(StoryStep.secretariat("2020-06-04T12:00"),
                new IssueProvisionalAgenda(MEETING, "CTOC/COP/WG.4/2020/1", LocalDate.of(2020, 6, 4), "General",
                        "English"));

        // 4. The meeting opens and adopts its agenda; 5. it adopts its report and closes
        send(StoryStep.secretariat("2020-09-10T10:00"), new OpenMeeting(MEETING));
        send(StoryStep.secretariat("2020-09-10T10:05"), new AdoptAgenda(MEETING, List.of()));
        send(StoryStep.secretariat("2020-09-11T17:30"), new AdoptReport(MEETING, null));
        log.info("The story of CTOC/COP/WG.4/2020/1 is loaded: meeting '{}' is closed", MEETING);
    }

    private static PlenarySlot slot(String id, int day, int hour) {
        return new PlenarySlot(id, LocalDate.of(2020, 9, day), LocalTime.of(hour, 0), LocalTime.of(hour + 3, 0));
    }

    private void send(StoryStep step, Object command) {
        MetaData metaData = MetaData.with(EventMetaData.ACTOR, step.actor())
                .and(EventMetaData.ROLE, step.role())
                .and(EventMetaData.BUSINESS_TIME, step.instant().toString());
        if (step.memberId() != null) {
            metaData = metaData.and(EventMetaData.MEMBER_ID, step.memberId());
        }
        commands.sendAndWait(command, metaData);
    }

    /** The deadline concludes a procedure asynchronously; the next step of the story depends on its outcome. */
    private void awaitOutcome(String aggregateId, Class<?> outcome) {
        Instant giveUp = Instant.now().plus(OUTCOME_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            boolean[] found = {false};
            events.readEvents(aggregateId, 0).forEachRemaining(e -> found[0] |= outcome.isInstance(e.getPayload()));
            if (found[0]) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + outcome.getSimpleName(), e);
            }
        }
        throw new IllegalStateException("The story stopped: no " + outcome.getSimpleName() + " within "
                + OUTCOME_TIMEOUT.toSeconds() + " s (are the deadlines running?)");
    }
}
