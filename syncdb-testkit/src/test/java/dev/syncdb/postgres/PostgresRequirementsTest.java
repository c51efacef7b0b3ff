package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.plan.Statement;
import dev.syncdb.testkit.scenario.PgScenarioDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the target server must offer, checked before anything runs: an extension it cannot install
 * (or not in the version asked) and a role a desired privilege names that it lacks are one-line
 * errors (exit 1), and nothing of the plan runs. The desired models here come from elsewhere (another
 * server, a cache), which is how such a schema reaches a target that lacks what it needs.
 */
class PostgresRequirementsTest {
    private final PgFixture fx = new PgFixture();
    @TempDir
    Path dir;

    @AfterEach
    void dropDatabase() {
        fx.drop();
    }

    @Test
    void anExtensionTheServerDoesNotHaveIsAnErrorBeforeAnythingRuns() throws Exception {
        Schema desired = withObject(tableOnly(), extension("no_such_extension", "1.0"));
        assertRefusedBeforeApply(desired, DiffOptions.DEFAULT, "extension no_such_extension is not available on this"
                + " server (not in pg_available_extensions): install its package on the server, or remove it from"
                + " the desired schema");
    }

    @Test
    void anExtensionVersionTheServerDoesNotOfferIsAnErrorBeforeAnythingRuns() throws Exception {
        Schema desired = withObject(tableOnly(), extension("citext", "0.0.1"));
        assertRefusedBeforeApply(desired, DiffOptions.DEFAULT, "extension citext version 0.0.1 is not available on"
                + " this server (it offers ");
    }

    @Test
    void aRoleMissingOnTheTargetIsAnErrorBeforeAnythingRunsWhenPrivilegesAreCompared() throws Exception {
        PgScenarioDatabases.withCorpusRoles(fx.server);
        Schema granted = materialized("CREATE TABLE t (id integer); GRANT SELECT ON t TO reader;");
        Schema desired = withObject(granted, null);
        List<SchemaObject> objects = new ArrayList<>();
        for (SchemaObject o : granted.objects()) {
            objects.add(o.kind() != Kind.PRIVILEGE ? o : renamedGrantee(o, "ghost_role_404"));
        }
        desired = new Schema(desired.name(), desired.tables(), desired.enums(), desired.sequences(), desired.views(),
                objects, List.of());
        assertRefusedBeforeApply(desired, DiffOptions.DEFAULT.withPrivileges(true), "role ghost_role_404 does not"
                + " exist on this server, but the desired privileges grant to it: create it first, or leave"
                + " privileges out (without --privileges)");
        PlanResult ignored = new PlanUseCase().run(new SyncRequest(fx.url, null, source(desired), DiffOptions.DEFAULT));
        assertThat(ignored.plan().steps()).extracting(s -> s.comment()).containsExactly("create table t");
    }

    @Test
    void anExtensionIsCreatedIfMissingInTheManagedSchemaAtTheDesiredVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("desired.sql"), "CREATE EXTENSION citext;");
        PlanResult plan = new PlanUseCase().run(new SyncRequest(fx.url, null, new SqlFilesSource(List.of(file), null),
                DiffOptions.DEFAULT));
        String version = fx.scalar(fx.db, "SELECT default_version FROM pg_available_extensions WHERE name = 'citext'");
        assertThat(plan.plan().steps().get(0).statements()).extracting(Statement::sql)
                .containsExactly("CREATE EXTENSION IF NOT EXISTS citext SCHEMA public VERSION '" + version + "'");
        assertThat(plan.plan().steps().get(0).reverse()).extracting(Statement::sql).containsExactly("DROP EXTENSION citext");
    }

    private void assertRefusedBeforeApply(Schema desired, DiffOptions options, String message) throws Exception {
        SyncRequest request = new SyncRequest(fx.url, null, source(desired), options);
        assertThatThrownBy(() -> new PlanUseCase().run(request)).isInstanceOfSatisfying(SyncdbException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(SyncdbException.ERROR);
            assertThat(e.getMessage()).startsWith(message).doesNotContain("\n");
        });
        assertThatThrownBy(() -> new ApplyUseCase().run(request, ApplyOptions.auto(true)))
                .isInstanceOf(SyncdbException.class).hasMessageStartingWith(message);
        assertThat(fx.inspect().tables()).isEmpty();
    }

    private Schema tableOnly() throws Exception {
        return materialized("CREATE TABLE t (id integer);");
    }

    /** The schema {@code sql} builds, read from a database of its own. */
    private Schema materialized(String sql) throws Exception {
        PgFixture other = new PgFixture();
        try {
            return other.sql(sql).inspect();
        } finally {
            other.drop();
        }
    }

    private static Schema withObject(Schema s, SchemaObject extra) {
        List<SchemaObject> objects = new ArrayList<>(s.objects());
        if (extra != null) {
            objects.add(extra);
        }
        return new Schema(s.name(), s.tables(), s.enums(), s.sequences(), s.views(), objects, List.of());
    }

    private static SchemaObject extension(String name, String version) {
        return new SchemaObject(Kind.EXTENSION, name, null, name, "CREATE EXTENSION " + name + " VERSION '" + version + "'",
                Map.of("version", version), List.of(), List.of());
    }

    private static SchemaObject renamedGrantee(SchemaObject o, String role) {
        Map<String, String> props = new HashMap<>(o.properties());
        props.put("grantee", role);
        return new SchemaObject(o.kind(), role, o.table(), o.identity().replace(o.name(), role),
                o.definition().replace(o.name(), role), props, o.dependsOn(), o.usedBy());
    }

    /** A desired source that hands over a model read elsewhere. */
    private static DesiredSource source(Schema s) {
        return new DesiredSource() {
            @Override
            public Schema load(Session target) {
                return s;
            }

            @Override
            public String describe() {
                return "a model read elsewhere";
            }
        };
    }
}
