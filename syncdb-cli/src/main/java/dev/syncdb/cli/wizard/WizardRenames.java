package dev.syncdb.cli.wizard;

import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.RenameCandidate;

import java.util.HashSet;
import java.util.Set;

/**
 * The wizard's rename question: for each rename the planner suggests (a table or column that
 * disappears while a similar one appears), asks whether it is a rename, and plans again with the
 * renames the user accepts, so their data is kept instead of dropped and added empty. Nothing is
 * taken as a rename without a yes; a suggestion whose old or new name an accepted one already
 * uses is not asked.
 */
final class WizardRenames {

    private WizardRenames() {
    }

    /** Asks about every suggestion of the current plan; re-plans when at least one is accepted. */
    static void ask(WizardState s) {
        if (s.planned.renameCandidates().isEmpty()) {
            return;
        }
        DiffOptions options = s.request().diffOptions();
        Set<String> taken = new HashSet<>();
        int accepted = 0;
        for (RenameCandidate c : s.planned.renameCandidates()) {
            if (taken.contains(c.oldName()) || taken.contains(c.newName())) {
                continue;
            }
            String what = c.kind() == RenameCandidate.Kind.TABLE ? "table " : "column ";
            s.out().println("  " + what + c.oldName() + " disappears and " + c.newName() + " appears (" + c.reason() + ")");
            if (s.confirm("Is it a rename of " + c.oldName() + " to " + c.newName() + " (keeps its data)? [y/N] ", false)) {
                options = options.accepting(c);
                taken.add(c.oldName());
                taken.add(c.newName());
                accepted++;
                s.mark(true, "rename " + c.oldName() + " to " + c.newName() + " (without questions: --rename " + c.option() + ")");
            } else {
                s.out().println("  kept as drop and add");
            }
        }
        if (accepted > 0) {
            s.replan(s.request().withDiffOptions(options));
        }
    }
}
