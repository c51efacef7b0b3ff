package dev.syncdb.plan;

import java.lang.reflect.Field;
import java.util.Map;

/** Reads the phase table by class, so a test can prove it covers every change kind. */
final class PhaseTestSupport {

    private PhaseTestSupport() {
    }

    @SuppressWarnings("unchecked")
    static Phase phaseOf(Class<?> kind) {
        try {
            Field f = Phase.class.getDeclaredField("BY_CHANGE");
            f.setAccessible(true);
            return ((Map<Class<?>, Phase>) f.get(null)).get(kind);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
