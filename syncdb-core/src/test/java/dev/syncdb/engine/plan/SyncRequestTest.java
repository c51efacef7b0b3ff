package dev.syncdb.engine.plan;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.plan.DataFixes;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SyncRequestTest {
    private final Timings timings = new Timings();
    private final SyncRequest request = new SyncRequest(DatabaseUrl.parse("jdbc:sqlite:shop.db"), "main", null,
            DiffOptions.DEFAULT, DataFixes.NONE, timings);

    @Test
    void withDiffOptionsKeepsTheTimingsAndEverythingElse() {
        DiffOptions renames = new DiffOptions(Map.of("customer", "client"), Map.of());

        SyncRequest changed = request.withDiffOptions(renames);

        assertThat(changed.diffOptions()).isEqualTo(renames);
        assertThat(changed.timings()).isSameAs(timings);
        assertThat(changed.fixes()).isSameAs(request.fixes());
        assertThat(changed.target()).isEqualTo(request.target());
        assertThat(changed.schemaName()).isEqualTo("main");
    }

    @Test
    void withFixesKeepsTheTimings() {
        assertThat(request.withFixes(DataFixes.NONE).timings()).isSameAs(timings);
    }
}
