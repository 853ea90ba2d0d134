package org.agendaledger.app.input;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the servlet container refuses by itself on an API address, and sends to the error path, is answered as the
 * API answers: {@code application/problem+json} with a code. (A {@code TRACE}, refused by Tomcat before any filter,
 * is one; every refusal of the API's own code already is a problem.) The web pages keep their error page.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrors {

    @Bean
    BasicErrorController problemsOnTheApi(ErrorAttributes errorAttributes, WebProperties web,
                                          ObjectProvider<ErrorViewResolver> resolvers) {
        return new ProblemsOnTheApi(errorAttributes, web.getError(), resolvers.orderedStream().toList());
    }

    static final class ProblemsOnTheApi extends BasicErrorController {

        ProblemsOnTheApi(ErrorAttributes errorAttributes, ErrorProperties properties,
                         List<ErrorViewResolver> resolvers) {
            super(errorAttributes, properties, resolvers);
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri == null || !uri.toString().startsWith("/api/")) {
                return super.error(request);
            }
            HttpStatus status = getStatus(request);
            String code = status == HttpStatus.BAD_REQUEST ? "MALFORMED_REQUEST" : status.name();
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://agenda-ledger.org/problems/" + code.toLowerCase().replace('_', '-'));
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", status == HttpStatus.METHOD_NOT_ALLOWED
                    ? "The API has no such method at this address." : status.getReasonPhrase() + ".");
            problem.put("code", code);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
