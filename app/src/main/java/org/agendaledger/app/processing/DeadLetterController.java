package org.agendaledger.app.processing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.agendaledger.query.consistency.ReadsFrom;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The event processors and their dead letters: read by the secretariat and the auditor, acted on by the secretariat. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Processing", description = "Event processors, their lag and errors, and the events parked in their "
        + "dead-letter queues")
class DeadLetterController {

    private final Processors processors;
    private final DeadLetters deadLetters;

    DeadLetterController(Processors processors, DeadLetters deadLetters) {
        this.processors = processors;
        this.deadLetters = deadLetters;
    }

    @ReadsFrom({})
    @GetMapping("/processors")
    @Operation(summary = "Every event processor: what it feeds, its segments and their positions, its lag behind "
            + "the store's head, the errors of the segments this node runs, and its parked events")
    List<Processors.Status> processors() {
        return processors.all();
    }

    @ReadsFrom({})
    @GetMapping("/dead-letters")
    @Operation(summary = "Every event parked in a dead-letter queue, with its error, attempts and what may be done")
    List<ParkedEvent> deadLetters() {
        return deadLetters.all();
    }

    @PostMapping("/dead-letters/{processingGroup}/{eventId}/retry")
    @Operation(summary = "Handle the parked sequence this event belongs to again, from its first event",
            description = "Answers whether every event of the sequence was handled; what fails again stays parked "
                    + "with its new error.")
    ResponseEntity<Map<String, Object>> retry(@PathVariable String processingGroup, @PathVariable String eventId) {
        boolean handled = deadLetters.retry(processingGroup, eventId);
        return ResponseEntity.status(handled ? HttpStatus.OK : HttpStatus.CONFLICT).body(Map.of(
                "processingGroup", processingGroup, "eventId", eventId, "handled", handled,
                "code", handled ? "HANDLED" : "STILL_FAILING"));
    }

    @DeleteMapping("/dead-letters/{processingGroup}/{eventId}")
    @Operation(summary = "Evict a parked event of a side effect (a notice): it will not be handled",
            description = "Refused (409 NOT_A_SIDE_EFFECT) for a read model's events, which are retried or rebuilt.")
    ResponseEntity<Void> evict(@PathVariable String processingGroup, @PathVariable String eventId) {
        deadLetters.evict(processingGroup, eventId);
        return ResponseEntity.noContent().build();
    }
}
