package dev.syncdb.spring;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.DesiredSourceProvider;
import dev.syncdb.engine.desired.EntitySpec;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.session.RunLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The bean that runs syncdb once, when it is created (before the beans that depend on it: the
 * entity manager factory, JDBC templates): it reads the {@code syncdb.*} properties, builds the
 * target from the application's DataSource and the desired source, and hands over to
 * {@link SchemaSync} (schema files or entities) or {@link MigrationSync} (a migrations directory).
 * {@link #outcome()} says what it did in a line, {@link #run()} in parts.
 */
public class SyncdbStartup implements InitializingBean {
    static final Log LOG = LogFactory.getLog(SyncdbStartup.class);

    private final DataSource dataSource;
    private final SyncdbProperties properties;
    private final Environment environment;
    private final ResourceLoader resources;
    private final BeanFactory beanFactory;
    private volatile SyncdbRun run;

    SyncdbStartup(DataSource dataSource, SyncdbProperties properties, Environment environment,
                  ResourceLoader resources, BeanFactory beanFactory) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.environment = environment;
        this.resources = resources;
        this.beanFactory = beanFactory;
    }

    /** One line on what the start-up run did ("in sync with ...", "applied 2 step(s) ...", "off"). */
    public String outcome() {
        SyncdbRun done = run;
        return done == null ? "not run" : done.outcome().summary();
    }

    /** What the start-up run did, where and when; null before it ran. */
    public SyncdbRun run() {
        return run;
    }

    @Override
    public void afterPropertiesSet() {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        if (properties.getMode() == SyncdbProperties.Mode.OFF) {
            run = SyncdbRun.of(properties.getMode(), new SyncdbRun.Outcome(SyncdbRun.Result.OFF, 0, "off"), null, null,
                    startedAt, Duration.ZERO);
            LOG.info("syncdb: off (syncdb.mode=off)");
            return;
        }
        DatabaseUrl target = DataSourceTarget.of(dataSource, environment);
        DialectContext context = new DialectContext(Map.of(), System.getProperty("user.name", "unknown"),
                message -> LOG.warn("syncdb: " + message));
        try {
            SyncdbRun.Outcome outcome;
            String desiredSchema;
            if (properties.getMigrations() != null && !properties.getMigrations().isBlank()) {
                desiredSchema = "migrations in " + properties.getMigrations();
                outcome = migrations(target, context);
            } else {
                SchemaSync sync = schemaSync(target, context);
                desiredSchema = sync.what();
                outcome = properties.getMode() == SyncdbProperties.Mode.APPLY
                        ? sync.apply(properties.isAllowDestructive()) : sync.validate();
            }
            run = SyncdbRun.of(properties.getMode(), outcome, target, desiredSchema, startedAt,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SyncdbException e) {
            throw new SyncdbStartupException("syncdb (" + mode() + ") on " + target.masked() + ": " + e.getMessage(),
                    e.exitCode() == SyncdbException.REFUSED ? "Nothing was changed; see the reason above."
                            : "Fix the cause above, or set syncdb.mode=off to start without syncdb.", e);
        }
        LOG.info("syncdb: " + run.outcome().summary() + " (" + run.took().toMillis() + " ms)");
    }

    private SchemaSync schemaSync(DatabaseUrl target, DialectContext context) {
        DesiredSource desired = desired();
        RunLock lock = new RunLock(properties.getLockTimeout(), message -> LOG.info("syncdb: " + message));
        String what = properties.getSchema().isEmpty() ? desired.describe() : String.join(", ", properties.getSchema());
        return new SchemaSync(target, properties.getNamespace(), desired, what, context, lock);
    }

    private SyncdbRun.Outcome migrations(DatabaseUrl target, DialectContext context) {
        try {
            MigrationSync sync = new MigrationSync(target, properties.getNamespace(),
                    new ResourcePaths(resources).directory(properties.getMigrations()), properties.getMigrations(),
                    properties.getLockTimeout(), context);
            return properties.getMode() == SyncdbProperties.Mode.APPLY ? sync.apply() : sync.validate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read syncdb.migrations " + properties.getMigrations(), e);
        }
    }

    /** The schema files when {@code syncdb.schema} is set, else the entities of the configured or the application's packages. */
    private DesiredSource desired() {
        if (!properties.getSchema().isEmpty()) {
            try {
                return new SqlFilesSource(new ResourcePaths(resources).files(properties.getSchema()), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read syncdb.schema " + properties.getSchema(), e);
            }
        }
        List<String> packages = properties.getEntities();
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        String naming = properties.getNaming() != null && !properties.getNaming().isBlank() ? properties.getNaming()
                : environment.getProperty("spring.jpa.hibernate.naming.physical-strategy", "spring");
        return DesiredSourceProvider.forEntities(new EntitySpec(packages, List.of(), naming, null));
    }

    private String mode() {
        return "syncdb.mode=" + properties.getMode().name().toLowerCase();
    }
}
