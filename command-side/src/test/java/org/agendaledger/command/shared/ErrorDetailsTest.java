package org.agendaledger.command.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal that crossed Axon Server comes back as the kind of violation it was, with its fields in order. */
class ErrorDetailsTest {

    @Test
    void givenEachKindOfViolation_whenItTravelsAsDetails_thenItComesBackAsTheSameKind() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("timeZone", "Use an IANA time zone such as Europe/Vienna.");
        fields.put("endDate", "The last day cannot be before the first.");

        RuleViolation invalid = ErrorDetails.of(new InvalidFields("INVALID_PLAN", fields)).toViolation();
        RuleViolation forbidden = ErrorDetails.of(new NotPermitted("NOT_AS_THEMSELVES", "As themselves."))
                .toViolation();
        RuleViolation unknown = ErrorDetails.of(new UnknownReference("UNKNOWN_SLOT", "No slot.")).toViolation();
        RuleViolation rule = ErrorDetails.of(new RuleViolation("SILENCE_BROKEN", "Broken.")).toViolation();

        assertThat(invalid).isInstanceOfSatisfying(InvalidFields.class, i -> {
            assertThat(i.code()).isEqualTo("INVALID_PLAN");
            assertThat(i.fields()).containsExactlyEntriesOf(fields);
        });
        assertThat(forbidden).isInstanceOf(NotPermitted.class).hasMessage("As themselves.");
        assertThat(unknown).isInstanceOf(UnknownReference.class);
        assertThat(rule).isExactlyInstanceOf(RuleViolation.class);
        assertThat(rule.code()).isEqualTo("SILENCE_BROKEN");
    }
}
