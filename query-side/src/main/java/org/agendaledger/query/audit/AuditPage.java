package org.agendaledger.query.audit;

import java.util.List;

/** One page of the audit log, oldest first, and how many events match in all. */
public record AuditPage(List<AuditEvent> events, int page, int size, long total) {
}
