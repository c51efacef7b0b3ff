package dev.syncdb.cli.wizard;

import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.VerifyResult;
import dev.syncdb.engine.verify.VerifyUseCase;
import dev.syncdb.cli.ExitCode;

import java.util.OptionalInt;

/**
 * Step "Verify": the apply inspected the database again and found no difference left (it fails
 * otherwise); this step says so and checks the required tables, exit 1 when one is missing.
 */
final class WizardVerify implements WizardStep {

    @Override
    public String title() {
        return "Verify";
    }

    @Override
    public OptionalInt run(WizardState s) {
        s.mark(true, "the database matches the desired schema: inspected again after the apply, no difference left");
        VerifyResult v = new VerifyUseCase(s.settings.context(s.ctx)).run(s.settings.url(), s.settings.schemaName(), null, s.options.required());
        for (RequiredTable r : v.required()) {
            s.mark(r.present(), "required table " + r.name() + (r.present() ? "" : " is missing"));
        }
        s.out().println();
        s.out().println(v.requiredPresent() ? "Done: applied and verified." : "Applied and verified, but "
                + RequiredTable.missing(v.required()).size() + " required table(s) are missing.");
        return WizardStep.stop(v.requiredPresent() ? ExitCode.OK : ExitCode.ERROR);
    }
}
