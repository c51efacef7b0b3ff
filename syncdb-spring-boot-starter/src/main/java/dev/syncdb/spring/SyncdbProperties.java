package dev.syncdb.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code syncdb.*} settings of an application: what to do at start-up ({@link Mode}), where the
 * desired schema comes from (schema files, entity packages or a migrations directory), whether
 * data-losing steps may run, and how long to wait for the syncdb lock.
 */
@ConfigurationProperties(prefix = "syncdb")
public class SyncdbProperties {

    /** What syncdb does with the application's database at start-up. */
    public enum Mode {
        /** Start-up fails, listing the differences, when the database is not as desired. */
        VALIDATE,
        /** Applies the plan (data-losing steps only with {@code allow-destructive}), then starts. */
        APPLY,
        /** Does nothing. */
        OFF
    }

    /** validate (default), apply or off. */
    private Mode mode = Mode.VALIDATE;

    /** Desired schema files (schema.sql), e.g. classpath:db/schema.sql; when empty, the entities. */
    private List<String> schema = new ArrayList<>();

    /** Package prefixes of the JPA entities; when empty, the application's auto-configuration packages. */
    private List<String> entities = new ArrayList<>();

    /**
     * Naming of tables and columns for entities: spring, jpa, or a naming strategy class; when unset,
     * the application's spring.jpa.hibernate.naming.physical-strategy, else spring (Boot's default).
     */
    private String naming;

    /** A migrations directory (e.g. classpath:db/migrations): when set, pending migrations run instead of a diff. */
    private String migrations;

    /** Whether apply may run steps that lose data (dropping a table or a column, narrowing a type). */
    private boolean allowDestructive;

    /** The managed namespace (a PostgreSQL schema); empty = the database's default. */
    private String namespace;

    /** How long apply waits for another process's syncdb lock. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public List<String> getSchema() {
        return schema;
    }

    public void setSchema(List<String> schema) {
        this.schema = schema;
    }

    public List<String> getEntities() {
        return entities;
    }

    public void setEntities(List<String> entities) {
        this.entities = entities;
    }

    public String getNaming() {
        return naming;
    }

    public void setNaming(String naming) {
        this.naming = naming;
    }

    public String getMigrations() {
        return migrations;
    }

    public void setMigrations(String migrations) {
        this.migrations = migrations;
    }

    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }
}
