package org.agendaledger.app.audit;

/** What an auditor brought back cannot be compared with: unreadable, or not intact by itself. Nothing is compared. */
final class KeptRecordRefused extends RuntimeException {

    private final String code;

    KeptRecordRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable code: {@code KEPT_RECORD_UNREADABLE}, {@code KEPT_RECORD_ALTERED}, {@code KEPT_EXPORT_BROKEN}… */
    String code() {
        return code;
    }
}
