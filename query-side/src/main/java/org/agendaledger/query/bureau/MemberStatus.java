package org.agendaledger.query.bureau;

/** Where a member of a Bureau stands: a member now, or no longer. */
enum MemberStatus {
    APPOINTED,
    RETIRED
}
