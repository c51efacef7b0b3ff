package dev.syncdb.jpa;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The real databases round trips run on, and the two use cases they call. */
final class Targets {

    private Targets() {
    }

    /** A named way to get a fresh empty database URL (the function gets a temp directory). */
    record Target(String name, Function<Path, String> fresh) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Target> all() {
        return List.of(postgres(), sqlite());
    }

    static Target postgres() {
        return new Target("postgresql", tmp -> {
            PgServer server = PgServers.embedded();
            return server.url(server.freshDatabase());
        });
    }

    static Target sqlite() {
        return new Target("sqlite", tmp -> "sqlite:" + tmp.resolve("db" + System.nanoTime() + ".sqlite"));
    }

    static EntitySource entities(Path classes, String... packages) {
        return new EntitySource(new JpaOptions(List.of(packages), List.of(classes), null));
    }

    static ApplyResult apply(String url, EntitySource source, boolean destructive) {
        return new ApplyUseCase().run(new SyncRequest(DatabaseUrl.parse(url), null, source, null),
                ApplyOptions.auto(destructive));
    }

    static PlanResult plan(String url, EntitySource source) {
        return new PlanUseCase().run(new SyncRequest(DatabaseUrl.parse(url), null, source, null));
    }

    /** The plan's steps as text, for assertion messages. */
    static String describe(PlanResult plan) {
        return plan.changes().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
