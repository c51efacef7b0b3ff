package dev.syncdb.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link SyncdbStartupException} into Boot's short "APPLICATION FAILED TO START" report. */
public class SyncdbFailureAnalyzer extends AbstractFailureAnalyzer<SyncdbStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SyncdbStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
