package org.agendaledger.command.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every accepted command's answer names the store's position after it in the header {@value Accepted#POSITION_HEADER} as well as in
 * its body ({@link Accepted#position()}), so a client can read its own writes without parsing the body.
 */
@RestControllerAdvice
class StorePositionHeader implements ResponseBodyAdvice<Accepted> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return Accepted.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Accepted beforeBodyWrite(Accepted body, MethodParameter returnType, MediaType selectedContentType,
                                    Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                    ServerHttpRequest request, ServerHttpResponse response) {
        if (body != null) {
            response.getHeaders().set(Accepted.POSITION_HEADER, Long.toString(body.position()));
        }
        return body;
    }
}
