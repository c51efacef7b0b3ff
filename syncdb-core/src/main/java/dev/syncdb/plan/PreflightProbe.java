package dev.syncdb.plan;

/**
 * One check to make before a step: its kind, the object it is about (for messages, e.g.
 * "users.phone") and the dialect's query. {@code perLabel}: each result row is its own count
 * (enum labels in use) instead of a total with samples.
 */
record PreflightProbe(PreflightCheck check, String subject, PreflightQuery query, boolean perLabel) {

    PreflightProbe(PreflightCheck check, String subject, PreflightQuery query) {
        this(check, subject, query, false);
    }
}
