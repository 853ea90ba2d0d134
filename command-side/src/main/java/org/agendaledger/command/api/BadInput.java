package org.agendaledger.command.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that is well-formed JSON but invalid, field by field; answered with 400. */
class BadInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public BadInput(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws them together. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector check(boolean valid, String field, String message) {
            if (!valid) {
                errors.putIfAbsent(field, message);
            }
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new BadInput(errors);
            }
        }
    }
}
