package org.agendaledger.command.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command's own values break a rule, field by field (a plan that ends before it starts, a letter recorded without
 * its reference): each field by its name in the command, with the sentence that refuses it. Nothing is stored.
 */
public class InvalidFields extends RuleViolation {

    private final Map<String, String> fields;

    public InvalidFields(String code, Map<String, String> fields) {
        super(code, String.join(" ", fields.values()));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The sentence of each refused field, in the order the rules found them. */
    public Map<String, String> fields() {
        return fields;
    }

    /** Collects the refused fields of one command, to refuse them all at once. */
    public static final class Collector {

        private final String code;
        private final Map<String, String> fields = new LinkedHashMap<>();

        public Collector(String code) {
            this.code = code;
        }

        /** Refuses {@code field} with {@code sentence} unless {@code valid} (the first sentence of a field counts). */
        public Collector check(boolean valid, String field, String sentence) {
            if (!valid) {
                fields.putIfAbsent(field, sentence);
            }
            return this;
        }

        public void throwIfAny() {
            if (!fields.isEmpty()) {
                throw new InvalidFields(code, fields);
            }
        }
    }
}
