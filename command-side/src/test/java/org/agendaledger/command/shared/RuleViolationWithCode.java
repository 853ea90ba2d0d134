package org.agendaledger.command.shared;

import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refused command's exception by its stable rule code (and optionally its exact type and fields). */
public final class RuleViolationWithCode extends TypeSafeMatcher<RuleViolation> {

    private final Class<? extends RuleViolation> type;
    private final String code;
    private final Map<String, String> fields;
    private final java.util.Set<String> fieldNames;

    private RuleViolationWithCode(Class<? extends RuleViolation> type, String code, Map<String, String> fields) {
        this(type, code, fields, null);
    }

    private RuleViolationWithCode(Class<? extends RuleViolation> type, String code, Map<String, String> fields,
                                  java.util.Set<String> fieldNames) {
        super(RuleViolation.class);
        this.type = type;
        this.code = code;
        this.fields = fields;
        this.fieldNames = fieldNames;
    }

    /** A {@link RuleViolation} (or subclass) with the given code. */
    public static Matcher<RuleViolation> violation(String code) {
        return new RuleViolationWithCode(RuleViolation.class, code, null);
    }

    /** An {@link UnknownReference} with the given code. */
    public static Matcher<RuleViolation> unknownReference(String code) {
        return new RuleViolationWithCode(UnknownReference.class, code, null);
    }

    /** A {@link NotPermitted} with the given code. */
    public static Matcher<RuleViolation> notPermitted(String code) {
        return new RuleViolationWithCode(NotPermitted.class, code, null);
    }

    /** {@link InvalidFields} with the given code, refusing exactly these fields with these sentences. */
    public static Matcher<RuleViolation> invalidFields(String code, Map<String, String> fields) {
        return new RuleViolationWithCode(InvalidFields.class, code, Map.copyOf(fields));
    }

    /** {@link InvalidFields} with the given code, refusing exactly the fields of these names (any sentences). */
    public static Matcher<RuleViolation> invalidFieldsNamed(String code, String... names) {
        return new RuleViolationWithCode(InvalidFields.class, code, null, java.util.Set.of(names));
    }

    @Override
    protected boolean matchesSafely(RuleViolation item) {
        return type.isInstance(item) && code.equals(item.code())
                && (fields == null || fields.equals(((InvalidFields) item).fields()))
                && (fieldNames == null || fieldNames.equals(((InvalidFields) item).fields().keySet()));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText(type.getSimpleName()).appendText(" with code ").appendValue(code);
        if (fields != null) {
            description.appendText(" refusing ").appendValue(fields);
        }
        if (fieldNames != null) {
            description.appendText(" refusing the fields ").appendValue(fieldNames);
        }
    }

    @Override
    protected void describeMismatchSafely(RuleViolation item, Description mismatch) {
        mismatch.appendText("was ").appendText(item.getClass().getSimpleName()).appendText(" with code ")
                .appendValue(item.code()).appendText(": ").appendText(String.valueOf(item.getMessage()));
        if (item instanceof InvalidFields invalid) {
            mismatch.appendText(" refusing ").appendValue(invalid.fields());
        }
    }
}
