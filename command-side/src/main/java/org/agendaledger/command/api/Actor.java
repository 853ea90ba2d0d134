package org.agendaledger.command.api;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sends a command: the signed-in user, their role and, for a Bureau member, the member they act for.
 * A member binding is carried as the granted authority {@code MEMBER:<memberId>}.
 */
public record Actor(String username, String role, String memberId) {

    public static final String MEMBER_AUTHORITY_PREFIX = "MEMBER:";
    public static final String ROLE_PREFIX = "ROLE_";

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        String role = null;
        String memberId = null;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith(ROLE_PREFIX)) {
                role = name.substring(ROLE_PREFIX.length());
            } else if (name.startsWith(MEMBER_AUTHORITY_PREFIX)) {
                memberId = name.substring(MEMBER_AUTHORITY_PREFIX.length());
            }
        }
        return Optional.of(new Actor(authentication.getName(), role, memberId));
    }

    public boolean isBureauMember() {
        return "BUREAU_MEMBER".equals(role);
    }
}
