package dev.syncdb.cli;

import dev.syncdb.testkit.readme.Normalize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static dev.syncdb.cli.ReadmeOutput.assertShows;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's transcripts of "Security" that SQLite shows: backup files and folders, the git warning, a restore refused. */
class ReadmeSecurityOutputTest {
    @TempDir
    Path tmp;

    @Test
    void backupsAreOwnerOnlyIgnoredAndWarnedAbout() throws Exception {
        Path shop = Files.createDirectories(tmp.resolve("shop/.git")).getParent();
        Files.setPosixFilePermissions(shop, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + shop.resolve("shop.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
            st.executeUpdate("INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com')");
        }
        Transcript t = new Transcript(shop, Map.of("DATABASE_URL", "sqlite:" + shop.resolve("shop.db")), "syncdb");
        t.run("backup");
        assertThat(t.last().code()).as(String.join("\n", t.lines())).isZero();
        t.say("$ ls -la backups/");
        ListingLines.of(shop.resolve("backups")).forEach(t::say);
        t.cat("backups/.gitignore");
        t.run("backup", "--out", "shop-copy.db");
        Normalize n = new Normalize().replacing("work tree " + shop + " ", "work tree /tmp/shop ").replacing(shop + "/", "")
                .replacing(" by " + System.getProperty("user.name"), " by root");
        assertShows("security-backups", t.lines(), n, ListingLines::normalized);

        Files.setPosixFilePermissions(shop.resolve("shop-copy.db"), PosixFilePermissions.fromString("rw--w----"));
        Transcript refused = new Transcript(shop, Map.of("DATABASE_URL", "sqlite:" + shop.resolve("shop.db")), "syncdb");
        refused.run("restore", "shop-copy.db", "--confirm", "RESTORE");
        assertThat(refused.last().code()).isEqualTo(3);
        assertShows("security-restore-refused", refused.lines(), n);
    }
}
