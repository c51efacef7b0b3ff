package dev.syncdb.engine.verify;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;

import java.util.List;

/**
 * Confirms a database is what it should be, changing nothing: the required tables exist and, when
 * a desired schema is given, a plan against it has no step.
 */
public final class VerifyUseCase {
    private final DialectContext context;

    /** A use case whose dialects work in the process's own environment. */
    public VerifyUseCase() {
        this(DialectContext.system());
    }

    /** A use case whose dialects work in {@code context} (environment, user, warnings). */
    public VerifyUseCase(DialectContext context) {
        this.context = context;
    }

    /** {@code request} null = no desired schema: only the required tables are checked. */
    public VerifyResult run(DatabaseUrl url, String schemaName, SyncRequest request, List<String> required) {
        try (Session s = Session.open(url, schemaName, false, context)) {
            PlanResult planned = request == null ? null : PlanUseCase.plan(s, request);
            var current = planned != null ? planned.current() : s.inspect();
            return new VerifyResult(s.target(), s.serverVersion(), RequiredTable.check(required, current), planned);
        }
    }
}
