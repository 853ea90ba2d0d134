package org.agendaledger.app.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts every refusal the API answers with a problem ({@code application/problem+json} carrying a {@code code}),
 * by code and status: {@code agenda_ledger_rejections_total}. A rise in one code — {@code AGENDA_UNDER_SILENCE},
 * {@code CONCURRENT_CHANGE}, {@code INVALID_INPUT} — shows what users are running into.
 */
@RestControllerAdvice
class RejectionMetrics implements ResponseBodyAdvice<Object> {

    static final String METER = "agenda_ledger_rejections";

    private final MeterRegistry registry;

    RejectionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Map<String, Object> properties = problem.getProperties();
            Object code = properties == null ? null : properties.get("code");
            Counter.builder(METER)
                    .description("Requests the API refused, by problem code and status")
                    .tag("code", code == null ? "NONE" : code.toString())
                    .tag("status", Integer.toString(problem.getStatus()))
                    .register(registry)
                    .increment();
        }
        return body;
    }
}
