package org.agendaledger.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of the application, from configuration ({@code agenda-ledger.security.users}). Passwords are in
 * Spring Security's encoded form ({@code {bcrypt}…}, or {@code {noop}…} for the demo users).
 */
@ConfigurationProperties("agenda-ledger.security")
class LedgerUsers {

    public enum Role {
        SECRETARIAT, BUREAU_MEMBER, AUDITOR
    }

    public static class User {
        private String username;
        private String password;
        private Role role;
        private String memberId;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getMemberId() {
            return memberId;
        }

        public void setMemberId(String memberId) {
            this.memberId = memberId;
        }
    }

    /** Whether the demo password is acceptable (only on the embedded demonstration store). */
    private boolean allowDemoPasswords = true;
    private List<User> users = new ArrayList<>();

    public boolean isAllowDemoPasswords() {
        return allowDemoPasswords;
    }

    public void setAllowDemoPasswords(boolean allowDemoPasswords) {
        this.allowDemoPasswords = allowDemoPasswords;
    }

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }
}
