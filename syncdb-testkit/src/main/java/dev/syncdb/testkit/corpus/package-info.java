/**
 * The third-party corpus runner: sqldef's current → desired cases run against syncdb on real
 * databases, in both directions, with the engine the CLI uses.
 *
 * <p>How a case is judged:
 * <ul>
 *   <li>Skipped, with a stated reason ({@link dev.syncdb.testkit.corpus.SkipRules}): MySQL (not supported
 *       yet), {@code offline}, a {@code flavor} the server does not have, a version range excluding the
 *       server, role and privilege management ({@code user}, {@code managed_roles}, {@code manage}),
 *       sqldef's own {@code config} options, and {@code enable_drop: false}.</li>
 *   <li>Rejected by the database: the server itself refuses {@code current} or {@code desired}; counted
 *       apart, since syncdb was never asked.</li>
 *   <li>Passed: in each direction, apply (destructive steps allowed) succeeds, its verification finds
 *       nothing left, and a second plan is empty.</li>
 *   <li>{@code error} cases (sqldef refuses them) run without permission for destructive steps and pass
 *       when syncdb refuses (exit code 3) or converges, which then needed no data-losing step.</li>
 *   <li>{@code -- @renamed} hints are not passed to syncdb yet: a rename runs as drop + add.</li>
 * </ul>
 * Each case runs on the shared scenario engine ({@link dev.syncdb.testkit.scenario.ScenarioRunner}).
 * Entry points: {@link dev.syncdb.testkit.corpus.CorpusReport} (writes {@code docs/corpus.md}) and the
 * {@code CorpusTest} of this module (fails on failures not in the known-failures list).
 */
package dev.syncdb.testkit.corpus;
