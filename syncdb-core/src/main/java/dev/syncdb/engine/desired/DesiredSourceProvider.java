package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;

import java.util.ServiceLoader;

/**
 * A maker of desired sources from entity classes (such as JPA {@code @Entity} classes), found at run
 * time through {@link ServiceLoader}, so front ends depend on the core only and the module that
 * reads entities (with its ORM) is an optional part of the distribution.
 */
public interface DesiredSourceProvider {

    /** The desired source that reads the entities {@code spec} describes. */
    DesiredSource entities(EntitySpec spec);

    /**
     * The desired source of the first provider on the class path; an error when there is none.
     */
    static DesiredSource forEntities(EntitySpec spec) {
        for (DesiredSourceProvider p : ServiceLoader.load(DesiredSourceProvider.class,
                DesiredSourceProvider.class.getClassLoader())) {
            return p.entities(spec);
        }
        throw SyncdbException.error("reading entities needs the syncdb-jpa module, which is not on the class path"
                + " (use the full syncdb.jar, or pass --schema)");
    }
}
