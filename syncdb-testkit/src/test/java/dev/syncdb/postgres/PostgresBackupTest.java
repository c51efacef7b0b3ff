package dev.syncdb.postgres;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.backup.BackupUseCase;
import dev.syncdb.engine.backup.RestoreUseCase;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The built-in PostgreSQL dump: backup, drop everything, restore, and every row is back as it was. */
class PostgresBackupTest {
    static final String SCHEMA = """
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE SEQUENCE invoice_no START 1000;
            CREATE TABLE people (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              boss_id bigint REFERENCES people (id),
              name text NOT NULL,
              note text,
              photo bytea,
              settings jsonb,
              raw json,
              born timestamptz,
              salary numeric(12, 3),
              token uuid,
              tags text[],
              feeling mood,
              score double precision,
              span interval,
              upper_name text GENERATED ALWAYS AS (upper(name)) STORED
            );
            CREATE TABLE orders (
              id serial PRIMARY KEY,
              person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
              invoice bigint DEFAULT nextval('invoice_no'),
              total numeric
            );
            CREATE TABLE "Mixed Case" (k int PRIMARY KEY, "Value" text);
            CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 10;
            """;
    static final String DATA = """
            INSERT INTO people (boss_id, name, note, photo, settings, raw, born, salary, token, tags, feeling, score, span)
            VALUES (NULL, 'Ann', E'two\\nlines\\tand a tab \\\\ backslash', '\\x00ff10'::bytea, '{"a": [1, 2], "b": null}',
                    '{"keep":  "spacing"}', '2026-11-25 05:30:00.123456+02', 12345.678, gen_random_uuid(),
                    ARRAY['x', 'y,z', NULL, 'q"uote'], 'happy', 0.1, '1 day 02:03:04');
            INSERT INTO people (boss_id, name) VALUES (1, 'Bob'), (2, 'Cy');
            INSERT INTO people (boss_id, name, note, photo) VALUES (NULL, 'Nulls', NULL, NULL);
            UPDATE people SET boss_id = 3 WHERE id = 1;
            INSERT INTO orders (person_id, total) VALUES (1, 9.99), (2, 100.5), (3, NULL);
            DELETE FROM orders WHERE id = 3;
            INSERT INTO "Mixed Case" VALUES (1, 'one');
            """;

    @TempDir
    Path dir;
    PgServer pg;
    String db;
    DatabaseUrl url;

    @BeforeEach
    void fresh() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        url = DatabaseUrl.parse(pg.url(db));
        pg.run(db, SCHEMA);
        pg.run(db, DATA);
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(db);
    }

    @Test
    void backupDropRestoreGivesIdenticalRowsAndSequences() throws SQLException {
        Map<String, List<String>> before = rows();
        BackupResult b = new BackupUseCase().run(url, null, Backup.into(dir, null));
        assertThat(b.file().getFileName().toString()).matches(db + "-\\d{8}T\\d{6}Z\\.dump");
        // built-in here (the embedded server is 17, Debian's pg_dump 15); pg_dump where a 17+ one is installed
        assertThat(b.method()).matches("built-in dump|pg_dump [0-9.]+");
        assertThat(b.rowCounts()).containsEntry("people", 4L).containsEntry("orders", 2L).containsEntry("Mixed Case", 1L);

        pg.run(db, "DROP SCHEMA public CASCADE; DROP TYPE IF EXISTS mood; CREATE SCHEMA public;");
        RestoreResult r = new RestoreUseCase().run(url, null, b.file(), s -> false);

        assertThat(r.rows()).isEqualTo(7);
        assertThat(rows()).isEqualTo(before);
        pg.run(db, "INSERT INTO people (name) VALUES ('next'); INSERT INTO orders (person_id) VALUES (1)");
        assertThat(single("SELECT max(id) FROM people")).isEqualTo("5");
        assertThat(single("SELECT max(id) FROM orders")).isEqualTo("4");
        assertThat(single("SELECT invoice FROM orders WHERE id = 4")).isEqualTo("1003");
        assertThat(single("SELECT count(*) FROM big_orders")).isEqualTo("1");
        assertThat(single("SELECT count(*) FROM pg_constraint WHERE contype = 'f'")).isEqualTo("2");
    }

    @Test
    void restoreIntoNonEmptyDatabaseIsRefusedUnlessConfirmed() throws SQLException {
        Map<String, List<String>> before = rows();
        BackupResult b = new BackupUseCase().run(url, null, Backup.into(dir, null));
        pg.run(db, "INSERT INTO \"Mixed Case\" VALUES (2, 'two')");

        assertThatThrownBy(() -> new RestoreUseCase().run(url, null, b.file(), s -> false))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("not empty")
                .extracting(e -> ((SyncdbException) e).exitCode()).isEqualTo(3);
        assertThat(single("SELECT count(*) FROM \"Mixed Case\"")).isEqualTo("2");

        new RestoreUseCase().run(url, null, b.file(), s -> true);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aDamagedDumpChangesNothing() throws Exception {
        BackupResult b = new BackupUseCase().run(url, null, Backup.into(dir, null));
        Path broken = dir.resolve("broken.dump");
        java.nio.file.Files.write(broken, new byte[]{'P', 'K', 3, 4, 0});
        assertThatThrownBy(() -> new RestoreUseCase().run(url, null, broken, s -> true))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("restore of").hasMessageContaining("failed");
        assertThat(single("SELECT count(*) FROM people")).isEqualTo("4");
        assertThat(b.bytes()).isPositive();
    }

    private String single(String sql) throws SQLException {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Map<String, List<String>> rows() throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String t : List.of("people", "orders", "\"Mixed Case\"")) {
            List<String> rows = new ArrayList<>();
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            out.put(t, rows);
        }
        return out;
    }
}
