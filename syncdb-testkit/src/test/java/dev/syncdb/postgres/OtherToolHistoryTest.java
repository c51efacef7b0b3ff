package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.verify.StatusResult;
import dev.syncdb.engine.verify.StatusUseCase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database another migration tool manages is adopted as it is: Flyway itself migrates it (its
 * history table and all), Alembic's and Liquibase's tables are made by their shape; syncdb never
 * plans to drop or change them, applies the rest, and names them in {@code status}.
 */
class OtherToolHistoryTest extends FreshDatabaseTest {
    private static final String V1 = "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n";

    @Test
    void aFlywayDatabaseIsInSyncWithTheSchemaItsMigrationsMade() throws Exception {
        flywayMigrate();
        PlanResult plan = new PlanUseCase().run(request(V1));
        assertThat(plan.changes()).as("no difference, and no drop of flyway_schema_history").isEmpty();

        String edited = V1 + "CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id));\n";
        PlanResult next = new PlanUseCase().run(request(edited));
        assertThat(next.plan().steps()).extracting(st -> st.change().describe()).containsExactly("create table orders");
        new ApplyUseCase().run(request(edited), ApplyOptions.auto(true));
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(1);

        StatusResult status = new StatusUseCase().run(DatabaseUrl.parse(server.url(db)), null, null, List.of());
        assertThat(status.tables()).containsExactly("orders", "users");
        assertThat(status.otherHistories()).containsExactly("Flyway (flyway_schema_history)");
    }

    @Test
    void alembicAndLiquibaseTablesAreKeptEvenWithDestructiveStepsAllowed() throws Exception {
        server.run(db, V1 + "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);"
                + " INSERT INTO alembic_version VALUES ('ae1027a6acf');"
                + " CREATE TABLE databasechangelog (id varchar(255) NOT NULL, author varchar(255) NOT NULL);"
                + " CREATE TABLE databasechangeloglock (id integer PRIMARY KEY, locked boolean NOT NULL);");
        new ApplyUseCase().run(request(V1 + "CREATE TABLE tags (id integer PRIMARY KEY);\n"), ApplyOptions.auto(true));
        assertThat(count("SELECT count(*) FROM alembic_version")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name IN"
                + " ('databasechangelog', 'databasechangeloglock', 'tags')")).isEqualTo(3);
        StatusResult status = new StatusUseCase().run(DatabaseUrl.parse(server.url(db)), null, null, List.of());
        assertThat(status.otherHistories()).containsExactly("Alembic (alembic_version)",
                "Liquibase (databasechangelog, databasechangeloglock)");
    }

    private void flywayMigrate() throws Exception {
        Path migrations = Files.createDirectories(tmp.resolve("flyway"));
        Files.writeString(migrations.resolve("V1__users.sql"), V1);
        Flyway.configure().dataSource(server.jdbcUrl(db), "postgres", null)
                .locations("filesystem:" + migrations).load().migrate();
    }

    private SyncRequest request(String sql) throws Exception {
        Path schema = Files.writeString(tmp.resolve("schema.sql"), sql);
        return new SyncRequest(DatabaseUrl.parse(server.url(db)), null, new SqlFilesSource(List.of(schema), null), null);
    }

    private long count(String sql) throws Exception {
        try (Connection c = server.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
