package dev.syncdb.engine.plan;

import dev.syncdb.diff.RenameCandidate;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PreflightReport;

import java.util.List;
import java.util.Optional;

/**
 * What planning found: the target (masked URL, dialect, server version, namespace), both schemas,
 * the raw differences, the ordered plan, the live-data preflight of its risky steps, the rename
 * suggestions (drops and adds that may really be renames), and what the desired source found
 * besides the schema ({@code source}, e.g. the entities it read). The plan never applies a
 * suggestion; a front end asks the user and plans again with the accepted ones
 * ({@code request.withDiffOptions(request.diffOptions().accepting(candidate))}).
 */
public record PlanResult(String maskedUrl, String dialect, String serverVersion, String schemaName,
                         Schema current, Schema desired, List<SchemaChange> changes, Plan plan,
                         List<PreflightReport> preflight, List<RenameCandidate> renameCandidates,
                         SourceFindings source) {

    public PlanResult {
        preflight = preflight == null ? List.of() : List.copyOf(preflight);
        renameCandidates = renameCandidates == null ? List.of() : List.copyOf(renameCandidates);
        source = source == null ? SourceFindings.NONE : source;
    }

    public PlanResult(String maskedUrl, String dialect, String serverVersion, String schemaName,
                      Schema current, Schema desired, List<SchemaChange> changes, Plan plan,
                      List<PreflightReport> preflight, SourceFindings source) {
        this(maskedUrl, dialect, serverVersion, schemaName, current, desired, changes, plan, preflight, List.of(), source);
    }

    public PlanResult(String maskedUrl, String dialect, String serverVersion, String schemaName,
                      Schema current, Schema desired, List<SchemaChange> changes, Plan plan,
                      List<PreflightReport> preflight) {
        this(maskedUrl, dialect, serverVersion, schemaName, current, desired, changes, plan, preflight, List.of(), null);
    }

    public PlanResult(String maskedUrl, String dialect, String serverVersion, String schemaName,
                      Schema current, Schema desired, List<SchemaChange> changes, Plan plan) {
        this(maskedUrl, dialect, serverVersion, schemaName, current, desired, changes, plan, List.of());
    }

    /** The preflight report of step {@code index} (0-based), when that step needed a check. */
    public Optional<PreflightReport> preflight(int index) {
        return preflight.stream().filter(r -> r.step() == index).findFirst();
    }

    /** The reports of steps the data would make fail. */
    public List<PreflightReport> blocked() {
        return preflight.stream().filter(PreflightReport::blocked).toList();
    }

    public boolean inSync() {
        return plan.isEmpty();
    }
}
