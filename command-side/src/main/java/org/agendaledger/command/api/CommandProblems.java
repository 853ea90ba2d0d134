package org.agendaledger.command.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.NotPermitted;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal of the API as {@code application/problem+json}: 400 naming each bad field, 403 for what the actor
 * may not do, 404 for an unknown id, 409 with a stable {@code code} and a sentence for a broken rule. Nothing is
 * stored in any of these cases.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);
    private static final String TYPE_BASE = "https://agenda-ledger.org/problems/";

    /**
     * A rule of the domain refused the command: fields it refused are invalid input (400, as the request's own
     * checks say it), an actor it does not permit is forbidden (403, as the security rules say it), an unknown
     * reference is 404, any other rule 409 with the rule's code.
     */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation violation) {
        if (violation instanceof InvalidFields invalid) {
            return invalid(invalid.fields());
        }
        if (violation instanceof NotPermitted) {
            return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", violation.getMessage(), Map.of());
        }
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
        InputRules.Refused refused = causeOf(ex, InputRules.Refused.class);
        JacksonException located = null;
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                located = jackson;
                break;
            }
        }
        if (located != null) {
            extra = Map.of("errors", List.of(Map.of("field", field(located.getPath()),
                    "message", refused != null ? refused.getMessage() : expected(located))));
        }
        String code = refused != null && refused.outOfBounds() ? "INVALID_INPUT" : "MALFORMED_REQUEST";
        String detail = refused != null ? refused.getMessage() : rootMessage(ex);
        return problem(HttpStatus.BAD_REQUEST, code,
                "The request body is not valid JSON of the expected shape: " + detail, extra);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        InputRules.Refused refused = causeOf(ex, InputRules.Refused.class);
        String message = refused != null ? refused.getMessage() : expected(ex.getRequiredType());
        return invalid(Map.of(name, message));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(Map.of(ex.getParameterName(), "must be given"));
    }

    /** A read that finds nothing ({@code ResponseStatusException} 404) answers as a command to an unknown id. */
    @Override
    protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            ex.getBody().setType(URI.create(TYPE_BASE + "unknown-id"));
            ex.getBody().setProperty("code", "UNKNOWN_ID");
        }
        return super.handleErrorResponseException(ex, headers, status, request);
    }

    /** Spring's own refusals (wrong method, media type, unknown path…) get a code as every other problem does. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String code = status == HttpStatus.NOT_FOUND ? "NOT_FOUND"
                    : status != null ? status.name() : "HTTP_" + statusCode.value();
            problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
            problem.setProperty("code", code);
            headers = new HttpHeaders(headers);
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** What a field of the body should have been, from the type it is read into. */
    private static String expected(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "Not a field of this request; leave it out.";
        }
        if (e instanceof InvalidNullException) {
            return "Must not be null.";
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        return expected(type);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "Has a value of the wrong type or form.";
        }
        if (type == String.class) {
            return "Must be a JSON string.";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Must be a whole number (written without quotes, without a fraction, within range).";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Must be true or false.";
        }
        if (type.isEnum()) {
            return "Must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList()) + ".";
        }
        if (type == LocalDate.class) {
            return InputRules.dateMessage("the date");
        }
        if (type == LocalTime.class) {
            return InputRules.TIME_MESSAGE;
        }
        if (type == LocalDateTime.class) {
            return InputRules.DEADLINE_MESSAGE;
        }
        if (type == Instant.class) {
            return InputRules.INSTANT_MESSAGE;
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Must be a JSON array.";
        }
        return "Must be a JSON object.";
    }

    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
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
