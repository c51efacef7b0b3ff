package dev.syncdb.cli;

import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.NeedsMysql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's MariaDB output block is what {@code check} prints today (see {@link ReadmeOutputTest}). */
@NeedsMysql
class ReadmeMysqlOutputTest {
    private final MysqlServer server = MysqlServer.local();

    @TempDir
    Path dir;

    @Test
    void mariadbCheck() throws Exception {
        String db = server.freshDatabase();
        try {
            server.run(db, "CREATE TABLE customers (id int NOT NULL PRIMARY KEY, email varchar(100) NOT NULL,"
                    + " status enum('new','active','closed','banned') NOT NULL DEFAULT 'new', KEY customers_email (email))");
            server.run(db, "CREATE TABLE legacy_export (id int NOT NULL PRIMARY KEY, payload text)");
            Files.writeString(dir.resolve("schema.sql"), """
                    CREATE TABLE customers (
                      id int NOT NULL PRIMARY KEY,
                      email varchar(255) NOT NULL,
                      status enum('new','active','closed') NOT NULL DEFAULT 'new',
                      name varchar(100),
                      updated_at timestamp NULL DEFAULT NULL,
                      UNIQUE KEY customers_email (email)
                    );
                    CREATE TABLE orders (
                      id int NOT NULL PRIMARY KEY,
                      customer_id int NOT NULL,
                      total decimal(10,2) NOT NULL,
                      CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
                    );
                    CREATE VIEW big_orders AS SELECT id, customer_id, total FROM orders WHERE total > 100;
                    """);
            String url = server.url(db);
            Transcript t = new Transcript(dir, Map.of(), "./syncdb");
            t.run("check", "--url", url, "--schema", "schema.sql");
            assertThat(t.last().code()).isEqualTo(2);
            Normalize n = new Normalize().replacing(url, "mysql://root@127.0.0.1:3306/shop")
                    .replacing("schema " + db, "schema shop").replacing(dir + "/", "");
            ReadmeOutput.assertShows("mariadb-check", t.lines(), n);
        } finally {
            server.dropDatabase(db);
        }
    }
}
