package org.agendaledger.app.web;

import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user (absent on the login page). */
@ControllerAdvice(basePackageClasses = WebModel.class)
class WebModel {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current().orElse(null);
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return Formats.INSTANCE;
    }

    /** Dates as the pages write them, in English whatever the browser's language. */
    public static final class Formats {
        static final Formats INSTANCE = new Formats();
        private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
                .ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH);
        private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

        public String day(java.time.LocalDate date) {
            return date == null ? "" : DAY.format(date);
        }

        /** Annotation paragraphs as the textarea shows them: separated by blank lines. */
        public String paragraphs(java.util.List<String> paragraphs) {
            return paragraphs == null ? "" : String.join("\n\n", paragraphs);
        }

        /** Lines of a textarea: one entry per line. */
        public String lines(java.util.List<String> entries) {
            return entries == null ? "" : String.join("\n", entries);
        }

        /** An instant of recording time, in UTC to the second. */
        public String utc(java.time.Instant instant) {
            return instant == null ? "" : UTC.format(instant) + " UTC";
        }

        public String days(java.time.LocalDate start, java.time.LocalDate end) {
            if (start == null) {
                return "";
            }
            return end == null || end.equals(start) ? day(start) : day(start) + " – " + day(end);
        }
    }

    static String explanation(int status) {
        return Map.of(403, "Your role does not allow this page or action.",
                404, "There is no such page or meeting.",
                400, "The request was not understood.")
                .getOrDefault(status, "Something went wrong on our side. Please try again.");
    }
}
