package dev.syncdb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @Test
    void demoRunsTheWholeWorkflowOnSqliteAndKeepsEveryRow(@TempDir Path dir) {
        Path db = dir.resolve("shop.db");
        CliRunner.Result r = CliRunner.run(dir, Map.of(), "demo", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.exists(db)).isTrue();
        assertThat(r.out()).contains("Step 5/5", "rebuild table orders", "hazard DD201", "Backup: ", "VACUUM INTO",
                "✅ the database matches version 2", "✅ customers: 3 rows (was 3)", "✅ orders: 5 rows (was 5)");
        assertThat(r.out()).doesNotContain("❌");
        CliRunner.Result check = CliRunner.run(dir, Map.of(), "check", "--url", "sqlite:" + db,
                "--schema", Path.of("").toAbsolutePath().getParent().resolve("examples/demo/v2.sql").toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    @Test
    void theNextStepsItPrintsRunFromAnyDirectory(@TempDir Path dir, @TempDir Path elsewhere) {
        CliRunner.Result r = CliRunner.run(dir, Map.of("SYNCDB_LAUNCHER", "/opt/syncdb/bin/syncdb"), "demo",
                "--db", dir.resolve("shop.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String wayBack = r.out().lines().filter(l -> l.endsWith("(the way back)")).findFirst().orElseThrow().strip();
        assertThat(wayBack).startsWith("/opt/syncdb/bin/syncdb plan --url sqlite:/").doesNotContain("examples/");
        String[] args = wayBack.substring("/opt/syncdb/bin/syncdb ".length(), wayBack.indexOf("    (")).split(" ");
        CliRunner.Result plan = CliRunner.run(elsewhere, Map.of(), args);
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("drop table order_lines");
    }

    @Test
    void demoNeverOverwritesAnExistingFile(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("mine.db");
        Files.writeString(db, "precious");
        CliRunner.Result r = CliRunner.run(dir, Map.of(), "demo", "--db", db.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: demo database").contains("exists already");
        assertThat(Files.readString(db)).isEqualTo("precious");
    }
}
