package org.agendaledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds of input, as the API's JSON reader and the pages' forms apply them. */
class InputRulesTest {

    @Nested
    class Dates {

        @Test
        void givenTheFirstAndLastDayOfTheRecord_whenRead_thenTheyAreDates() {
            assertThat(InputRules.date("1945-01-01")).isEqualTo(LocalDate.of(1945, 1, 1));
            assertThat(InputRules.date("2200-12-31")).isEqualTo(LocalDate.of(2200, 12, 31));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1944-12-31", "2201-01-01", "0001-01-01", "9999-12-31"})
        void givenADateOutsideTheRecord_whenRead_thenItIsRefusedAsOutOfBounds(String text) {
            assertThatThrownBy(() -> InputRules.date(text)).isInstanceOf(InputRules.Refused.class)
                    .hasMessage("Give a date from 1945-01-01 to 2200-12-31.")
                    .matches(e -> ((InputRules.Refused) e).outOfBounds());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1970-01-01T00:00", "+2031-09-10", "2031-9-10", " 2031-09-10", "2031-09-10 ",
                "2031-02-30", "2031-13-01", "20310910", "10/09/2031", "", "+999999999-12-31", "-999999999-01-01",
                "２０３１-09-10"})
        void givenAnotherForm_whenReadAsADate_thenItIsRefusedWithTheForm(String text) {
            assertThatThrownBy(() -> InputRules.date(text)).isInstanceOf(InputRules.Refused.class)
                    .hasMessage("Write the date as YYYY-MM-DD, e.g. 2031-09-10.")
                    .matches(e -> !((InputRules.Refused) e).outOfBounds());
        }

        @Test
        void givenAFormNamingTheDate_whenRefused_thenTheSentenceNamesIt() {
            assertThatThrownBy(() -> InputRules.date("July", "the date of issue"))
                    .hasMessage("Write the date of issue as YYYY-MM-DD, e.g. 2031-09-10.");
        }
    }

    @Nested
    class Times {

        @Test
        void givenATimeToTheMinute_whenRead_thenItIsThatTime() {
            assertThat(InputRules.time("10:00")).isEqualTo(LocalTime.of(10, 0));
            assertThat(InputRules.time("10:00:00")).isEqualTo(LocalTime.of(10, 0));
            assertThat(InputRules.time("23:59")).isEqualTo(LocalTime.of(23, 59));
        }

        @ParameterizedTest
        @ValueSource(strings = {"10:00:30", "10:00:00.123456789", "10:00:00.000", "10", "1000", "24:00", "10:60",
                "9:00", "10:00Z", "T10:00", ""})
        void givenSecondsAFractionOrAnotherForm_whenReadAsATime_thenItIsRefused(String text) {
            assertThatThrownBy(() -> InputRules.time(text)).isInstanceOf(InputRules.Refused.class)
                    .hasMessage(InputRules.TIME_MESSAGE);
        }
    }

    @Nested
    class Deadlines {

        @Test
        void givenADeadlineToTheMinuteOrTheSecond_whenRead_thenItIsThatLocalDateTime() {
            assertThat(InputRules.deadline("2031-03-06T18:00")).isEqualTo(LocalDateTime.of(2031, 3, 6, 18, 0));
            assertThat(InputRules.deadline("2031-03-06T18:00:30"))
                    .isEqualTo(LocalDateTime.of(2031, 3, 6, 18, 0, 30));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2031-03-06T18:00:30.5", "2031-03-06T18:00Z", "2031-03-06T18:00+01:00", "2031-03-06",
                "2031-03-06 18:00", "2031-03-06T18", ""})
        void givenAFractionAnOffsetOrAnotherForm_whenReadAsADeadline_thenItIsRefused(String text) {
            assertThatThrownBy(() -> InputRules.deadline(text)).isInstanceOf(InputRules.Refused.class)
                    .hasMessage(InputRules.DEADLINE_MESSAGE);
        }

