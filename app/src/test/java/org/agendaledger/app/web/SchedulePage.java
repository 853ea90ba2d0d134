package org.agendaledger.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The schedule form as the secretariat submits it: a valid meeting with one plenary slot, any field replaced. */
final class SchedulePage {

    private SchedulePage() {
    }

    /** The form's fields, then each {@code name, value} pair of {@code overrides} in its place. */
    static MockHttpServletRequestBuilder submitted(String meetingId, String bureauId, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meetingId", meetingId);
        fields.put("bureauId", bureauId);
        fields.put("body", "Working Group on Trafficking in Persons");
        fields.put("ordinal", "eleventh meeting");
        fields.put("venue", "Vienna International Centre");
        fields.put("startDate", "2031-09-10");
        fields.put("endDate", "2031-09-11");
        fields.put("timeZone", "Europe/Vienna");
        fields.put("languages", "English, French");
        fields.put("slots[0].slotId", "thu-am");
        fields.put("slots[0].date", "2031-09-10");
        fields.put("slots[0].start", "10:00");
        fields.put("slots[0].end", "13:00");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/meetings");
        fields.forEach(request::param);
        return request;
    }
}
