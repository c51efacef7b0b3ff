package dev.syncdb.example.boot;

import dev.syncdb.spring.SyncdbStartupException;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.readme.ReadmeCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts the real example application (Spring Boot, Hibernate with ddl-auto=validate) on SQLite and
 * on PostgreSQL, so syncdb's start-up run must have settled the schema before Hibernate checks it.
 * What the start-ups log is the README's Spring Boot output (its blocks marked {@code boot-...}).
 */
class ShopApplicationTest {
    private static final String SQLITE_DIALECT = "--spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect";
    /** On SQLite Hibernate otherwise creates HTE_* helper tables in the database, which no entity maps. */
    private static final String SQLITE_NO_HELPER_TABLES =
            "--spring.jpa.properties.hibernate.query.mutation_strategy.persistent.create_tables=false";

    @TempDir
    Path dir;

    @Test
    void sqliteApplyCreatesTablesBeforeHibernateValidatesThenValidatePasses() throws Exception {
        String url = "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("shop.db");
        List<String> applied = Printed.by(() -> {
            try (ConfigurableApplicationContext app = start(url, SQLITE_DIALECT, SQLITE_NO_HELPER_TABLES,
                    "--syncdb.mode=apply")) {
                Customer ada = app.getBean(CustomerRepository.class).save(new Customer("Ada", "ada@example.com"));
                app.getBean(PurchaseOrderRepository.class).save(new PurchaseOrder(ada, new BigDecimal("12.50"),
                        LocalDateTime.of(2026, 12, 3, 10, 0)));
            }
        });
        ReadmeCheck.assertShows("boot-sqlite-apply", applied, new Normalize());
        List<String> validated = new ArrayList<>();
        try (ConfigurableApplicationContext app = started(validated, url, SQLITE_DIALECT, SQLITE_NO_HELPER_TABLES,
                "--syncdb.mode=validate")) {
            ReadmeCheck.assertShows("boot-sqlite-validate", validated, new Normalize());
            Customer ada = app.getBean(CustomerRepository.class).findByEmail("ada@example.com").orElseThrow();
            assertThat(ada.getName()).isEqualTo("Ada");
            assertThat(app.getBean(PurchaseOrderRepository.class).findByCustomer(ada))
                    .extracting(PurchaseOrder::getTotal).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("12.50"));
            assertThat(app.getBean(dev.syncdb.spring.SyncdbStartup.class).outcome()).contains("in sync with entities in");
        }
    }

    @Test
    void sqliteSchemaFileAsTheDesiredSchema() {
        String url = "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("from-file.db");
        try (ConfigurableApplicationContext app = start(url, SQLITE_DIALECT, SQLITE_NO_HELPER_TABLES,
                "--syncdb.schema=classpath:db/schema-sqlite.sql", "--syncdb.mode=apply")) {
            assertThat(app.getBean(dev.syncdb.spring.SyncdbStartup.class).outcome())
                    .contains("applied 4 step(s)", "in sync with classpath:db/schema-sqlite.sql");
            // a schema file gives structure only: its INSERT of the sequence table's first row is not a difference
            assertThat(app.getBean(CustomerRepository.class).findAll()).isEmpty();
        }
    }

    @Test
    void sqliteMigrationsArePendingUnderValidateAndRunUnderApply() throws Exception {
        String url = "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("migrated.db");
        String migrations = "--syncdb.migrations=classpath:db/migrations";
        List<String> pending = Printed.by(() -> assertThatThrownBy(() -> start(url, SQLITE_DIALECT, SQLITE_NO_HELPER_TABLES,
                migrations, "--syncdb.mode=validate"))
                .satisfies(e -> assertThat(syncdbCause(e).getMessage())
                        .contains("1 migration(s) in classpath:db/migrations are pending", "1 shop")));
        ReadmeCheck.assertShows("boot-migrations-validate", pending, new Normalize());
        List<String> log = new ArrayList<>();
        try (ConfigurableApplicationContext app = started(log, url, SQLITE_DIALECT, SQLITE_NO_HELPER_TABLES, migrations,
                "--syncdb.mode=apply")) {
            assertThat(app.getBean(dev.syncdb.spring.SyncdbStartup.class).outcome()).contains("from version base to 1");
            app.getBean(CustomerRepository.class).save(new Customer("Edsger", "edsger@example.com"));
        }
        try (ConfigurableApplicationContext app = started(log, url, SQLITE_DIALECT, SQLITE_NO_HELPER_TABLES, migrations,
                "--syncdb.mode=validate")) {
            assertThat(app.getBean(CustomerRepository.class).findByEmail("edsger@example.com")).isPresent();
        }
        ReadmeCheck.assertShows("boot-migrations-apply", log, new Normalize());
    }

    @Test
    void postgresDriftFailsValidateApplyFixesItAndADestructiveStepNeedsPermission() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            // an older version of the application's schema: a shorter name, no e-mail column, no orders, no sequences
            pg.run(db, "CREATE TABLE customers (id bigint PRIMARY KEY, name varchar(60) NOT NULL);"
                    + " INSERT INTO customers VALUES (1000, 'Grace')");
            String url = "--spring.datasource.url=" + pg.jdbcUrl(db);
            String user = "--spring.datasource.username=postgres";

            List<String> failed = Printed.by(() -> assertThatThrownBy(() -> start(url, user, "--syncdb.mode=validate"))
                    .satisfies(e -> assertThat(syncdbCause(e).getMessage())
                            .contains("syncdb.mode=validate", "differs from entities in dev.syncdb.example.boot")
                            .contains("add column customers.email", "purchase_orders", "character varying(120)")));
            ReadmeCheck.assertShows("boot-pg-validate", failed, new Normalize());
            assertThat(columns(pg, db, "customers")).containsExactly("id", "name");

            List<String> applied = new ArrayList<>();
            try (ConfigurableApplicationContext app = started(applied, url, user, "--syncdb.mode=apply")) {
                ReadmeCheck.assertShows("boot-pg-apply", applied, new Normalize());
                CustomerRepository customers = app.getBean(CustomerRepository.class);
                assertThat(customers.findAll()).extracting(Customer::getName).containsExactly("Grace");
                customers.save(new Customer("Alan", "alan@example.com"));
                assertThat(customers.findByEmail("alan@example.com")).isPresent();
            }
            assertThat(columns(pg, db, "customers")).containsExactly("id", "name", "email");

            // (c) a column the entities no longer have: dropping it loses data
            pg.run(db, "ALTER TABLE customers ADD COLUMN legacy_code text; UPDATE customers SET legacy_code = 'x'");
            List<String> refused = Printed.by(() -> assertThatThrownBy(() -> start(url, user, "--syncdb.mode=apply"))
                    .satisfies(e -> assertThat(syncdbCause(e).getMessage())
                            .contains("syncdb.mode=apply refused", "would lose data", "legacy_code")));
            ReadmeCheck.assertShows("boot-pg-refused", refused, new Normalize());
            assertThat(columns(pg, db, "customers")).contains("legacy_code");

            ReadmeCheck.assertShows("boot-pg-destructive",
                    Printed.by(() -> start(url, user, "--syncdb.mode=apply", "--syncdb.allow-destructive=true").close()),
                    new Normalize());
            assertThat(columns(pg, db, "customers")).doesNotContain("legacy_code");
        } finally {
            pg.dropDatabase(db);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run(args);
    }

    /** Starts the application, adding what its start-up printed to {@code log}. */
    private static ConfigurableApplicationContext started(List<String> log, String... args) throws Exception {
        ConfigurableApplicationContext[] app = new ConfigurableApplicationContext[1];
        log.addAll(Printed.by(() -> app[0] = start(args)));
        return app[0];
    }

    private static SyncdbStartupException syncdbCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SyncdbStartupException s) {
                return s;
            }
        }
        throw new AssertionError("start-up failed without a syncdb reason", e);
    }

    private static List<String> columns(PgServer pg, String db, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(db);
             ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME"));
            }
        }
        return out;
    }
}
