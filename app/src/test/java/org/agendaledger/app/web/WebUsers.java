package org.agendaledger.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The test users of the page tests, signed in as the security configuration grants them. */
final class WebUsers {

    private WebUsers() {
    }

    /** A signed-in user: "secretariat", "auditor", or a Bureau member acting for the member of the same name. */
    static RequestPostProcessor signedIn(String username) {
        return switch (username) {
            case "secretariat" -> user(username).authorities(() -> "ROLE_SECRETARIAT");
            case "auditor" -> user(username).authorities(() -> "ROLE_AUDITOR");
            default -> user(username).authorities(() -> "ROLE_BUREAU_MEMBER", () -> "MEMBER:" + username);
        };
    }

    /** A page as the user reads it: {@code 200}, its HTML. */
    static String page(MockMvc mvc, String path, String username) throws Exception {
        return mvc.perform(get(path).with(signedIn(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A form post: the path and its fields as name, value, name, value… */
    static MockHttpServletRequestBuilder form(String path, String... params) {
        MockHttpServletRequestBuilder request = post(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /**
     * The session a sign-in started, as the browser keeps it: the session cookie of the response (the sessions live
     * in the database through Spring Session, not in the servlet container, so the request has no session object).
     */
    static Cookie sessionOf(MvcResult signedIn) {
        return Arrays.stream(signedIn.getResponse().getCookies()).filter(cookie -> cookie.getName().equals("SESSION"))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("the sign-in set no SESSION cookie"));
    }
}
