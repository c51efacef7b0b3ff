package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.cli.output.PlanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** JPA entities as the desired schema from the command line, on SQLite files: the example shop and bad input. */
class EntitiesCliTest {
    private static final String SHOP = "com.example.shop";

    @TempDir
    Path dir;

    private String url() {
        return "sqlite:" + dir.resolve("shop.db");
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", url()), args);
    }

    private Result shop(String version, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--entities";
        all[args.length + 1] = SHOP;
        all[args.length + 2] = "--classpath";
        all[args.length + 3] = ExampleShop.classes(version).toString();
        return cli(all);
    }

    @Test
    void version1ThenVersion2ThenBackWithCheckZeroAfterEach() throws SQLException {
        Result first = shop("v1", "apply", "--auto", "--no-backup");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("-- Found 25 entities (27 tables) in 7 packages")
                .contains("insert into order_seq").contains("verified: the database matches the desired schema.");
        assertThat(query("SELECT next_val FROM order_seq")).containsExactly("1");
        Result inSync = shop("v1", "check");
        assertThat(inSync.code()).as(inSync.out() + inSync.err()).isZero();
        assertThat(inSync.out()).contains("Desired: entities in com.example.shop",
                "Found 25 entities (27 tables) in 7 packages", CheckText.IN_SYNC);

        Result differs = shop("v2", "check");
        assertThat(differs.code()).isEqualTo(2);
        assertThat(differs.out()).contains("Found 26 entities (28 tables) in 8 packages", "create table loyalty_account");
        assertThat(shop("v2", "apply", "--auto", "--no-backup").code()).isZero();
        assertThat(shop("v2", "check").code()).isZero();
        assertThat(shop("v2", "plan").out()).contains(PlanText.NO_CHANGES);

        Result back = shop("v1", "apply", "--auto", "--no-backup");
        assertThat(back.code()).as("dropping loyalty_account needs permission").isEqualTo(3);
        assertThat(back.out()).contains("warning: table loyalty_account exists in the database but no entity maps it"
                + " (was a model missed?)");
        assertThat(shop("v1", "apply", "--auto", "--no-backup", "--allow-destructive").code()).isZero();
        assertThat(shop("v1", "check").code()).isZero();
    }

    @Test
    void settingsComeFromSyncdbYamlAndVerboseListsTheEntities() throws Exception {
        exec("VACUUM");
        Files.writeString(dir.resolve("syncdb.yaml"), "url: " + url() + "\nentities:\n  - com.example.shop.users\n"
                + "  - com.example.shop.media\nclasspath: " + ExampleShop.classes("v1") + "\nnaming: spring\n");
        Result plan = CliRunner.run(dir, "plan", "--verbose");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("-- desired: entities in com.example.shop.users, com.example.shop.media",
                "-- Found 8 entities (", "--   com.example.shop.users.User", "--   com.example.shop.media.ImageUpload",
                "CREATE TABLE \"users\"");
    }

    @Test
    void aTableNoEntityMapsIsNamedAndNeverDroppedSilently() throws Exception {
        assertThat(shop("v1", "apply", "--auto", "--no-backup").code()).isZero();
        exec("CREATE TABLE legacy_report (id integer PRIMARY KEY)");
        Result check = shop("v1", "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).contains("warning: table legacy_report exists in the database but no entity maps it"
                + " (was a model missed?)", "drop table legacy_report  [DL101]");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(shop("v1", "check", "--json").out()).get("source");
        assertThat(json.get("summary").asText()).isEqualTo("Found 25 entities (27 tables) in 7 packages");
        assertThat(json.get("details")).hasSize(26);
        assertThat(json.get("warnings").get(0).asText()).startsWith("table legacy_report exists in the database");
        Result apply = shop("v1", "apply", "--auto", "--no-backup");
        assertThat(apply.code()).isEqualTo(3);
        assertThat(query("SELECT name FROM sqlite_master WHERE name = 'legacy_report'")).containsExactly("legacy_report");
    }

    @Test
    void unchangedEntitiesComeFromTheCacheWithTheSameReport() throws Exception {
        assertThat(shop("v1", "apply", "--auto", "--no-backup").code()).isZero();
        exec("CREATE TABLE legacy_report (id integer PRIMARY KEY)");
        Result cached = shop("v1", "check", "--verbose", "--timings");
        Result cold = shop("v1", "check", "--verbose", "--timings", "--no-cache");
        assertThat(cached.code()).as(cached.err()).isEqualTo(2);
        assertThat(cold.code()).as(cold.err()).isEqualTo(2);
        assertThat(cached.err()).containsPattern("cache +hit");
        assertThat(cold.err()).containsPattern("cache +off");
        assertThat(cached.out()).contains("Found 25 entities (27 tables) in 7 packages",
                "desired model from the cache (Hibernate not started)",
                "warning: table legacy_report exists in the database but no entity maps it");
        assertThat(cold.out()).contains("Hibernate metamodel and script");
        assertThat(withoutTimes(cached.out())).isEqualTo(withoutTimes(cold.out()));
        try (var entries = Files.list(dir.resolve(".syncdb/cache"))) {
            assertThat(entries.filter(f -> f.toString().endsWith(".model"))).hasSize(1);
        }
    }

    /** Output without the line of scan and Hibernate times (the one line a cache hit changes). */
    private static List<String> withoutTimes(String out) {
        return out.lines().filter(l -> !l.contains("classpath scan ")).toList();
    }

