package org.agendaledger.query.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Bureau member's personal calendar token: issued (and re-issued, which stops the old one) and revoked by the
 * member, for the calendar client that subscribes to their deadlines. Only Bureau members reach it (the security
 * configuration refuses other roles with 403).
 */
@RestController
@Tag(name = "Calendars")
class CalendarTokenController {

    /** The token, shown this once, and the address to subscribe to. */
    record Subscription(String token, URI subscriptionUrl, Instant issuedAt, String note) {
    }

    private final CalendarTokens tokens;

    CalendarTokenController(CalendarTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/me/calendar-token")
    @Operation(summary = "A new personal token for the signed-in Bureau member's deadline calendar",
            description = "Returns the token and the subscription address (GET /api/me/deadlines.ics?token=…) once: "
                    + "only a hash of it is kept. Any earlier token of the member stops working.")
    @ApiResponse(responseCode = "201", description = "The token and the subscription address")
    ResponseEntity<Subscription> issue(Authentication member) {
        CalendarTokens.Issued issued = tokens.issue(CalendarController.ownMember(member),
                CalendarController.address("/"));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new Subscription(issued.token(), issued.subscription(), issued.issuedAt(), "Add the "
                        + "subscription address to your calendar client; it is shown only now. Anyone who has it "
                        + "reads your open deadlines: if it leaks, ask for a new one or revoke it."));
    }

    @DeleteMapping("/api/me/calendar-token")
    @Operation(summary = "Revokes the signed-in Bureau member's calendar token: their subscription stops working",
            description = "Answers 204 whether or not the member had a token.")
    @ApiResponse(responseCode = "204", description = "No token of the member works any more")
    ResponseEntity<Void> revoke(Authentication member) {
        tokens.revoke(CalendarController.ownMember(member));
        return ResponseEntity.noContent().build();
    }
}
