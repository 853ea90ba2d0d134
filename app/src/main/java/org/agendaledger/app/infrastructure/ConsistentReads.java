package org.agendaledger.app.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.agendaledger.query.consistency.ReadsFrom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes for every reader: a {@code GET} with the header {@value #HEADER} (or the parameter
 * {@value #PARAMETER}) set to a position a command answered with is answered only once each read model it reads
 * from ({@link ReadsFrom}; all read models for a read that names none, such as a page) has reached that position —
 * waiting up to {@code agenda-ledger.consistency.patience}, then {@code 503} with {@code Retry-After}. A read model
 * held up by an event parked in its dead-letter queue is answered {@code 503} at once: waiting will not help until the
 * event is retried. The same holds on every node: where each read model stands is read from the database. An event
 * stream waits too before it opens: it finds what it streams (a meeting just scheduled) in its read model, and a
 * browser's EventSource sends the parameter.
 */
@Component
class ConsistentReads implements HandlerInterceptor, WebMvcConfigurer {

    static final String HEADER = "Ledger-Not-Older-Than";
    static final String PARAMETER = "notOlderThan";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReadModelProgress progress;
    private final Duration patience;

    ConsistentReads(ReadModelProgress progress,
                    @Value("${agenda-ledger.consistency.patience:PT5S}") Duration patience) {
        this.progress = progress;
        this.patience = patience;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        String asked = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getParameter(PARAMETER);
        if (asked == null || asked.isBlank()) {
            return true;
        }
        long position;
        try {
            position = Long.parseLong(asked.strip());
        } catch (NumberFormatException e) {
            return refuse(response, HttpStatus.BAD_REQUEST, "INVALID_POSITION", ("'%s' is not a store position: "
                    + "send the number a command answered with in Ledger-Position.").formatted(asked), null, Map.of());
        }
        long head = progress.head();
        if (position > head) {
            return refuse(response, HttpStatus.BAD_REQUEST, "UNKNOWN_POSITION", ("The store has not reached "
                    + "position %d: it is at %d.").formatted(position, head), null, Map.of());
        }
        ReadsFrom reads = method.getMethodAnnotation(ReadsFrom.class);
        Collection<String> readModels = reads == null ? progress.readModels() : Arrays.asList(reads.value());
        ReadModelProgress.Standing standing = progress.await(position, readModels, patience);
        if (standing.reached()) {
            return true;
        }
        if (standing.blocked()) {
            return refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_BLOCKED", ("%s cannot show "
                    + "position %d yet: an event up to it could not be handled and is parked in the dead-letter "
                    + "queue. It shows once the event is retried (see /admin/processing).").formatted(
                            String.join(", ", standing.parked().keySet()), position),
                    Duration.ofSeconds(30),
                    Map.of("parked", standing.parked()));
        }
        return refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_BEHIND", ("%s had not reached "
                + "position %d within %d s; try again.").formatted(String.join(", ", standing.behind()), position,
                        patience.toSeconds()),
                Duration.ofSeconds(1), Map.of("behind", standing.behind()));
    }

    private static boolean refuse(HttpServletResponse response, HttpStatus status, String code, String detail,
                                  Duration retryAfter, Map<String, Object> extra)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (retryAfter != null) {
            response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "https://agenda-ledger.org/problems/" + code.toLowerCase().replace('_', '-'));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code);
        problem.putAll(extra);
        response.getWriter().write(JSON.writeValueAsString(problem));
        return false;
    }
}
