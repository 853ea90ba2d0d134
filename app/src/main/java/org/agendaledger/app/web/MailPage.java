package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.util.Optional;
import org.agendaledger.app.notices.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /mail}, the built-in outbox (the secretariat and the auditor): every notice to Bureau members, newest first,
 * with its recipients, where it stands and when the mail server accepted it; and each message as it is (or would
 * be) sent — subject, plain text, the HTML shown in a sandbox, every delivery attempt with the server's reply.
 * Without a mail server (the embedded default) the messages are held here.
 */
@Controller
@RequestMapping("/mail")
class MailPage {

    private static final int SHOWN = 500;

    private final Outbox outbox;

    MailPage(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(SHOWN));
        model.addAttribute("when", new TimelinePage.When(ZoneOffset.UTC));
        return "mail";
    }

    @GetMapping("/message")
    String message(@RequestParam String id, Model model, HttpServletResponse response) {
        Optional<Outbox.Message> message = outbox.find(id);
        if (message.isEmpty()) {
            return NotFound.page(model, response, "There is no message '%s' in the outbox.".formatted(id));
        }
        model.addAttribute("message", message.get());
        model.addAttribute("attempts", outbox.attempts(id));
        model.addAttribute("when", new TimelinePage.When(ZoneOffset.UTC));
        return "mail-message";
    }
}
