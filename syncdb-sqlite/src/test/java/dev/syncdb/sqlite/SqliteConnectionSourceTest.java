package dev.syncdb.sqlite;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A session on a URL that carries a connection source takes its connection from there, not from the URL. */
class SqliteConnectionSourceTest {

    @TempDir
    Path dir;

    @Test
    void sessionUsesTheHandedInConnectionAndClosesItWhenDone() throws Exception {
        Path pooled = dir.resolve("pooled.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + pooled); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE accounts (id integer PRIMARY KEY)");
        }
        AtomicInteger opened = new AtomicInteger();
        Connection[] given = new Connection[1];
        DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:" + dir.resolve("named-only.db")).withConnections(() -> {
            opened.incrementAndGet();
            given[0] = DriverManager.getConnection("jdbc:sqlite:" + pooled);
            return given[0];
        });

        try (Session s = Session.open(url, null, false)) {
            assertThat(s.dialect().name()).isEqualTo("sqlite");
            assertThat(s.inspect().tables()).extracting(t -> t.name()).containsExactly("accounts");
        }
        assertThat(opened).hasValue(1);
        assertThat(given[0].isClosed()).isTrue();
        assertThat(Files.exists(dir.resolve("named-only.db"))).isFalse();
        assertThat(url.masked()).isEqualTo("jdbc:sqlite:" + dir.resolve("named-only.db"));
        assertThat(DatabaseUrl.parse("sqlite:x.db").connections()).isEmpty();
    }
}