    @Test
    void aNamingMismatchIsWarnedLoudly() {
        assertThat(shop("v1", "apply", "--auto", "--no-backup").code()).isZero();
        Result check = shop("v1", "check", "--naming", "jpa");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).contains("warning: NAMING MISMATCH SUSPECTED: ", "change_audit -> ChangeAudit",
                "With --naming jpa the entities name their tables differently", "do not apply this plan");
        Result apply = shop("v1", "apply", "--auto", "--no-backup", "--naming", "jpa");
        assertThat(apply.code()).isEqualTo(3);
        assertThat(apply.out()).contains("NAMING MISMATCH SUSPECTED");
    }

    @Test
    void migrateGenerateCarriesTheSeedRows() throws Exception {
        Result r = shop("v1", "migrate", "generate", "-m", "shop v1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Found 25 entities (27 tables) in 7 packages", "Generated migration ");
        try (var files = Files.list(dir.resolve("migrations"))) {
            Path up = files.filter(f -> f.getFileName().toString().startsWith("V")).findFirst().orElseThrow();
            assertThat(Files.readString(up)).contains("CREATE TABLE \"order_seq\"", "insert into order_seq ( next_val ) values ( 1 );");
        }
    }

    @Test
    void verifyWithEntitiesAndNoSchemaComparesWithTheEntities() {
        assertThat(shop("v1", "apply", "--auto", "--no-backup").code()).isZero();
        Result matches = shop("v1", "verify", "--no-color");
        assertThat(matches.code()).as(matches.out() + matches.err()).isZero();
        assertThat(matches.out()).contains("✅ the database matches entities in com.example.shop")
                .doesNotContain("Nothing to verify");
        Result differs = shop("v2", "verify", "--no-color");
        assertThat(differs.code()).as("v2 adds loyalty_account: " + differs.out()).isEqualTo(2);
        assertThat(differs.out()).contains("❌ the database differs from entities in com.example.shop",
                "create table loyalty_account");
    }

    @Test
    void noEntityUnderThePackageIsAnErrorNotNoChanges() throws SQLException {
        exec("VACUUM");
        Result r = cli("check", "--entities", "com.example.nothing", "--classpath", ExampleShop.classes("v1").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: no @Entity classes under com.example.nothing in " + ExampleShop.classes("v1") + "\n");
        assertThat(r.out()).doesNotContain("In sync");
    }

    @Test
    void aClassThatCannotBeLoadedNamesTheClassAndTheMissingType() throws Exception {
        exec("VACUUM");
        Path classes = ExampleShop.compile(dir.resolve("broken"), Map.of(
                "dep.Money", "package dep; public class Money implements java.io.Serializable { public long cents; }",
                "app.Invoice", ExampleShop.entity("app", "Invoice", "@Id Long id; dep.Money total;")));
        Files.delete(classes.resolve("dep/Money.class"));
        Result r = cli("plan", "--entities", "app", "--classpath", classes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: cannot load class app.Invoice: it needs dep.Money, which is not on the classpath");
    }

    @Test
    void javaxPersistenceEntitiesGetAClearMessage() throws SQLException {
        exec("VACUUM");
        Path classes = ExampleShop.compile(dir.resolve("old"), Map.of(
                "javax.persistence.Entity", "package javax.persistence; @java.lang.annotation.Retention("
                        + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Entity { }",
                "legacy.Customer", "package legacy; @javax.persistence.Entity public class Customer { Long id; }"));
        Result r = cli("check", "--entities", "legacy", "--classpath", classes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: 1 class(es) under legacy use the old javax.persistence annotations"
                + " (e.g. legacy.Customer): syncdb reads jakarta.persistence entities");
    }

    @Test
    void aMappingHibernateRejectsGivesItsMessageWithTheEntity() throws SQLException {
        exec("VACUUM");
        Path classes = ExampleShop.compile(dir.resolve("bad"), Map.of(
                "bad.Parent", ExampleShop.entity("bad", "Parent", "@Id Long id; @OneToMany(mappedBy = \"nope\") List<Child> children;"),
                "bad.Child", ExampleShop.entity("bad", "Child", "@Id Long id; @ManyToOne Parent parent;")));
        Result r = cli("check", "--entities", "bad", "--classpath", classes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("error: Hibernate rejected the entity mapping: ").contains("nope").contains("bad.Parent"));
    }

    @Test
    void optionMistakesAreOneLineErrors() throws SQLException {
        exec("VACUUM");
        Result both = cli("check", "--schema", "x.sql", "--entities", SHOP, "--classpath", "c");
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("error: --schema and --entities cannot be used together: pick one desired schema\n");
        Result noClasspath = cli("check", "--entities", SHOP);
        assertThat(noClasspath.err()).startsWith("error: --entities needs --classpath PATH");
        Result missing = cli("check", "--entities", SHOP, "--classpath", "nowhere/classes");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: classpath entry not found: " + dir.resolve("nowhere/classes") + "\n");
        Result naming = shop("v1", "apply", "--auto", "--naming", "snake");
        assertThat(naming.err()).startsWith("error: unknown naming 'snake': use spring (default), jpa,");
        assertThat(query("SELECT count(*) FROM sqlite_master")).as("bad input changes nothing").containsExactly("0");
    }

    /** Runs one statement on the database file (creating it when missing: "VACUUM" makes an empty one). */
    private void exec(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db")); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
