package org.agendaledger.app.story;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Who did something in the story, and when (Vienna time, the business time of the step). */
record StoryStep(String actor, String role, String memberId, LocalDateTime viennaTime) {

    static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    static StoryStep secretariat(String viennaTime) {
        return new StoryStep("secretariat", "SECRETARIAT", null, LocalDateTime.parse(viennaTime));
    }

    java.time.Instant instant() {
        return viennaTime.atZone(VIENNA).toInstant();
    }
}
