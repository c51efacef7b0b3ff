package dev.syncdb.cli.wizard;

import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.engine.backup.BackupUseCase;

import java.util.OptionalInt;

/** Step "Backup": when something will change, offers a full backup (default yes) and takes it at once. */
final class WizardBackup implements WizardStep {

    @Override
    public String title() {
        return "Backup";
    }

    @Override
    public OptionalInt run(WizardState s) {
        if (s.planned.inSync()) {
            s.out().println("  nothing will change: no backup needed");
            return NEXT;
        }
        if (s.options.backup() == null) {
            s.out().println("  skipped (--no-backup)");
            return NEXT;
        }
        if (!s.confirm("Take a full backup before changing anything? [Y/n] ", true)) {
            s.out().println("  no backup taken");
            return NEXT;
        }
        new BackupUseCase(s.settings.context(s.ctx)).run(s.settings.url(), s.settings.schemaName(),
                s.options.backup().backup(s.ctx, s.out(), "  " + s.style.good("✅") + " ")
                        .withProgress(ProgressDisplay.forRun(s.ctx, false, s.style)));
        return NEXT;
    }
}