        @Test
        void givenADeadlineOutsideTheRecord_whenRead_thenItIsRefusedAsOutOfBounds() {
            assertThatThrownBy(() -> InputRules.deadline("2201-01-01T00:00"))
                    .hasMessage(InputRules.DATE_BOUNDS);
        }
    }

    @Nested
    class Instants {

        @Test
        void givenAnInstantWithZOrAnOffset_whenRead_thenItIsThatInstant() {
            assertThat(InputRules.instant("2020-09-10T12:00:00+02:00"))
                    .isEqualTo(Instant.parse("2020-09-10T10:00:00Z"));
            assertThat(InputRules.instant("2020-09-10T10:00Z")).isEqualTo(Instant.parse("2020-09-10T10:00:00Z"));
            assertThat(InputRules.instant("2020-09-10T10:00:00.123456789Z"))
                    .isEqualTo(Instant.parse("2020-09-10T10:00:00.123456789Z"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2020-09-10T12:00:00 02:00", "2020-09-10T12:00:00", "1599732000", "2020-09-10",
                "Thu, 10 Sep 2020 10:00:00 GMT", "+999999999-12-31T23:59:59Z", "2020-09-10t10:00:00z"})
        void givenAnotherForm_whenReadAsAnInstant_thenItIsRefused(String text) {
            assertThatThrownBy(() -> InputRules.instant(text)).hasMessage(InputRules.INSTANT_MESSAGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1944-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2200-12-31T23:30:00-01:00"})
        void givenAnInstantOutsideTheRecord_whenRead_thenItIsRefusedAsOutOfBounds(String text) {
            assertThatThrownBy(() -> InputRules.instant(text)).hasMessage(InputRules.INSTANT_BOUNDS);
        }
    }

    @Nested
    class Texts {

        @Test
        void givenATextOfTheLongestLength_whenChecked_thenItPasses() {
            assertThat(InputRules.oneLine("x".repeat(InputRules.TITLE), InputRules.TITLE)).isEmpty();
        }

        @Test
        void givenATextOneCharacterTooLong_whenChecked_thenItSaysHowLongItMayBe() {
            assertThat(InputRules.oneLine("x".repeat(InputRules.TITLE + 1), InputRules.TITLE))
                    .contains("At most 1000 characters.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b", "a\u2028b"})
        void givenAControlCharacterOrALineBreak_whenCheckedAsOneLine_thenItIsRefused(String text) {
            assertThat(InputRules.oneLine(text, 100)).contains(InputRules.NOT_ONE_LINE);
        }

        @Test
        void givenLineBreaksAndTabs_whenCheckedAsSeveralLines_thenTheyPassButOtherControlsDoNot() {
            assertThat(InputRules.multiLine("First line\r\nSecond\tline", 100)).isEmpty();
            assertThat(InputRules.multiLine("a\u0000b", 100)).contains(InputRules.CONTROL_CHARACTERS);
            assertThat(InputRules.multiLine("a\u001Bb", 100)).contains(InputRules.CONTROL_CHARACTERS);
        }

        @Test
        void givenAnUnpairedSurrogate_whenChecked_thenItIsNotUnicodeButAPairIs() {
            assertThat(InputRules.oneLine("a\uD800b", 100)).contains(InputRules.NOT_UNICODE);
            assertThat(InputRules.oneLine("a\uDC00", 100)).contains(InputRules.NOT_UNICODE);
            assertThat(InputRules.oneLine("Ελληνικά 中文 العربية 😀", 100)).isEmpty();
        }
    }

    @Nested
    class IdsAndZones {

        @ParameterizedTest
        @ValueSource(strings = {"a", "wg4-2031", "CTOC.COP_WG-4", "0"})
        void givenAnIdOfTheSafeCharacters_whenChecked_thenItIsValid(String id) {
            assertThat(Ids.valid(id)).isTrue();
            assertThat(Ids.valid("x".repeat(Ids.MAX_LENGTH))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "-a", ".a", "_a", "a b", "a/b", "ü", "a\n", "a%20", "../x", "a;b"})
        void givenAnIdOutsideTheSafeCharacters_whenChecked_thenItIsNot(String id) {
            assertThat(Ids.valid(id)).isFalse();
            assertThat(Ids.valid("x".repeat(Ids.MAX_LENGTH + 1))).isFalse();
            assertThat(Ids.valid(null)).isFalse();
        }

        @Test
        void givenZones_whenChecked_thenOnlyIanaRegionsAndUtcAreTimeZones() {
            assertThat(InputRules.validTimeZone("Europe/Vienna")).isTrue();
            assertThat(InputRules.validTimeZone("UTC")).isTrue();
            assertThat(InputRules.validTimeZone("+02:00")).isFalse();
            assertThat(InputRules.validTimeZone("GMT")).isFalse();
            assertThat(InputRules.validTimeZone("Mars/Olympus")).isFalse();
            assertThat(InputRules.validTimeZone("Europe/" + "x".repeat(100))).isFalse();
        }
    }
}
