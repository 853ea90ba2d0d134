package org.agendaledger.app.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.events.meeting.PlenarySlot;

/**
 * The form to schedule a meeting, as typed: every field a string, so that what was typed comes back unchanged next
 * to the reason when it is refused. {@link #validated()} reads it as the API reads a request (the bounds of
 * {@link InputRules}, the same sentences) and builds the command; the rules of the plan are the meeting's, and
 * {@link #errorsOf(InvalidFields)} puts their sentences next to the fields as the form names them.
 */
class ScheduleForm {

    /** Plenary slot rows offered by the form; empty rows are ignored. */
    static final int SLOT_ROWS = 4;

    public static class SlotRow {
        private String slotId = "";
        private String date = "";
        private String start = "";
        private String end = "";

        public String getSlotId() {
            return slotId;
        }

        public void setSlotId(String slotId) {
            this.slotId = slotId;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        boolean blank() {
            return isBlank(slotId) && isBlank(date) && isBlank(start) && isBlank(end);
        }
    }

    /** A form that did not pass: the errors by field name as the form names its inputs. */
    public static final class Invalid extends RuntimeException {
        private final Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super("Invalid form: " + errors);
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    private static final Pattern SLOT_FIELD = Pattern.compile("slots\\[(\\d+)]\\.(\\w+)");

    /** The row of the form each slot of the last command built came from. */
    private final List<Integer> slotRows = new ArrayList<>();
    private String meetingId = "";
    private String bureauId = "";
    private String body = "";
    private String ordinal = "";
    private String venue = "";
    private String startDate = "";
    private String endDate = "";
    private String timeZone = "";
    private String languages = "English";
    private String agendaSymbol = "";
    private List<SlotRow> slots = new ArrayList<>();

    public ScheduleForm() {
        fillSlotRows();
    }

    /** Keeps at least {@link #SLOT_ROWS} rows to type into. */
    void fillSlotRows() {
        while (slots.size() < SLOT_ROWS) {
            slots.add(new SlotRow());
        }
    }

    /** Reads the form with the API's bounds ({@link InputRules}, the same sentences) and builds the command. */
    ScheduleMeeting validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String id = trim(meetingId);
        check(id.isEmpty() || Ids.valid(id), errors, "meetingId",
                Ids.MESSAGE + " Or leave it empty for a generated id.");
        String bureau = trim(bureauId);
        check(!bureau.isEmpty(), errors, "bureauId", "Choose the Bureau that decides on this meeting.");
        check(bureau.isEmpty() || Ids.valid(bureau), errors, "bureauId", Ids.MESSAGE);
        check(!trim(body).isEmpty(), errors, "body", "Name the body that meets.");
        line(body, InputRules.NAME, "body", errors);
        check(!trim(ordinal).isEmpty(), errors, "ordinal", "Give the ordinal, e.g. eleventh meeting.");
        line(ordinal, InputRules.ORDINAL, "ordinal", errors);
        check(!trim(venue).isEmpty(), errors, "venue", "Give the venue.");
        line(venue, InputRules.NAME, "venue", errors);
        line(agendaSymbol, InputRules.SYMBOL, "agendaSymbol", errors);
        LocalDate start = date(startDate, "startDate", errors);
        LocalDate end = date(endDate, "endDate", errors);
        List<String> languageList = Arrays.stream(languages == null ? new String[0] : languages.split(","))
                .map(String::trim).filter(l -> !l.isEmpty()).toList();
        check(languageList.size() <= InputRules.LANGUAGES, errors, "languages",
                InputRules.tooMany(InputRules.LANGUAGES));
        languageList.forEach(language -> line(language, InputRules.LANGUAGE, "languages", errors));
        List<PlenarySlot> plenary = new ArrayList<>();
        slotRows.clear();
        check(slots.stream().filter(row -> row != null && !row.blank()).count() <= InputRules.SLOTS, errors, "slots",
                InputRules.tooMany(InputRules.SLOTS));
        for (int i = 0; i < slots.size(); i++) {
            SlotRow row = slots.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String prefix = "slots[%d].".formatted(i);
            String slotId = trim(row.slotId);
            check(slotId.isEmpty() || Ids.valid(slotId), errors, prefix + "slotId",
                    Ids.MESSAGE + " Or leave it empty.");
            LocalDate day = date(row.date, prefix + "date", errors);
            LocalTime from = time(row.start, prefix + "start", errors);
            LocalTime to = time(row.end, prefix + "end", errors);
            if (day != null && from != null && to != null) {
                plenary.add(new PlenarySlot(Ids.orNew(slotId, "slot"), day, from, to));
                slotRows.add(i);
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new ScheduleMeeting(Ids.orNew(id, "meeting"), bureau, trim(body), trim(ordinal), trim(venue), start,
                end, trim(timeZone), plenary, languageList, trim(agendaSymbol).isEmpty() ? null : trim(agendaSymbol));
    }

    /**
     * The fields the meeting refused, named as the form names its inputs: the command's {@code slots[k]} is the
     * k-th row that was filled in, which is not the k-th row of the form when a row above it was left empty.
     */
    Map<String, String> errorsOf(InvalidFields refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.fields().forEach((field, sentence) -> {
            Matcher slot = SLOT_FIELD.matcher(field);
            String named = field;
            if (slot.matches() && Integer.parseInt(slot.group(1)) < slotRows.size()) {
                named = "slots[%d].%s".formatted(slotRows.get(Integer.parseInt(slot.group(1))), slot.group(2));
            }
            errors.putIfAbsent(named, sentence);
        });
        return errors;
    }

    private static void line(String text, int max, String field, Map<String, String> errors) {
        InputRules.oneLine(trim(text), max).ifPresent(message -> errors.putIfAbsent(field, message));
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        try {
            return InputRules.date(trim(text));
        } catch (InputRules.Refused refused) {
            errors.putIfAbsent(field, refused.getMessage());
            return null;
        }
    }

    private static LocalTime time(String text, String field, Map<String, String> errors) {
        try {
            return InputRules.time(trim(text));
        } catch (InputRules.Refused refused) {
            errors.putIfAbsent(field, refused.getMessage());
            return null;
        }
    }

    private static void check(boolean valid, Map<String, String> errors, String field, String message) {
        if (!valid) {
            errors.putIfAbsent(field, message);
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public String getBureauId() {
        return bureauId;
    }

    public void setBureauId(String bureauId) {
        this.bureauId = bureauId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getOrdinal() {
        return ordinal;
    }

    public void setOrdinal(String ordinal) {
        this.ordinal = ordinal;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getAgendaSymbol() {
        return agendaSymbol;
    }

    public void setAgendaSymbol(String agendaSymbol) {
        this.agendaSymbol = agendaSymbol;
    }

    public List<SlotRow> getSlots() {
        return slots;
    }

    public void setSlots(List<SlotRow> slots) {
        this.slots = slots == null ? new ArrayList<>() : new ArrayList<>(slots);
    }
}
