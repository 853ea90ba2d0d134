package org.agendaledger.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitedNationsStyleTest {

    @Test
    void aDateOfIssueIsDayMonthAndYearWithoutLeadingZero() {
        assertThat(UnitedNationsStyle.date(LocalDate.of(2020, 6, 4))).isEqualTo("4 June 2020");
    }

    @Test
    void aDayOfTheOrganizationOfWorkNamesTheWeekdayButNotTheYear() {
        assertThat(UnitedNationsStyle.day(LocalDate.of(2020, 9, 10))).isEqualTo("Thursday, 10 September");
    }

    @ParameterizedTest(name = "{0} to {1} is \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "2020-09-10 | 2020-09-10 | 10 September 2020",
            "2020-09-10 | 2020-09-11 | 10 and 11 September 2020",
            "2020-09-10 | 2020-09-12 | 10–12 September 2020",
            "2020-09-30 | 2020-10-01 | 30 September and 1 October 2020",
            "2020-09-29 | 2020-10-02 | 29 September–2 October 2020",
            "2020-12-31 | 2021-01-01 | 31 December 2020 and 1 January 2021",
            "2020-12-30 | 2021-01-02 | 30 December 2020–2 January 2021"})
    void meetingDatesAreJoinedByAndForTwoDaysAndByAnEnDashForMore(LocalDate start, LocalDate end, String printed) {
        assertThat(UnitedNationsStyle.dates(start, end)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} to {1} is \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "10:00 | 13:00 | 10 a.m.–1 p.m.",
            "15:00 | 18:00 | 3–6 p.m.",
            "09:00 | 11:30 | 9–11.30 a.m.",
            "10:00 | 12:00 | 10 a.m.–12 noon",
            "12:00 | 15:00 | 12 noon–3 p.m.",
            "14:30 | 17:45 | 2.30–5.45 p.m.",
            "21:00 | 00:00 | 9 p.m.–12 midnight"})
    void slotTimesAreInTwelveHourStyleWithAnEnDashAndTheSharedMeridiemWrittenOnce(LocalTime start, LocalTime end,
                                                                                  String printed) {
        assertThat(UnitedNationsStyle.times(start, end)).isEqualTo(printed);
    }
}
