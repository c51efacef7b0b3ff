package dev.syncdb.example.billing;

import dev.syncdb.spring.SyncdbStartup;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter with entities in two PostgreSQL schemas: on a new database {@code syncdb.mode=apply}
 * creates the {@code billing} schema and its table before Hibernate validates them (ddl-auto=validate),
 * and a second start under {@code validate} finds everything in sync.
 */
class BillingApplicationTest {

    @Test
    void entitiesInTwoSchemasAreCreatedAtStartUpThenValidate() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            String url = "--spring.datasource.url=" + pg.jdbcUrl(db);
            String user = "--spring.datasource.username=postgres";
            try (ConfigurableApplicationContext app = start(url, user, "--syncdb.mode=apply")) {
                assertThat(app.getBean(SyncdbStartup.class).outcome()).contains("public, billing");
                Account acme = app.getBean(AccountRepository.class).save(new Account("Acme"));
                app.getBean(InvoiceRepository.class).save(new Invoice(acme, new BigDecimal("99.90")));
            }
            assertThat(tables(pg, db)).contains("billing.invoices", "public.accounts");
            try (ConfigurableApplicationContext app = start(url, user, "--syncdb.mode=validate")) {
                assertThat(app.getBean(SyncdbStartup.class).outcome()).contains("in sync with entities in");
                assertThat(app.getBean(InvoiceRepository.class).findAll()).extracting(Invoice::getAmount)
                        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("99.90"));
            }
        } finally {
            pg.dropDatabase(db);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.jpa.hibernate.ddl-auto=validate");
        all.add("--spring.jpa.open-in-view=false");
        return new SpringApplicationBuilder(BillingApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run(all.toArray(String[]::new));
    }

    private static List<String> tables(PgServer pg, String db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ('public', 'billing')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
