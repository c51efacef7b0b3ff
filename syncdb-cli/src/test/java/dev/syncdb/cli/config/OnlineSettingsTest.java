package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.wizard.Prompt;
import dev.syncdb.engine.plan.OnlineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How online settings come from the flags over syncdb.yaml over the defaults. */
class OnlineSettingsTest {
    @TempDir
    Path dir;

    private OnlineOptions resolve(String... args) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
        CommonOptions options = new CommonOptions();
        new CommandLine(options).parseArgs(args);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return new SettingsResolver(new CliContext(sink, sink, Map.of(), dir, Prompt.none())).resolve(options).online();
    }

    @Test
    void defaultsAreOnlineAboveAMillionRowsThreeSecondsFourRetries() throws Exception {
        OnlineOptions o = resolve("--url", "sqlite:app.db", "--schema", "schema.sql");
        assertThat(o).isEqualTo(OnlineOptions.DEFAULT);
        assertThat(o.mode()).isEqualTo(OnlineOptions.Mode.AUTO);
        assertThat(o.thresholdRows()).isEqualTo(1_000_000);
    }

    @Test
    void flagsWinOverTheConfigFile() throws Exception {
        Files.writeString(dir.resolve("syncdb.yaml"), "online: true\nonline-threshold-rows: 5000\nlock-wait-timeout: 500ms\n"
                + "lock-retries: 2\n");
        OnlineOptions file = resolve("--url", "sqlite:app.db", "--schema", "schema.sql");
        assertThat(file).isEqualTo(new OnlineOptions(OnlineOptions.Mode.ON, 5000, Duration.ofMillis(500), 2, false));
        OnlineOptions flags = resolve("--url", "sqlite:app.db", "--schema", "schema.sql", "--no-online",
                "--lock-wait-timeout", "1.5", "--lock-retries", "0", "--allow-rewrite");
        assertThat(flags).isEqualTo(new OnlineOptions(OnlineOptions.Mode.OFF, 5000, Duration.ofMillis(1500), 0, true));
    }

    @Test
    void badValuesAreOneLineErrors() throws Exception {
        assertThatThrownBy(() -> resolve("--url", "sqlite:app.db", "--schema", "schema.sql", "--lock-wait-timeout", "soon"))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("--lock-wait-timeout: expected a positive duration");
        Files.writeString(dir.resolve("syncdb.yaml"), "online: sometimes\n");
        assertThatThrownBy(() -> resolve("--url", "sqlite:app.db", "--schema", "schema.sql"))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("'online' must be true, false or auto");
    }
}
