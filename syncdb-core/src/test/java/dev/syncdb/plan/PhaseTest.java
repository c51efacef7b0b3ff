package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Test
    void theVisitorHasOneMethodPerChangeKind() {
        Set<Class<?>> visited = Arrays.stream(SchemaChange.Visitor.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("visit"))
                .map(Method::getParameterTypes)
                .peek(p -> assertThat(p).hasSize(1))
                .map(p -> p[0])
                .collect(Collectors.toSet());
        assertThat(visited).containsExactlyInAnyOrder(SchemaChange.class.getPermittedSubclasses());
    }

    @Test
    void everyChangeKindHasAnInverseThatUndoesIt() {
        for (Class<?> k : SchemaChange.class.getPermittedSubclasses()) {
            SchemaChange c = PhaseTestSupport.sample(k);
            SchemaChange inverse = Inverse.of(c);
            assertThat(inverse).as(k.getSimpleName()).isNotNull();
            assertThat(Inverse.of(inverse)).as(k.getSimpleName()).isEqualTo(c);
        }
    }
}
