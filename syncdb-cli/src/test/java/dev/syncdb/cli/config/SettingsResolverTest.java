package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.wizard.Prompt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsResolverTest {
    @TempDir
    Path dir;

    @BeforeEach
    void schemaFile() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
    }

    private Settings resolve(Map<String, String> env, String... args) {
        CommonOptions options = new CommonOptions();
        new CommandLine(options).parseArgs(args);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return new SettingsResolver(new CliContext(sink, sink, env, dir, Prompt.none())).resolve(options);
    }

    private Settings resolveOptional(String... args) {
        CommonOptions options = new CommonOptions();
        new CommandLine(options).parseArgs(args);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return new SettingsResolver(new CliContext(sink, sink, Map.of(), dir, Prompt.none())).resolveOptionalSchema(options);
    }

    @Test
    void entitiesAreADesiredSchemaForCommandsWhereOneIsOptional() throws IOException {
        Settings none = resolveOptional("--url", "sqlite:app.db");
        assertThat(none.hasDesired()).isFalse();
        Settings flag = resolveOptional("--url", "sqlite:app.db", "--entities", "com.example", "--classpath", "classes");
        assertThat(flag.hasDesired()).isTrue();
        assertThat(flag.entities().packages()).containsExactly("com.example");
        write("syncdb.yaml", "entities: com.example.shop\nclasspath: classes\n");
        Settings file = resolveOptional("--url", "sqlite:app.db");
        assertThat(file.entities().packages()).containsExactly("com.example.shop");
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void urlFlagWinsOverEverything() throws IOException {
        write(".env", "DATABASE_URL=postgresql://envfile/db\n");
        write("syncdb.yaml", "url: postgresql://yaml/db\n");
        Settings s = resolve(Map.of("DATABASE_URL", "postgresql://envvar/db"),
                "--url", "postgresql://flag/db", "--schema", "schema.sql");
        assertThat(s.url().host()).isEqualTo("flag");
        assertThat(s.urlSource()).isEqualTo("--url");
    }

    @Test
    void environmentVariableWinsOverDotEnvAndYaml() throws IOException {
        write(".env", "DATABASE_URL=postgresql://envfile/db\n");
        write("syncdb.yaml", "url: postgresql://yaml/db\n");
        Settings s = resolve(Map.of("DATABASE_URL", "postgresql://envvar/db"), "--schema", "schema.sql");
        assertThat(s.url().host()).isEqualTo("envvar");
        assertThat(s.urlSource()).isEqualTo("DATABASE_URL");
    }

    @Test
    void dotEnvWinsOverYamlAndBlankVariableIsIgnored() throws IOException {
        write(".env", "# local\nexport DATABASE_URL=\"postgresql://envfile/db\"\n");
        write("syncdb.yaml", "url: postgresql://yaml/db\n");
        Settings s = resolve(Map.of("DATABASE_URL", "  "), "--schema", "schema.sql");
        assertThat(s.url().host()).isEqualTo("envfile");
        assertThat(s.urlSource()).endsWith(".env");
    }

    @Test
    void yamlIsTheLastResortForUrlAndSchema() throws IOException {
        write("db/a.sql", "CREATE TABLE a (id int);");
        write("db/b.sql", "CREATE TABLE b (id int);");
        write("syncdb.yaml", "url: postgresql://yaml/db\nschema:\n  - db/a.sql\n  - db/b.sql\nschema-name: app\n");
        Settings s = resolve(Map.of());
        assertThat(s.url().host()).isEqualTo("yaml");
        assertThat(s.schema()).containsExactly(dir.resolve("db/a.sql"), dir.resolve("db/b.sql"));
        assertThat(s.schemaName()).isEqualTo("app");
    }

    @Test
    void yamlSchemaNameTakesSeveralSchemasAsAListOrCommaSeparated() throws IOException {
        write("syncdb.yaml", "url: postgresql://yaml/db\nschema: schema.sql\nschema-name:\n  - app\n  - billing\n");
        assertThat(dev.syncdb.dialect.Namespaces.split(resolve(Map.of()).schemaName())).containsExactly("app", "billing");
        write("syncdb.yaml", "url: postgresql://yaml/db\nschema: schema.sql\nschema-name: app, billing,util\n");
        assertThat(dev.syncdb.dialect.Namespaces.split(resolve(Map.of()).schemaName())).containsExactly("app", "billing", "util");
        assertThat(resolve(Map.of(), "--schema-name", "sales").schemaName()).isEqualTo("sales");
    }

    @Test
    void yamlSchemaAsStringIsRelativeToTheConfigFile() throws IOException {
        write("conf/project.yaml", "url: sqlite:app.db\nschema: ../schema.sql\n");
        Settings s = resolve(Map.of(), "--config", "conf/project.yaml");
        assertThat(s.schema()).hasSize(1);
        assertThat(s.schema().get(0).normalize()).isEqualTo(dir.resolve("schema.sql"));
        assertThat(s.url().scheme()).isEqualTo("sqlite");
    }

    @Test
    void schemaFlagWinsOverYamlAndSchemaNameFlagOverYaml() throws IOException {
        write("other.sql", "CREATE TABLE o (id int);");
        write("syncdb.yaml", "url: postgresql://yaml/db\nschema: other.sql\nschema-name: app\n");
        Settings s = resolve(Map.of(), "--schema", "schema.sql", "--schema-name", "sales");
        assertThat(s.schema()).containsExactly(dir.resolve("schema.sql"));
        assertThat(s.schemaName()).isEqualTo("sales");
    }

    @Test
    void envFileFlagReadsTheGivenFileAndRequiresIt() throws IOException {
        write("ci.env", "DATABASE_URL=postgresql://ci/db\n");
        write(".env", "DATABASE_URL=postgresql://local/db\n");
        assertThat(resolve(Map.of(), "--env-file", "ci.env", "--schema", "schema.sql").url().host()).isEqualTo("ci");
        assertThatThrownBy(() -> resolve(Map.of(), "--env-file", "missing.env", "--schema", "schema.sql"))
                .hasMessageContaining("env file not found").hasMessageContaining("missing.env");
    }

    @Test
    void noUrlAnywhereIsTheDocumentedError() {
        assertThatThrownBy(() -> resolve(Map.of(), "--schema", "schema.sql"))
                .isInstanceOf(SyncdbException.class)
                .hasMessage("no database URL: pass --url, set DATABASE_URL, or add it to .env");
    }

    @Test
    void noSchemaIsAnError() {
        assertThatThrownBy(() -> resolve(Map.of(), "--url", "postgresql://h/db"))
                .isInstanceOf(SyncdbException.class)
                .hasMessageStartingWith("no desired schema");
    }

    @Test
    void missingSchemaFileIsAnErrorBeforeAnyConnection() {
        assertThatThrownBy(() -> resolve(Map.of(), "--url", "postgresql://h/db", "--schema", "nope.sql"))
                .hasMessageStartingWith("schema file not found: ").hasMessageContaining("nope.sql");
    }

    @Test
    void unparsableUrlIsAnErrorWithThePasswordMasked() {
        assertThatThrownBy(() -> resolve(Map.of(), "--url", "postgresql://u:secret@host:notaport/db", "--schema", "schema.sql"))
                .isInstanceOf(SyncdbException.class)
                .hasMessageStartingWith("invalid database URL from --url")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> resolve(Map.of(), "--url", "just-a-word", "--schema", "schema.sql"))
                .hasMessageStartingWith("invalid database URL");
    }

    @Test
    void unknownYamlKeyAndMissingConfigAreErrors() throws IOException {
        write("syncdb.yaml", "urll: postgresql://yaml/db\n");
        assertThatThrownBy(() -> resolve(Map.of(), "--schema", "schema.sql"))
                .hasMessageContaining("unknown key 'urll'");
        assertThatThrownBy(() -> resolve(Map.of(), "--config", "nope.yaml", "--url", "postgresql://h/db"))
                .hasMessageContaining("config file not found");
    }

    @Test
    void brokenYamlNamesTheFileAndLine() throws IOException {
        write("syncdb.yaml", "url: postgresql://h/db\nschema: [a.sql\n");
        assertThatThrownBy(() -> resolve(Map.of(), "--url", "postgresql://h/db"))
                .isInstanceOf(SyncdbException.class)
                .hasMessageContaining("syncdb.yaml").hasMessageContaining("line");
    }
}
