package dev.syncdb.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions, checksums and the directory's naming rules, without a database. */
class MigrationNamingTest {

    @Test
    void versionsCompareAsNumbersPartByPart() {
        List<Version> sorted = List.of("20261125053001", "2", "20261125053000_1", "10", "20261125053000").stream()
                .map(Version::new).sorted().toList();
        assertThat(sorted).extracting(Version::text)
                .containsExactly("2", "10", "20261125053000", "20261125053000_1", "20261125053001");
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        assertThat(Checksum.of("a\r\nb\r\n")).isEqualTo(Checksum.of("a\nb\n"));
        assertThat(Checksum.of("\uFEFFa\nb\n")).isEqualTo(Checksum.of("a\nb\n"));
        assertThat(Checksum.of("a\nb \n")).isNotEqualTo(Checksum.of("a\nb\n"));
        assertThat(Checksum.of("x").hex()).hasSize(64);
    }

    @Test
    void nextVersionAddsASuffixWhenTheTimestampIsTaken(@TempDir Path dir) throws Exception {
        MigrationDirectory d = new MigrationDirectory(dir);
        Instant now = Instant.parse("2026-11-25T05:30:00Z");
        assertThat(d.nextVersion(now).text()).isEqualTo("20261125053000");
        d.write(d.nextVersion(now), "a", "SELECT 1;\n", "SELECT 1;\n");
        assertThat(d.nextVersion(now).text()).isEqualTo("20261125053000_1");
        d.write(d.nextVersion(now), "b", "SELECT 2;\n", "SELECT 2;\n");
        assertThat(d.migrations()).extracting(m -> m.version().text())
                .containsExactly("20261125053000", "20261125053000_1");
        assertThat(MigrationDirectory.slug("Add users & E-mail index!")).isEqualTo("add_users_e_mail_index");
        Files.writeString(dir.resolve("README.md"), "not a migration");
        assertThat(d.migrations()).hasSize(2);
    }
}
