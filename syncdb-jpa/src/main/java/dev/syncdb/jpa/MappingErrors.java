package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;

/**
 * Turns what Hibernate throws while reading the entity classes into one-line user errors: the
 * deepest useful message, with the entity it is about named when Hibernate's text does not name it.
 */
final class MappingErrors {

    private MappingErrors() {
    }

    static SyncdbException translate(Throwable e, EntityScan scan) {
        if (e instanceof SyncdbException s) {
            return s;
        }
        String message = rootMessage(e);
        String named = scan.entities().stream().map(Class::getName).filter(message::contains).findFirst()
                .or(() -> scan.entities().stream().map(Class::getSimpleName).filter(message::contains).findFirst())
                .orElse(null);
        String where = named != null ? "" : " (in one of: " + String.join(", ", shortList(scan)) + ")";
        return new SyncdbException(SyncdbException.ERROR, "Hibernate rejected the entity mapping: " + message + where, e);
    }

    /** The message of the cause that says most: the first one with a message, from the top down. */
    static String rootMessage(Throwable e) {
        String best = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = best == null ? t.getMessage() : best;
                if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                    return "missing type " + t.getMessage().replace('/', '.') + " (add it to the classpath)";
                }
                if (t instanceof TypeNotPresentException missing) {
                    return "missing type " + missing.typeName() + " (add it to the classpath)";
                }
            }
        }
        String text = best == null ? e.getClass().getName() : best;
        return text.strip().lines().findFirst().orElse(text);
    }

    private static java.util.List<String> shortList(EntityScan scan) {
        java.util.List<String> names = scan.entityNames();
        return names.size() <= 5 ? names : java.util.List.of(String.join(", ", names.subList(0, 5)), "...");
    }
}
