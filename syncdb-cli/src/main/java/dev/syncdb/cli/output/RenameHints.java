package dev.syncdb.cli.output;

import dev.syncdb.diff.RenameCandidate;
import dev.syncdb.engine.plan.PlanResult;

import java.util.List;

/**
 * The rename suggestions of a plan as hint lines: "users.mail may have been renamed to
 * users.email (...); re-run with --rename users.mail=email to keep its data".
 */
public final class RenameHints {

    private RenameHints() {
    }

    /** One line per suggestion, without prefix. */
    public static List<String> lines(PlanResult r) {
        return r.renameCandidates().stream().map(RenameHints::line).toList();
    }

    public static String line(RenameCandidate c) {
        String what = c.kind() == RenameCandidate.Kind.TABLE ? "table " : "";
        return "hint: " + what + c.oldName() + " may have been renamed to " + c.newName() + " (" + c.reason()
                + "); re-run with --rename " + c.option() + " to keep its data";
    }
}
