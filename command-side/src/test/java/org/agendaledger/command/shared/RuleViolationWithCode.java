package org.agendaledger.command.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refused command's exception by its stable rule code (and optionally its exact type). */
public final class RuleViolationWithCode extends TypeSafeMatcher<RuleViolation> {

    private final Class<? extends RuleViolation> type;
    private final String code;

    private RuleViolationWithCode(Class<? extends RuleViolation> type, String code) {
        super(RuleViolation.class);
        this.type = type;
        this.code = code;
    }

    /** A {@link RuleViolation} (or subclass) with the given code. */
    public static Matcher<RuleViolation> violation(String code) {
        return new RuleViolationWithCode(RuleViolation.class, code);
    }

    /** An {@link UnknownReference} with the given code. */
    public static Matcher<RuleViolation> unknownReference(String code) {
        return new RuleViolationWithCode(UnknownReference.class, code);
    }

    @Override
    protected boolean matchesSafely(RuleViolation item) {
        return type.isInstance(item) && code.equals(item.code());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText(type.getSimpleName()).appendText(" with code ").appendValue(code);
    }

    @Override
    protected void describeMismatchSafely(RuleViolation item, Description mismatch) {
        mismatch.appendText("was ").appendText(item.getClass().getSimpleName()).appendText(" with code ")
                .appendValue(item.code()).appendText(": ").appendText(String.valueOf(item.getMessage()));
    }
}
