package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code syncdb diagram} on SQLite: the current database, the desired schema and the change, as Mermaid and SVG. */
class DiagramSqliteTest {
    static final String V1 = "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n"
            + "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total INT, legacy TEXT);\n"
            + "CREATE TABLE old_notes (id INTEGER PRIMARY KEY, body TEXT);\n";
    static final String V2 = "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, phone TEXT);\n"
            + "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),"
            + " total NUMERIC(10, 2) NOT NULL DEFAULT 0);\n"
            + "CREATE TABLE \"we\"\"ird <b>&{}\" (\"col -- x\" TEXT, ref INTEGER REFERENCES customers (id) UNIQUE);\n";

    @TempDir
    Path dir;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        SqliteDb db = new SqliteDb(dir.resolve("app.db"));
        db.run(V1);
        Files.writeString(dir.resolve("v2.sql"), V2);
        env = Map.of("DATABASE_URL", db.url());
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, env, args);
    }

    @Test
    void mermaidOfTheCurrentDatabaseAndOfTheChange() {
        Result current = cli("diagram");
        assertThat(current.code()).as(current.err()).isZero();
        assertThat(current.out()).startsWith("erDiagram\n").contains("    customers {\n", "        INTEGER id PK\n",
                "        TEXT email\n").doesNotContain("LEGEND", "\"+ ");

        Result change = cli("diagram", "--schema", "v2.sql");
        assertThat(change.code()).as(change.err()).isZero();
        assertThat(change.out()).contains(
                "    \"~ customers\" {\n", "        TEXT email UK\n", "        TEXT phone \"+ added\"\n",
                "        NUMERIC(10_2) total \"~ type INT → NUMERIC(10, 2), now NOT NULL, default\"\n",
                "        TEXT legacy \"- dropped\"\n",
                "    \"- old_notes\" {\n",
                "    \"+ we'ird ‹b›&{}\" {\n", "        TEXT col_--_x \"name: col -- x\"\n", "        INTEGER ref FK, UK\n",
                "    \"~ customers\" ||--o{ \"~ orders\" : \"+ ", "    \"~ customers\" |o--o| \"+ we'ird ‹b›&{}\" : \"+ ref\"\n", "    %% group 2: 1 table\n",
                "    \"LEGEND\" {\n");

        Result desired = cli("diagram", "--schema", "v2.sql", "--of", "desired", "--tables", "cust*,ord*");
        assertThat(desired.code()).as(desired.err()).isZero();
        assertThat(desired.out()).contains("    customers ||--o{ orders : \"").doesNotContain("ird", "old_notes", "LEGEND");
    }

    @Test
    void svgOfTheChangeIsOneEscapedStandaloneDocument() throws Exception {
        Result r = cli("diagram", "--schema", "v2.sql", "--format", "svg", "--out", "change.svg");
        assertThat(r.code()).as(r.err()).isZero();
        String svg = Files.readString(dir.resolve("change.svg"));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("+ added", "~ altered", "- dropped",
                "customers", "old_notes", "we\"ird &lt;b>&amp;{}", "- legacy : TEXT").doesNotContain("<b>&", "http://plantuml", "<?plantuml");
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(dir.resolve("change.svg").toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");

        Result bad = cli("diagram", "--tables", "/[/");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("--tables: invalid regular expression");
    }
}
