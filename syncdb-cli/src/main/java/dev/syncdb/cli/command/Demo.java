package dev.syncdb.cli.command;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.output.BackupText;
import dev.syncdb.cli.output.DemoText;
import dev.syncdb.cli.output.Style;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-command demo: version 1 of a sample shop schema (shipped in the jar, from
 * {@code examples/demo/}) is created in a new SQLite file with a few rows, then the plan to version 2
 * is shown with its hazards, applied in one transaction after a backup, and verified: no difference
 * left, every row still there.
 */
public final class Demo {
    private static final String RESOURCES = "/dev/syncdb/cli/demo/";

    private final CliContext ctx;
    private final DemoText text;

    public Demo(CliContext ctx, Style style) {
        this.ctx = ctx;
        this.text = new DemoText(ctx.out(), style);
    }

    public int run(Path requested) throws IOException, SQLException {
        Path dir = Files.createTempDirectory("syncdb-demo");
        Path db = requested != null ? requested : dir.resolve("shop.db");
        if (Files.exists(db)) {
            throw SyncdbException.error("demo database " + db + " exists already: choose another --db");
        }
        DatabaseUrl url = DatabaseUrl.parse("sqlite:" + db.toAbsolutePath());
        Path v1 = copy(dir, "v1.sql");
        Path v2 = copy(dir, "v2.sql");
        text.heading(1, "Create the demo database " + db + " from version 1 (examples/demo/v1.sql), with sample rows");
        new ApplyUseCase().run(request(url, v1), ApplyOptions.auto(false));
        runSql(url, copy(dir, "seed.sql"));
        Map<String, Long> before = rowCounts(url);
        text.heading(2, "Current state");
        text.rowCounts(before);
        text.heading(3, "Plan from version 1 to version 2 (examples/demo/v2.sql): every step with its hazards");
        PlanResult planned = new PlanUseCase().run(request(url, v2));
        text.plan(planned, "examples/demo/v2.sql");
        text.heading(4, "Back up, then apply the plan in one transaction (tables SQLite cannot ALTER are rebuilt, keeping every row)");
        Backup backup = Backup.into(dir.resolve("backups"), r -> new BackupText(ctx.workDir(), ctx.out()).taken(r, "  "));
        ApplyResult applied = new ApplyUseCase().run(request(url, v2), ApplyOptions.auto(false).withBackup(backup));
        text.applied(applied);
        text.heading(5, "Verify");
        return verify(url, v2, before, db, v1);
    }

    private int verify(DatabaseUrl url, Path v2, Map<String, Long> before, Path db, Path v1) throws SQLException {
        boolean inSync = new PlanUseCase().run(request(url, v2)).inSync();
        Map<String, Long> after = rowCounts(url);
        boolean kept = before.entrySet().stream().allMatch(e -> e.getValue().equals(after.get(e.getKey())));
        text.verified(inSync, before, after);
        text.tryNext(ctx.env().getOrDefault("SYNCDB_LAUNCHER", "syncdb"), db, v1);
        return inSync && kept ? ExitCode.OK : ExitCode.ERROR;
    }

    private static SyncRequest request(DatabaseUrl url, Path schema) {
        return new SyncRequest(url, null, new SqlFilesSource(List.of(schema), null), null);
    }

    private static Path copy(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Demo.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw SyncdbException.error("demo file " + name + " is missing from the syncdb jar");
            }
            Files.copy(in, target);
        }
        return target;
    }

    private void runSql(DatabaseUrl url, Path file) throws IOException, SQLException {
        try (Session s = Session.open(url, null, false, ctx.dialectContext()); Statement st = s.connection().createStatement()) {
            for (String sql : Files.readString(file).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
    }

    private Map<String, Long> rowCounts(DatabaseUrl url) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Session s = Session.open(url, null, false, ctx.dialectContext()); Statement st = s.connection().createStatement()) {
            for (Table t : s.inspect().tables()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t.name().replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    out.put(t.name(), rs.getLong(1));
                }
            }
        }
        return out;
    }
}
