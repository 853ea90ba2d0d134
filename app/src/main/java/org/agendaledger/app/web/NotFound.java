package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The error page for what is not there: {@code 404}, with a sentence saying what was looked for. */
final class NotFound {

    private NotFound() {
    }

    static String page(Model model, HttpServletResponse response, String explanation) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        model.addAttribute("explanation", explanation);
        return "error";
    }

    static String meeting(Model model, HttpServletResponse response, String meetingId) {
        return page(model, response, "There is no meeting '%s'.".formatted(meetingId));
    }
}
