package dev.syncdb.testkit.scenario;

/**
 * How strictly a {@link ScenarioRunner} judges a direction.
 *
 * @param allowDestructive  apply may run data-losing steps
 * @param acceptRefusal     a refusal as unsafe passes (sqldef's {@code error} cases)
 * @param requireChange     the first apply must have changed something
 * @param compareInspected  syncdb's differ must find nothing between the applied database and one built
 *                          from the target SQL directly
 * @param requireManaged    the inspector must report no unmanaged objects in either database
 * @param explainFailures   a failed apply is reported with the plan it attempted (costs a second plan)
 * @param catalog           the independent catalog check; null for the databases' column lines
 */
public record ScenarioOptions(boolean allowDestructive, boolean acceptRefusal, boolean requireChange,
                              boolean compareInspected, boolean requireManaged, boolean explainFailures,
                              CatalogReader catalog) {

    /** The round-trip suites: every check, destructive steps allowed, the databases' column lines as catalog. */
    public static ScenarioOptions roundTrip() {
        return new ScenarioOptions(true, false, true, true, false, true, null);
    }

    /**
     * The corpus: convergence and the column lines; an {@code error} case runs without permission for
     * destructive steps and passes when refused.
     */
    public static ScenarioOptions corpus(boolean expectsError) {
        return new ScenarioOptions(!expectsError, expectsError, false, false, false, false, null);
    }

    /** The same options with this catalog check. */
    public ScenarioOptions withCatalog(CatalogReader reader) {
        return new ScenarioOptions(allowDestructive, acceptRefusal, requireChange, compareInspected, requireManaged,
                explainFailures, reader);
    }

    /** The same options, also requiring that the inspector reports no unmanaged objects. */
    public ScenarioOptions requiringManaged() {
        return new ScenarioOptions(allowDestructive, acceptRefusal, requireChange, compareInspected, true,
                explainFailures, catalog);
    }
}
