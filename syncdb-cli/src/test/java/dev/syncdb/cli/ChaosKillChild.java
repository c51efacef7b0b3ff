package dev.syncdb.cli;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.plan.PlanStep;

import java.nio.file.Path;
import java.util.List;

/**
 * A child process of the chaos suite: applies the schema file {@code args[1]} to database
 * {@code args[0]} and halts the JVM (exit 137, no shutdown hooks, no cleanup, like {@code kill -9})
 * the moment step {@code args[2]} (1-based) is about to run. Prints "STEP k" before halting.
 */
public final class ChaosKillChild {

    private ChaosKillChild() {
    }

    public static void main(String[] args) {
        DatabaseUrl url = DatabaseUrl.parse(args[0]);
        int killAt = Integer.parseInt(args[2]);
        SyncRequest request = new SyncRequest(url, null, new SqlFilesSource(List.of(Path.of(args[1])), null), null);
        ApplyProgress dieAtStep = new ApplyProgress() {
            @Override
            public void step(int index, PlanStep step) {
                if (index + 1 == killAt) {
                    System.out.println("STEP " + killAt + ": " + step.comment());
                    System.out.flush();
                    Runtime.getRuntime().halt(137);
                }
            }
        };
        new ApplyUseCase().run(request, ApplyOptions.auto(false).withProgress(dieAtStep));
        System.out.println("FINISHED without reaching step " + killAt);
    }
}
