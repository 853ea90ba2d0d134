package org.agendaledger.command.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every refusal of the API as {@code application/problem+json}: 400 naming each bad field, 404 for an unknown
 * id, 409 with a stable {@code code} and a sentence for a broken rule. Nothing is stored in any of these cases.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);
    private static final String TYPE_BASE = "https://agenda-ledger.org/problems/";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation violation) {
        HttpStatus status = violation instanceof UnknownReference ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return problem(status, violation.code(), violation.getMessage(), Map.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "UNKNOWN_ID",
                "Nothing with the id '%s' exists.".formatted(e.getAggregateIdentifier()), Map.of());
    }

    @ExceptionHandler({AggregateStreamCreationException.class})
    ResponseEntity<Object> alreadyExists(Exception e) {
        return problem(HttpStatus.CONFLICT, "ALREADY_EXISTS",
                "Something with this id already exists; choose another id.", Map.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "Someone else changed this at the same moment; nothing was stored. Please try again.", Map.of());
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<Object> storeRefused(EventStoreException e) {
        log.error("Event store refused an append", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE",
                "The record could not be written; nothing was stored. Please try again later.", Map.of());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        RuntimeException unwrapped = CommandDispatch.unwrap(e);
        if (unwrapped instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        log.error("Command failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "COMMAND_FAILED",
                "The command could not be carried out; nothing was stored.", Map.of());
    }

    @ExceptionHandler(BadInput.class)
    ResponseEntity<Object> badInput(BadInput e) {
        return invalid(e.fieldErrors());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(),
                g.getDefaultMessage()));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(
                e -> errors.putIfAbsent(r.getMethodParameter().getParameterName(), e.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, Object> extra = Map.of();
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                String field = databind.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
                extra = Map.of("errors", List.of(Map.of("field", field, "message", "has a value of the wrong type "
                        + "or form")));
                break;
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                "The request body is not valid JSON of the expected shape: " + rootMessage(ex), extra);
    }

    private ResponseEntity<Object> invalid(Map<String, String> fieldErrors) {
        List<Map<String, String>> errors = fieldErrors.entrySet().stream()
                .map(e -> Map.of("field", e.getKey(), "message", String.valueOf(e.getValue()))).toList();
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT",
                "Some fields are missing or invalid: " + String.join(", ", fieldErrors.keySet()) + ".",
                Map.of("errors", errors));
    }

    static ResponseEntity<Object> problem(HttpStatus status, String code, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        extra.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
