package org.agendaledger.app.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * An address refused before any page or API sees it is answered as every other malformed request:
 * {@code 400 application/problem+json} with the code {@code MALFORMED_REQUEST}, not with an HTML error page. Two
 * places refuse addresses: Spring Security's firewall (an encoded percent sign or control character, a semicolon, a
 * step up with "..") and, before it, the servlet container (an encoded slash or NUL, a path it cannot normalize).
 */
@Configuration(proxyBeanMethods = false)
class RejectedAddresses {

    private static final String DETAIL = "The address of the request contains what no address of this application "
            + "may (an encoded slash, percent sign or control character, a semicolon, a step up with '..').";

    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, rejected) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem(HttpStatus.BAD_REQUEST));
        };
    }

    /** After Spring Boot's own valve, so that this one is nearer the request and reports first. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerErrorsAsProblems() {
        return factory -> factory.addContextCustomizers(
                context -> context.getParent().getPipeline().addValve(new ProblemReportValve()));
    }

    static String problem(HttpStatus status) {
        String code = status == HttpStatus.BAD_REQUEST ? "MALFORMED_REQUEST" : status.name();
        String detail = status == HttpStatus.BAD_REQUEST ? DETAIL : status.getReasonPhrase() + ".";
        return "{\"type\":\"https://agenda-ledger.org/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"%s\"}"
                .formatted(code.toLowerCase().replace('_', '-'), status.getReasonPhrase(), status.value(), detail,
                        code);
    }

    /** The body of an error the container answers by itself, where nothing else wrote one. */
    static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (status == null || !status.isError() || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot be written: nothing more to say
            }
        }
    }
}
