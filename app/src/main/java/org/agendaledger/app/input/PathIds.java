package org.agendaledger.app.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.shared.UnknownReference;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's path and query parameters: every path variable named {@code …Id} is an id ({@link Ids#PATTERN}), and one
 * that is not names nothing that can exist, so it answers as an unknown id does ({@code 404 UNKNOWN_ID}), before any
 * command is sent or any read is made; every {@link Instant} of a query is read by {@link InputRules#instant}.
 */
@Configuration(proxyBeanMethods = false)
class PathIds implements WebMvcConfigurer, HandlerInterceptor {

    /** The longest id quoted back in a refusal: an id longer than any can be is not worth echoing whole. */
    private static final int QUOTED = Ids.MAX_LENGTH + 1;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // an empty parameter (?asOf=) is one not given, as an HTML form sends it
        registry.addConverter(String.class, Instant.class, text -> text.isEmpty() ? null : InputRules.instant(text));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (String.valueOf(name).endsWith("Id") && !Ids.valid(String.valueOf(value))) {
                    throw unknown(String.valueOf(value));
                }
            });
        }
        return true;
    }

    static UnknownReference unknown(String id) {
        String quoted = id.length() > QUOTED ? id.substring(0, QUOTED) + "…" : id;
        return new UnknownReference("UNKNOWN_ID", ("Nothing with the id '%s' exists: an id is 1 to 64 letters, "
                + "digits, '.', '_' or '-', starting with a letter or a digit.").formatted(quoted));
    }
}
