package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.agendaledger.command.shared.RuleViolationWithCode.invalidFields;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.StatedTimeZone;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.PlenarySlot;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of a meeting plan, field by field, as the API and the schedule form report them: the plan's fields are
 * named as in the command and every refused field is named at once.
 */
class MeetingPlanRulesTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static ScheduleMeeting scheduledIn(String timeZone) {
        return new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL, VENUE, START, END, timeZone, SLOTS,
                LANGUAGES, AGENDA_SYMBOL);
    }

    @ParameterizedTest(name = "a plan stated in \"{0}\" is refused")
    @ValueSource(strings = {"+02:00", "GMT", "CET", "Z", "UTC+01:00", "Mars/Olympus", ""})
    void givenNothing_whenSchedulingInAnOffsetOrAnAbbreviation_thenTheTimeZoneIsRefused(String zone) {
        fixture.givenNoPriorActivity()
                .when(scheduledIn(zone))
                .expectException(invalidFields("INVALID_PLAN", Map.of("timeZone", StatedTimeZone.SENTENCE)))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenSchedulingInUtc_thenThePlanIsAccepted() {
        MeetingPlan inUtc = new MeetingPlan(BODY, ORDINAL, VENUE, START, END, "UTC", SLOTS, LANGUAGES,
                AGENDA_SYMBOL);

        fixture.givenNoPriorActivity()
                .when(scheduledIn("UTC"))
                .expectEvents(new MeetingScheduled(MEETING_ID, BUREAU_ID, BODY, ORDINAL, VENUE, START, END, "UTC",
                        SLOTS, LANGUAGES, AGENDA_SYMBOL, 1, inUtc.contentHash()));
    }

    @Test
    void givenNothing_whenSchedulingAPlanWrongInSeveralFields_thenEachIsNamedWithItsSentence() {
        // given: the last day before the first, slot 0 ending before it starts, slot 1 reusing slot 0's id
        ScheduleMeeting wrong = new ScheduleMeeting(MEETING_ID, BUREAU_ID, BODY, ORDINAL, VENUE, START,
                START.minusDays(1), "Atlantis/Nowhere",
                List.of(new PlenarySlot("am", START, LocalTime.of(13, 0), LocalTime.of(10, 0)),
                        new PlenarySlot("am", START.plusDays(5), LocalTime.of(15, 0), LocalTime.of(18, 0))),
                List.of(), AGENDA_SYMBOL);

        fixture.givenNoPriorActivity()
                .when(wrong)
                .expectException(invalidFields("INVALID_PLAN", Map.of(
                        "timeZone", "Use an IANA time zone such as Europe/Vienna.",
                        "endDate", "The last day cannot be before the first.",
                        "languages", "Name at least one language.",
                        "slots[0].end", "The slot must end after it starts.",
                        "slots[0].date", "The slot must fall within the meeting's dates.",
                        "slots[1].slotId", "This slot id is used twice.",
                        "slots[1].date", "The slot must fall within the meeting's dates.")))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenRevisingThePlanIntoAnOffset_thenTheTimeZoneIsRefused() {
        fixture.given(scheduledHistory())
                .when(new ReviseMeetingPlan(MEETING_ID, VENUE, START, END, "+02:00", SLOTS, LANGUAGES,
                        AGENDA_SYMBOL))
                .expectException(invalidFields("INVALID_PLAN", Map.of("timeZone", StatedTimeZone.SENTENCE)))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenRevisingThePlanWithoutLanguages_thenTheLanguagesAreRefused() {
        fixture.given(scheduledHistory())
                .when(new ReviseMeetingPlan(MEETING_ID, VENUE, START, END, TIME_ZONE, SLOTS, List.of(),
                        AGENDA_SYMBOL))
                .expectException(invalidFields("INVALID_PLAN", Map.of("languages", "Name at least one language.")))
                .expectNoEvents();
    }
}
