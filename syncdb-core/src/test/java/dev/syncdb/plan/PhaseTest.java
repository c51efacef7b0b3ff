package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseTest {

    @Test
    void everyChangeKindHasAPhase() {
        Class<?>[] kinds = SchemaChange.class.getPermittedSubclasses();
        assertThat(kinds).hasSizeGreaterThan(25);
        for (Class<?> k : kinds) {
            assertThat(PhaseTestSupport.phaseOf(k)).as(k.getSimpleName()).isNotNull();
        }
    }
}
