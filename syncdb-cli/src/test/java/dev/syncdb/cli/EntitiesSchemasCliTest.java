package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --entities} whose classes name schemas: on PostgreSQL the run manages them beside its own
 * without {@code --schema-name}, creates them, converges and follows an added column; on MariaDB a
 * named schema is a one-line error and nothing is changed.
 */
class EntitiesSchemasCliTest {
    @TempDir
    Path dir;

    static Map<String, String> sources(String invoiceExtra) {
        return Map.of(
                "ms.Customer", ExampleShop.entity("ms", "Customer", "@Id Long id; String name;"),
                "ms.Tag", "package ms;\nimport jakarta.persistence.*;\n@Entity @Table(schema = \"billing\")\n"
                        + "public class Tag { @Id Long id; String label; }\n",
                "ms.Invoice", "package ms;\nimport jakarta.persistence.*;\nimport java.util.*;\n"
                        + "@Entity @Table(schema = \"billing\")\npublic class Invoice {\n"
                        + "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"inv\")\n"
                        + "@SequenceGenerator(name = \"inv\", sequenceName = \"invoice_seq\", schema = \"billing\", allocationSize = 1)\n"
                        + "Long id;\n@ManyToOne(optional = false) Customer customer;\n"
                        + "@ManyToMany @JoinTable(name = \"invoice_tag\", schema = \"billing\") Set<Tag> tags;\n"
                        + invoiceExtra + "\n}\n");
    }

    @Test
    void postgresManagesTheSchemasTheEntitiesName() {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Path classes = ExampleShop.compile(dir.resolve("app"), sources(""));
            Map<String, String> env = Map.of("DATABASE_URL", pg.url(db));
            String[] entities = {"--entities", "ms", "--classpath", classes.toString()};

            Result apply = run(env, entities, "apply", "--auto", "--no-backup");
            assertThat(apply.code()).as(apply.out() + apply.err()).isZero();
            assertThat(apply.out()).contains("CREATE SCHEMA billing", "CREATE TABLE billing.invoice",
                    "CREATE TABLE billing.invoice_tag", "CREATE SEQUENCE billing.invoice_seq", "CREATE TABLE customer",
                    "REFERENCES customer", "verified: the database matches the desired schema.");
            assertThat(apply.out().indexOf("CREATE SCHEMA billing")).isLessThan(apply.out().indexOf("CREATE TABLE billing.invoice"));
            Result check = run(env, entities, "check");
            assertThat(check.code()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("schema public, billing", "Found 3 entities (4 tables) in 1 package",
                    CheckText.IN_SYNC);

            ExampleShop.compile(dir.resolve("app"), sources("java.math.BigDecimal amount;"));
            Result added = run(env, entities, "apply", "--auto", "--no-backup");
            assertThat(added.code()).as(added.out() + added.err()).isZero();
            assertThat(added.out()).contains("ALTER TABLE billing.invoice ADD COLUMN amount");
            Result again = run(env, entities, "check");
            assertThat(again.code()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains(CheckText.IN_SYNC);
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void mariadbRefusesANamedSchemaInOneLine() {
        MysqlServer server = MysqlServer.local();
        String db = server.freshDatabase();
        try {
            Path classes = ExampleShop.compile(dir.resolve("app"), sources(""));
            Result plan = run(Map.of("DATABASE_URL", server.url(db)), new String[] {"--entities", "ms", "--classpath",
                    classes.toString()}, "apply", "--auto", "--no-backup");
            assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(1);
            assertThat(plan.err().strip()).isEqualTo("error: the entities map table invoice in schema billing, but syncdb"
                    + " manages one schema per run on mysql: remove schema = \"billing\" from the mapping (entities in"
                    + " several schemas work on postgresql)");
        } finally {
            server.dropDatabase(db);
        }
    }

    /** Runs the command line with {@code args} followed by the entity options. */
    private Result run(Map<String, String> env, String[] entities, String... args) {
        return CliRunner.run(dir, env, java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.Arrays.stream(entities)).toArray(String[]::new));
    }
}
