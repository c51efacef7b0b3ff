package dev.syncdb.engine.apply;

import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.plan.PlanResult;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How to apply: whether data-losing steps are allowed, who sees the plan as soon as it exists
 * ({@code onPlanned}, also when it is then refused), and who confirms it before it runs (the CLI
 * asks the user; {@code --auto} confirms everything), the backup to take before anything is
 * touched ({@code backup}, null = none; a backup that fails stops the apply), and who is told which
 * step is running ({@code progress}).
 */
public record ApplyOptions(boolean allowDestructive, Consumer<PlanResult> onPlanned, Predicate<PlanResult> confirm,
                           Backup backup, ApplyProgress progress) {

    public ApplyOptions {
        progress = progress == null ? ApplyProgress.NONE : progress;
    }

    /** Without a progress listener. */
    public ApplyOptions(boolean allowDestructive, Consumer<PlanResult> onPlanned, Predicate<PlanResult> confirm,
                        Backup backup) {
        this(allowDestructive, onPlanned, confirm, backup, ApplyProgress.NONE);
    }

    /** Without a backup before the plan runs. */
    public ApplyOptions(boolean allowDestructive, Consumer<PlanResult> onPlanned, Predicate<PlanResult> confirm) {
        this(allowDestructive, onPlanned, confirm, null);
    }

    public ApplyOptions(boolean allowDestructive, Predicate<PlanResult> confirm) {
        this(allowDestructive, p -> { }, confirm);
    }

    /** The same options with a backup taken after confirmation, just before the first statement runs. */
    public ApplyOptions withBackup(Backup b) {
        return new ApplyOptions(allowDestructive, onPlanned, confirm, b, progress);
    }

    /** The same options with a progress listener. */
    public ApplyOptions withProgress(ApplyProgress p) {
        return new ApplyOptions(allowDestructive, onPlanned, confirm, backup, p);
    }

    /** Confirms every plan at once, without a person in between (so nothing can change meanwhile). */
    public static final Predicate<PlanResult> AUTO = p -> true;

    public static ApplyOptions auto(boolean allowDestructive) {
        return new ApplyOptions(allowDestructive, AUTO);
    }

    /** Whether confirmation may take a while (a person answers), so the database may change meanwhile. */
    boolean confirmWaits() {
        return confirm != AUTO;
    }
}
