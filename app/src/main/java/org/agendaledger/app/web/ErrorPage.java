package org.agendaledger.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The error page of the web pages, in their layout with the signed-in user; the API keeps its own answers. */
@Component
class ErrorPage implements ErrorViewResolver, Ordered {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return null;
        }
        Map<String, Object> attributes = new HashMap<>(model);
        attributes.put("viewer", Viewer.current().orElse(null));
        attributes.put("status", status.value());
        attributes.put("explanation", WebModel.explanation(status.value()));
        return new ModelAndView("error", attributes, status);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
