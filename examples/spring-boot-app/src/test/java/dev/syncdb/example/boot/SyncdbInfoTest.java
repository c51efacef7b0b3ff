package dev.syncdb.example.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the example application with Spring Boot Actuator on SQLite and reads the {@code syncdb}
 * entry of its info endpoint: what the start-up run did, on which database (its password masked)
 * and against which desired schema.
 */
class SyncdbInfoTest {
    private static final String[] SQLITE = {
            "--spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect",
            "--spring.jpa.properties.hibernate.query.mutation_strategy.persistent.create_tables=false",
            // no web server in this example: the endpoint bean exists once the endpoint counts as exposed
            "--management.endpoints.web.exposure.include=info"};

    @TempDir
    Path dir;

    @Test
    void applyThenValidateShowInTheInfoEntryWithoutThePassword() {
        Instant before = Instant.now();
        String url = "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("shop.db");
        String password = "--spring.datasource.password=s3cret-pw";
        Map<String, Object> applied = syncdbInfo(url, password, "--syncdb.mode=apply");
        assertThat(applied).containsEntry("mode", "apply").containsEntry("result", "applied").containsEntry("changes", 4)
                .containsEntry("desiredSchema", "entities in dev.syncdb.example.boot");
        assertThat((String) applied.get("summary")).startsWith("applied 4 step(s) to sqlite SQLite ");
        assertThat((String) applied.get("database")).startsWith("jdbc:sqlite:").contains("shop.db", "password=***")
                .doesNotContain("s3cret");
        assertThat(Instant.parse((String) applied.get("startedAt"))).isBetween(before, Instant.now());
        assertThat((Long) applied.get("durationMs")).isPositive();

        Map<String, Object> validated = syncdbInfo(url, "--syncdb.mode=validate");
        assertThat(validated).containsEntry("mode", "validate").containsEntry("result", "in-sync")
                .containsEntry("changes", 0).containsEntry("database", "jdbc:sqlite:" + dir.resolve("shop.db"));
        assertThat((String) validated.get("summary")).endsWith("is in sync with entities in dev.syncdb.example.boot");
    }

    @Test
    void migrationsAndTheirLocationShowInTheInfoEntry() {
        String url = "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("migrated.db");
        Map<String, Object> migrated = syncdbInfo(url, "--syncdb.migrations=classpath:db/migrations", "--syncdb.mode=apply");
        assertThat(migrated).containsEntry("mode", "apply").containsEntry("result", "migrated").containsEntry("changes", 1)
                .containsEntry("desiredSchema", "migrations in classpath:db/migrations")
                .containsEntry("summary", "migrated the database from version base to 1 (1 migration(s) from classpath:db/migrations)");
    }

    @Test
    void offShowsOnlyTheModeWithoutTouchingTheDatabase() {
        String url = "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("untouched.db");
        Map<String, Object> off = syncdbInfo(url, "--syncdb.mode=off", "--spring.jpa.hibernate.ddl-auto=none");
        assertThat(off).containsEntry("mode", "off").containsEntry("result", "off").doesNotContainKeys("database", "desiredSchema");
    }

    /** Starts the application with {@code args} (on SQLite, info exposed), returns its info's syncdb entry and stops it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> syncdbInfo(String... args) {
        String[] all = new String[SQLITE.length + args.length];
        System.arraycopy(SQLITE, 0, all, 0, SQLITE.length);
        System.arraycopy(args, 0, all, SQLITE.length, args.length);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).run(all)) {
            Object entry = app.getBean(InfoEndpoint.class).info().get("syncdb");
            assertThat(entry).as("the info endpoint's syncdb entry").isInstanceOf(Map.class);
            return (Map<String, Object>) entry;
        }
    }
}
