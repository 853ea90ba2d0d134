package org.agendaledger.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
}
