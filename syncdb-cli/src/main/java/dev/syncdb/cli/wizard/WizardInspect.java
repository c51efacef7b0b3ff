package dev.syncdb.cli.wizard;

import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.StatusResult;
import dev.syncdb.engine.verify.StatusUseCase;
import dev.syncdb.cli.config.Settings;

import java.util.List;
import java.util.OptionalInt;

/** The wizard's first two steps, which only read: the connection, and the current state with the plan. */
final class WizardInspect {

    private WizardInspect() {
    }

    /** Step "Connection": connects and shows the server version. */
    static final class Connection implements WizardStep {
        @Override
        public String title() {
            return "Connection";
        }

        @Override
        public OptionalInt run(WizardState s) {
            Settings settings = s.settings;
            s.status = new StatusUseCase(settings.context(s.ctx)).run(settings.url(), settings.schemaName(), s.options.migrations(),
                    s.options.required());
            StatusResult st = s.status;
            s.mark(true, "connected to " + st.maskedUrl() + " (" + st.serverVersion() + "), schema " + st.schemaName()
                    + "; URL from " + settings.urlSource());
            return NEXT;
        }
    }

    /** Step "Current state": the tables, the migration version, the required tables, and the desired schema read. */
    static final class CurrentState implements WizardStep {
        @Override
        public String title() {
            return "Current state";
        }

        @Override
        public OptionalInt run(WizardState s) {
            StatusResult st = s.status;
            s.mark(true, tables(st.tables()));
            if (st.migrations() != null) {
                StatusResult.Migrations m = st.migrations();
                s.mark(m.problem() == null, "migrations: at version " + m.current() + ", " + m.pending().size()
                        + " pending" + (m.problem() == null ? "" : "; " + m.problem()));
            }
            for (RequiredTable r : st.required()) {
                s.mark(r.present(), "required table " + r.name() + (r.present() ? "" : " is missing"));
            }
            s.planned = new PlanUseCase().run(s.request());
            s.mark(true, "desired schema " + s.settings.describeSchema() + ": " + count(s.planned.desired().tables().size(),
                    "table"));
            return NEXT;
        }

        private static String tables(List<String> names) {
            if (names.isEmpty()) {
                return "the database has no tables yet";
            }
            String shown = String.join(", ", names.subList(0, Math.min(names.size(), 12)));
            return count(names.size(), "table") + " in the database: " + shown + (names.size() > 12 ? ", ..." : "");
        }
    }

    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
