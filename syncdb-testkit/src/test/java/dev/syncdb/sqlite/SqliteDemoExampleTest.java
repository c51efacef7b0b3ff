package dev.syncdb.sqlite;

import dev.syncdb.diff.DiffOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-command demo's schemas (examples/demo): v1 applies, rows go in, v2 applies and keeps them. */
class SqliteDemoExampleTest {

    @TempDir
    Path tmp;

    @Test
    void v1ThenV2KeepsTheRowsAndConverges() throws Exception {
        Path demo = Path.of("..", "examples", "demo");
        SqliteFixture db = new SqliteFixture(tmp.resolve("demo.db"));
        db.apply(demo.resolve("v1.sql"), DiffOptions.DEFAULT);
        db.script("""
                INSERT INTO customers (id, email, name) VALUES (1, 'ann@example.com', 'Ann'), (2, 'bo@example.com', NULL);
                INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 30), (2, 2, 12), (3, 1, 7);
                """);
        List<String> customers = db.rows("customers");

        db.apply(demo.resolve("v2.sql"), DiffOptions.DEFAULT);

        assertThat(db.rows("customers")).hasSize(2).allMatch(r -> r.endsWith("phone=null"));
        assertThat(customers).hasSize(2);
        assertThat(db.rows("orders")).hasSize(3).allMatch(r -> r.contains("status=new"));
        assertThat(db.plan(demo.resolve("v2.sql"), DiffOptions.DEFAULT).inSync()).isTrue();
    }
}
