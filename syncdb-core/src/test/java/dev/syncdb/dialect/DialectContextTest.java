package dev.syncdb.dialect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The home directory and client option file a dialect sees come from its context, never from the JVM. */
class DialectContextTest {

    @Test
    void homeIsHomeElseUserprofileElseNone() {
        assertThat(new DialectContext(Map.of("HOME", "/h", "USERPROFILE", "C:\\u"), "t", w -> { }).home()).isEqualTo(Path.of("/h"));
        assertThat(new DialectContext(Map.of("USERPROFILE", "/u"), "t", w -> { }).home()).isEqualTo(Path.of("/u"));
        assertThat(new DialectContext(Map.of(), "t", w -> { }).home()).isNull();
    }

    @Test
    void theClientFileSurvivesANewEnvironment() {
        DialectContext c = new DialectContext(Map.of(), "t", w -> { }).withClientFile(Path.of("ci.cnf"));
        assertThat(c.withEnv(Map.of("HOME", "/h")).clientFile()).isEqualTo(Path.of("ci.cnf"));
        assertThat(c.withEnv(Map.of("HOME", "/h")).home()).isEqualTo(Path.of("/h"));
    }
}
