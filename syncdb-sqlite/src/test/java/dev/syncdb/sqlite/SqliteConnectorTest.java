package dev.syncdb.sqlite;

import dev.syncdb.dialect.DatabaseUrl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The database file each SQLite URL form names, including Windows paths with drive letters and backslashes. */
class SqliteConnectorTest {

    @Test
    void unixForms() {
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:data/app.db"))).isEqualTo("data/app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:///var/lib/app.db"))).isEqualTo("/var/lib/app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite::memory:"))).isEqualTo(":memory:");
    }

    @Test
    void windowsForms() {
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:C:\\data\\app.db"))).isEqualTo("C:\\data\\app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("jdbc:sqlite:D:\\work\\my app\\app.db")))
                .isEqualTo("D:\\work\\my app\\app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:///C:/data/app.db"))).isEqualTo("C:/data/app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:data\\app.db"))).isEqualTo("data\\app.db");
    }
}
