package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.CreateTablesResult;
import dev.syncdb.engine.apply.RecreateResult;
import dev.syncdb.engine.verify.VerifyResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable forms ({@code --json}) of the commands that change or confirm the database:
 * {@code apply} (and {@code syncdb --auto}), {@code syncdb --force-recreate}, {@code verify}, {@code create-tables}, {@code backup} and
 * {@code restore}. Paths are relative to the working directory when inside it; targets are masked.
 * Field names are part of the command-line contract (docs/json/*.schema.json).
 */
public final class RunJson {
    private RunJson() {
    }

    /**
     * An apply: its outcome ({@code applied}, {@code nothing_to_do}, {@code declined}), how long it took,
     * the backup taken before it (null = none), the {@code --report} page written (null = none) and the plan.
     */
    public static String apply(ApplyResult r, String desired, BackupResult backup, String report, Path workDir) {
        ObjectNode root = Json.object();
        root.put("target", r.planned().maskedUrl());
        root.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        Duration elapsed = r.elapsed();
        if (elapsed == null) {
            root.putNull("elapsedMs");
        } else {
            root.put("elapsedMs", elapsed.toMillis());
        }
        backup(root, "backup", backup, workDir);
        root.put("report", report);
        root.set("plan", JsonReport.report(r.planned(), desired));
        return Json.write(root);
    }

    /** A recreation: the tables dropped and created, the seed files and statements run, the backup taken first (null = none). */
    public static String recreate(RecreateResult r, String desired, java.util.List<String> seed, Path workDir) {
        ObjectNode root = Json.object();
        root.put("target", r.maskedUrl());
        root.put("serverVersion", r.serverVersion());
        root.put("desired", desired);
        r.dropped().forEach(root.putArray("dropped")::add);
        r.created().forEach(root.putArray("created")::add);
        seed.forEach(root.putArray("seed")::add);
        root.put("seedStatements", r.seedStatements());
        root.put("elapsedMs", r.elapsedMillis());
        backup(root, "backup", r.backup(), workDir);
        return Json.write(root);
    }

    /** A verify: the required tables, whether all are present and, with a desired schema, whether the database matches it. */
    public static String verify(VerifyResult v, String desired) {
        ObjectNode root = Json.object();
        root.put("target", v.maskedUrl());
        root.put("serverVersion", v.serverVersion());
        var required = root.putArray("required");
        v.required().forEach(t -> required.addObject().put("table", t.name()).put("present", t.present()));
        root.put("requiredPresent", v.requiredPresent());
        root.put("desired", v.planned() == null ? null : desired);
        root.put("matches", v.matches());
        if (v.planned() == null) {
            root.putNull("plan");
        } else {
            root.set("plan", JsonReport.report(v.planned(), desired));
        }
        return Json.write(root);
    }

    /** A create-tables run: the tables created, skipped (they exist) and kept (not desired), and the differences not applied. */
    public static String createTables(CreateTablesResult r, String desired, boolean missingOnly) {
        ObjectNode root = Json.object();
        root.put("target", r.maskedUrl());
        root.put("serverVersion", r.serverVersion());
        root.put("desired", desired);
        root.put("missingOnly", missingOnly);
        r.created().forEach(root.putArray("created")::add);
        r.skipped().forEach(root.putArray("skipped")::add);
        r.extra().forEach(root.putArray("extra")::add);
        r.differences().stream().map(SchemaChange::describe).forEach(root.putArray("differences")::add);
        root.put("elapsedMs", r.elapsedMillis());
        return Json.write(root);
    }

    /** A backup written by {@code syncdb backup}. */
    public static String backup(String maskedTarget, BackupResult r, Path workDir) {
        ObjectNode root = Json.object();
        root.put("target", maskedTarget);
        backup(root, "backup", r, workDir);
        return Json.write(root);
    }

    /** A restore: the file, its tables with their verified row counts, and how it was loaded. */
    public static String restore(String maskedTarget, RestoreResult r, Path workDir) {
        ObjectNode root = Json.object();
        root.put("target", maskedTarget);
        root.put("file", Json.path(workDir, r.file()));
        root.put("method", r.method());
        root.put("tables", r.tables());
        root.put("rows", r.rows());
        rowCounts(root, r.rowCounts());
        return Json.write(root);
    }

    private static void backup(ObjectNode parent, String field, BackupResult r, Path workDir) {
        if (r == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode b = parent.putObject(field);
        b.put("file", Json.path(workDir, r.file()));
        b.put("bytes", r.bytes());
        b.put("method", r.method());
        b.put("tables", r.tables());
        b.put("rows", r.rows());
        rowCounts(b, r.rowCounts());
        r.notes().forEach(b.putArray("notes")::add);
    }

    private static void rowCounts(ObjectNode node, Map<String, Long> counts) {
        ObjectNode n = node.putObject("rowCounts");
        counts.forEach(n::put);
    }
}
