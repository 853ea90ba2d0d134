package org.agendaledger.app.web;

import org.agendaledger.app.processing.DeadLetters;
import org.agendaledger.app.processing.Processors;
import org.agendaledger.command.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/processing}: every event processor with its segments, position, lag and errors, and every event
 * parked in a dead-letter queue with its error and attempts. The secretariat retries a parked sequence, and evicts a
 * parked event only where its handler is a side effect; the auditor reads.
 */
@Controller
@RequestMapping("/admin/processing")
class ProcessingPage {

    private final Processors processors;
    private final DeadLetters deadLetters;

    ProcessingPage(Processors processors, DeadLetters deadLetters) {
        this.processors = processors;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("processors", processors.all());
        model.addAttribute("parked", deadLetters.all());
        return "processing";
    }

    @PostMapping("/{processingGroup}/{eventId}/retry")
    String retry(@PathVariable String processingGroup, @PathVariable String eventId, RedirectAttributes redirect) {
        try {
            boolean handled = deadLetters.retry(processingGroup, eventId);
            redirect.addFlashAttribute(handled ? "notice" : "problem", handled
                    ? "The parked events were handled; the read model shows them now."
                    : "The parked event failed again; it stays parked with its new error.");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/processing";
    }

    @PostMapping("/{processingGroup}/{eventId}/evict")
    String evict(@PathVariable String processingGroup, @PathVariable String eventId, RedirectAttributes redirect) {
        try {
            deadLetters.evict(processingGroup, eventId);
            redirect.addFlashAttribute("notice", "The event was evicted: it will not be handled.");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/processing";
    }
}
