package dev.syncdb.sqlite;

import dev.syncdb.dialect.CatalogQuery;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of a bulk catalog query on a real SQLite database: every column by its label, and a text
 * repeated on many rows (a table's name on each of its column rows) held once.
 */
class CatalogRowsSqliteTest {

    @Test
    void aTableNameRepeatedOnItsColumnRowsIsOneObject() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total real DEFAULT 0)");
            List<Map<String, Object>> rows = new CatalogQuery(SqliteInspector.class, c, "main",
                    Map.of("SCHEMA", SqliteQuote.ident("main"))).rows("columns");

            assertThat(rows).extracting(r -> CatalogQuery.text(r, "column_name")).containsExactly("id", "customer", "total");
            assertThat(rows).allSatisfy(r -> assertThat(CatalogQuery.text(r, "table_name")).isEqualTo("orders"));
            assertThat(rows.get(0).get("table_name")).isSameAs(rows.get(1).get("table_name"))
                    .isSameAs(rows.get(2).get("table_name"));
            assertThat(CatalogQuery.number(rows.get(1), "not_null")).isEqualTo(1);
            assertThat(CatalogQuery.text(rows.get(2), "dflt_value")).isEqualTo("0");
        }
    }
}
