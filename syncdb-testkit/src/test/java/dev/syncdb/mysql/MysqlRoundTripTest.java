package dev.syncdb.mysql;

import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The MySQL / MariaDB round-trip suite: for every scenario under {@code scenarios/mysql} (a directory
 * with {@code current.sql} and {@code desired.sql} that differ in one behaviour) and both directions,
 * a database built from one schema is brought to the other with apply, must then plan nothing, and
 * must match a database built from the target schema directly, both by syncdb's differ and by an
 * independent information_schema read. {@code -Dsyncdb.scenarios=REGEX} keeps matching scenarios.
 * Its cases run six at a time (each has its own databases; most of the time goes to the server),
 * while no other test class runs.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlRoundTripTest {
    static final MysqlServer SERVER = MysqlServer.local();

    /** One case: a scenario run one way. */
    record Case(String name, String from, String to, String direction) {
        @Override
        public String toString() {
            return name + " [" + direction + "]";
        }
    }

    static Stream<Case> cases() throws IOException, URISyntaxException {
        String only = System.getProperty("syncdb.scenarios", ".*");
        Path root = Path.of(MysqlRoundTripTest.class.getClassLoader().getResource("scenarios/mysql").toURI());
        List<Case> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> all = dirs.filter(Files::isDirectory).sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(30);
            for (Path d : all) {
                String name = d.getFileName().toString();
                if (!name.matches(only)) {
                    continue;
                }
                String current = Files.readString(d.resolve("current.sql"), StandardCharsets.UTF_8);
                String desired = Files.readString(d.resolve("desired.sql"), StandardCharsets.UTF_8);
                out.add(new Case(name, current, desired, "forward"));
                out.add(new Case(name, desired, current, "backward"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Execution(ExecutionMode.CONCURRENT)
    void convergesAndSecondRunDoesNothing(Case c, @TempDir Path tmp) throws Exception {
        String db = SERVER.freshDatabase();
        String reference = null;
        try {
            if (!c.from().isBlank()) {
                SERVER.run(db, c.from());
            }
            Path toFile = Files.writeString(tmp.resolve("schema.sql"), c.to());
            SyncRequest request = request(db, toFile);
            ApplyResult first = apply(c, request);
            List<String> problems = new ArrayList<>();
            if (first.outcome() != ApplyResult.Outcome.APPLIED) {
                problems.add("the first apply found nothing to do (" + first.outcome() + ")");
            }
            PlanResult again = new PlanUseCase().run(request);
            if (!again.plan().isEmpty()) {
                problems.add("second plan is not empty:\n" + describe(again));
            }
            reference = SERVER.freshDatabase();
            if (!c.to().isBlank()) {
                SERVER.run(reference, c.to());
            }
            Schema applied = inspect(db);
            Schema expected = inspect(reference);
            List<SchemaChange> left = new Differ(new MysqlDiffHooks()).diff(applied, expected);
            if (!left.isEmpty()) {
                problems.add("differ finds changes between the applied and a freshly built database: "
                        + left.stream().map(SchemaChange::describe).toList());
            }
            List<String> catalog = MysqlCatalog.difference(catalog(db), catalog(reference));
            if (!catalog.isEmpty()) {
                problems.add("information_schema differs between the applied (-) and a freshly built (+) database:\n  "
                        + String.join("\n  ", catalog));
            }
            if (!problems.isEmpty()) {
                fail(c + ":\n" + String.join("\n", problems));
            }
        } finally {
            SERVER.dropDatabase(db);
            if (reference != null) {
                SERVER.dropDatabase(reference);
            }
        }
    }

    /** The independent catalog lines of {@code db}, with its name replaced by a placeholder. */
    private static java.util.SortedSet<String> catalog(String db) throws java.sql.SQLException {
        return MysqlCatalog.describe(SERVER, db).stream().map(l -> l.replace(db, "<db>"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static SyncRequest request(String db, Path schemaFile) {
        return new SyncRequest(DatabaseUrl.parse(SERVER.url(db)), null, new SqlFilesSource(List.of(schemaFile), null), null);
    }

    static Schema inspect(String db) {
        try (Session s = Session.open(DatabaseUrl.parse(SERVER.url(db)), null, false)) {
            return s.inspect();
        }
    }

    private static ApplyResult apply(Case c, SyncRequest request) {
        try {
            return new ApplyUseCase().run(request, ApplyOptions.auto(true));
        } catch (RuntimeException e) {
            String plan;
            try {
                plan = describe(new PlanUseCase().run(request));
            } catch (RuntimeException again) {
                plan = "  (cannot plan either: " + again.getMessage() + ")";
            }
            throw new AssertionError(c + ":\napply failed: " + e.getMessage() + "\nplan was:\n" + plan, e);
        }
    }

    static String describe(PlanResult r) {
        StringBuilder sb = new StringBuilder();
        for (PlanStep step : r.plan().steps()) {
            sb.append("  -- ").append(step.comment()).append('\n');
            step.statements().forEach(st -> sb.append("  ").append(st.sql().replace("\n", "\n  ")).append(";\n"));
        }
        return sb.toString();
    }
}
