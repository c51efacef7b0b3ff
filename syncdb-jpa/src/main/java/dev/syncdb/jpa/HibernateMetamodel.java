package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import org.hibernate.mapping.Table;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate's boot metamodel of the scanned classes for one target dialect and server version,
 * built without any database connection, and the CREATE script Hibernate derives from it. Closing
 * it releases Hibernate's service registry. Package-private: Hibernate's types never leave this
 * module.
 */
final class HibernateMetamodel implements AutoCloseable {
    /**
     * Hibernate reports on its own start (version, "no connection provider") at INFO/WARN level on
     * java.util.logging; without a database that is noise for a command-line tool. Held here so the
     * level sticks.
     */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private HibernateMetamodel(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /** Builds the metamodel; a mapping Hibernate rejects is a one-line error with its message. */
    static HibernateMetamodel build(EntityScan scan, HibernateTarget target, String naming) {
        StandardServiceRegistry registry = registry(scan.loader(), target, naming);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(scan.loader());
            MetadataSources sources = new MetadataSources(registry);
            scan.supporting().forEach(sources::addAnnotatedClass);
            scan.entities().forEach(sources::addAnnotatedClass);
            return new HibernateMetamodel(registry, sources.buildMetadata());
        } catch (RuntimeException | LinkageError e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw MappingErrors.translate(e, scan);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static StandardServiceRegistry registry(ClassLoader loader, HibernateTarget target, String naming) {
        Map<String, Object> namingSettings = NamingSettings.forNaming(naming, loader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.DIALECT, target.dialectClass())
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false")
                .applySettings(namingSettings);
        if (target.major() != null) {
            builder.applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, target.major().toString())
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, target.minor().toString());
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            BootstrapServiceRegistryBuilder.destroy(bootstrap);
            throw SyncdbException.error("cannot start Hibernate for " + target.dialectClass() + ": "
                    + MappingErrors.rootMessage(e));
        }
    }

    /** The metamodel itself, for reading tables, keys and columns. */
    Metadata metadata() {
        return metadata;
    }

    /** The Hibernate dialect the metamodel was built for (with the server version applied). */
    Dialect dialect() {
        return registry.requireService(JdbcEnvironment.class).getDialect();
    }

    /**
     * Hibernate's own CREATE script for the metamodel: one statement per line, each ended with
     * {@code ;}, the same text {@code jakarta.persistence.schema-generation.scripts.action=create}
     * writes.
     */
    String createScript() {
        StringWriter out = new StringWriter();
        Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, out);
        settings.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        settings.put(AvailableSettings.FORMAT_SQL, "false");
        try {
            SchemaManagementToolCoordinator.process(metadata, registry, settings, null);
        } catch (RuntimeException e) {
            throw SyncdbException.error("Hibernate cannot write the CREATE script: " + MappingErrors.rootMessage(e));
        }
        return out.toString();
    }

    /**
     * The script that materializes the desired schema: Hibernate's CREATE script, completed with
     * the constraints Hibernate leaves out where ALTER TABLE cannot add them.
     */
    String desiredScript() {
        String script = createScript();
        return dialect().hasAlterTable() ? script : new InlineConstraints(metadata, dialect()).complete(script);
    }

    /**
     * The tables entities and their collections map (lower case), without the tables Hibernate
     * adds for its own use, such as the tables that emulate sequences; a table of a schema other
     * than the run's own ({@code own}; null = names without schemas) is named {@code schema.name}, as
     * the desired model names it.
     */
    Set<String> mappedTables(String own) {
        Set<String> out = new TreeSet<>();
        metadata.getEntityBindings().forEach(pc -> {
            pc.getTableClosure().forEach(t -> addTable(out, t, own));
            pc.getJoinClosure().forEach(j -> addTable(out, j.getTable(), own));
            addTable(out, pc.getTable(), own);
        });
        metadata.getCollectionBindings().forEach(c -> addTable(out, c.getCollectionTable(), own));
        return out;
    }

    private static void addTable(Set<String> out, Table t, String own) {
        if (t != null && t.isPhysicalTable() && !t.isAbstractUnionTable()) {
            out.add(EntityNamespaces.modelName(t, own));
        }
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
