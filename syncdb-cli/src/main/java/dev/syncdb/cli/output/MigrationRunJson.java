package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.engine.migrate.AdoptUseCase;
import dev.syncdb.engine.migrate.GenerateMigrationUseCase;
import dev.syncdb.engine.migrate.MigrationRunResult;
import dev.syncdb.engine.migrate.RepairUseCase;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationScript;

import java.nio.file.Path;

/**
 * The machine-readable forms ({@code --json}) of the migration commands that do something:
 * {@code upgrade}, {@code downgrade} and {@code stamp} (one shape: a run), {@code stamp --from}
 * (a run and what was adopted), {@code repair}, {@code show} and {@code migrate generate}. Paths are
 * relative to the working directory when inside it. Field names are part of the command-line contract.
 */
public final class MigrationRunJson {
    private MigrationRunJson() {
    }

    /** A run: {@code dryRun} with the SQL it would run ({@code --sql}), else the history rows it recorded. */
    public static String run(MigrationRunResult r) {
        return Json.write(runTree(r));
    }

    /** {@code stamp --from}: the run, the other tool's position, and the baseline file written (null = none). */
    public static String adopted(AdoptUseCase.Result a, Path workDir) {
        ObjectNode root = runTree(a.run());
        ObjectNode adopted = root.putObject("adopted");
        adopted.put("tool", a.adopted().tool().name().toLowerCase(java.util.Locale.ROOT));
        adopted.put("table", a.adopted().table());
        adopted.put("position", a.adopted().position());
        adopted.put("detail", a.adopted().detail());
        root.put("baseline", Json.path(workDir, a.baseline()));
        root.put("baselineSteps", a.baselineSteps());
        return Json.write(root);
    }

    /** {@code repair}: the files whose new checksum was accepted, and the interrupted statements marked done. */
    public static String repaired(RepairUseCase.Result result) {
        ObjectNode root = Json.object();
        var repaired = root.putArray("repaired");
        result.repaired().forEach(r -> repaired.addObject().put("file", r.file()).put("oldChecksum", r.oldChecksum())
                .put("newChecksum", r.newChecksum()));
        var resolved = root.putArray("resolved");
        result.resolved().forEach(r -> resolved.addObject().put("file", r.file()).put("statement", r.statement())
                .put("sql", r.sql()));
        return Json.write(root);
    }

    /** {@code show}: one migration's version, description, and up and down files (down null = none). */
    public static String show(Migration m, Path workDir) {
        ObjectNode root = Json.object();
        root.put("version", m.version().text());
        root.put("description", m.description());
        script(root, "up", m.up(), workDir);
        script(root, "down", m.down(), workDir);
        return Json.write(root);
    }

    /** {@code migrate generate}: whether files were written, the version, the files and the plan they hold. */
    public static String generated(GenerateMigrationUseCase.Result r, String desired, boolean replay, String format, Path workDir) {
        ObjectNode root = Json.object();
        root.put("written", r.written());
        root.put("version", r.version() == null ? null : r.version().text());
        root.put("format", format);
        root.put("replay", replay);
        var files = root.putArray("files");
        r.files().forEach(f -> files.add(Json.path(workDir, f)));
        root.set("plan", JsonReport.report(r.planned(), desired));
        return Json.write(root);
    }

    private static ObjectNode runTree(MigrationRunResult r) {
        ObjectNode root = Json.object();
        root.put("target", r.target());
        root.put("from", r.from());
        root.put("to", r.to());
        root.put("dryRun", r.dryRun());
        root.put("sql", r.sql());
        var ran = root.putArray("ran");
        for (HistoryRow row : r.ran()) {
            MigrationJson.row(ran.addObject(), row);
        }
        return root;
    }

    private static void script(ObjectNode root, String field, MigrationScript s, Path workDir) {
        if (s == null) {
            root.putNull(field);
            return;
        }
        ObjectNode n = root.putObject(field);
        n.put("file", s.fileName());
        n.put("path", Json.path(workDir, s.path()));
        n.put("checksum", s.checksum().hex());
        n.put("transactional", s.transactional());
        n.put("sql", s.text().strip());
    }
}
