package org.agendaledger.query.bureau;

/** The queries the Bureaus read model answers. */
public final class BureauQueries {

    private BureauQueries() {
    }

    /** All Bureaus by name, each with its members. */
    public record FindBureaus() {
    }

    /** One Bureau with its members, current and retired. */
    public record FindBureau(String bureauId) {
    }
}
