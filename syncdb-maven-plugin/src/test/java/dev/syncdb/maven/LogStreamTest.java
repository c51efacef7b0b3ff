package dev.syncdb.maven;

import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogStreamTest {

    @Test
    void everyLineBecomesOneLogLineAndAnUnfinishedLastLineIsLoggedOnClose() {
        List<String> lines = new ArrayList<>();
        PrintStream out = LogStream.to(lines::add);
        out.println("Target:  sqlite:app.db");
        out.print("a\r\n\nb é");
        out.flush();
        assertThat(lines).containsExactly("Target:  sqlite:app.db", "a", "");
        out.print(" c");
        out.close();
        assertThat(lines).containsExactly("Target:  sqlite:app.db", "a", "", "b é c");
    }

    @Test
    void progressLinesAreInformationAndWarningsStayWarnings() {
        assertThat(AbstractSyncdbMojo.informational("  [2/5] add column users.phone (at 1.2 s)")).isTrue();
        assertThat(AbstractSyncdbMojo.informational("  ... still running: add column users.phone (40 s)")).isTrue();
        assertThat(AbstractSyncdbMojo.informational("warning: .env can be read by other users")).isFalse();
        assertThat(AbstractSyncdbMojo.informational("waiting for the syncdb lock on sqlite:app.db, held by pid 1")).isFalse();
    }

    @Test
    void theCommandLinesHintsNameTheGoals() {
        assertThat(AbstractSyncdbMojo.inMavenTerms("2 steps, 0 destructive. Run `syncdb plan` to see the SQL, `syncdb apply` to apply it."))
                .isEqualTo("2 steps, 0 destructive. Run `mvn syncdb:plan` to see the SQL, `mvn syncdb:apply` to apply it.");
        assertThat(AbstractSyncdbMojo.inMavenTerms("Found 1 entity (1 table) in 1 package (--verbose lists them)"))
                .isEqualTo("Found 1 entity (1 table) in 1 package (-Dsyncdb.verbose lists them)");
    }
}
