package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import dev.syncdb.cache.ModelCache;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.NamedSchemas;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Entities over two PostgreSQL schemas: {@code shop.customer} (the run's own schema) and, in
 * {@code billing}, an invoice with a foreign key to the customer, a join table, a collection table
 * and a sequence generator. The run manages {@code billing} without being told and creates it; apply
 * from no tables (the run's own schema {@code shop} exists, as for any run), then nothing is left,
 * then an added column converges. SQLite refuses a named schema in one line.
 */
class SeveralSchemasTest {
    @TempDir
    Path tmp;

    static final String CUSTOMER = TestClasses.entity("ms", "Customer", "@Table(name = \"customer\", schema = \"shop\")",
            "@Id Long id; String name;");
    static final String TAG = TestClasses.entity("ms", "Tag", "@Table(name = \"tag\", schema = \"billing\")",
            "@Id Long id; String label;");
    static final String NOTE = TestClasses.entity("ms", "Note", "", "@Id Long id; String body;");

    static String invoice(String extra) {
        return TestClasses.entity("ms", "Invoice", "@Table(name = \"invoice\", schema = \"billing\")",
                "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"inv\")\n"
                        + "@SequenceGenerator(name = \"inv\", sequenceName = \"invoice_seq\", schema = \"billing\", allocationSize = 1)\n"
                        + "Long id;\n"
                        + "@ManyToOne(optional = false) Customer customer;\n"
                        + "@ManyToMany @JoinTable(name = \"invoice_tag\", schema = \"billing\") Set<Tag> tags;\n"
                        + "@ElementCollection @CollectionTable(name = \"invoice_line\", schema = \"billing\") List<String> lines;\n"
                        + extra);
    }

    static Map<String, String> sources(String invoiceExtra) {
        return Map.of("ms.Customer", CUSTOMER, "ms.Tag", TAG, "ms.Note", NOTE, "ms.Invoice", invoice(invoiceExtra));
    }

    @Test
    void twoSchemasApplyConvergeAndAcceptAnAddedColumn() throws SQLException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Path dir = tmp.resolve("app");
            Path classes = TestClasses.compile(dir, sources(""));
            DatabaseUrl url = DatabaseUrl.parse(pg.url(db));
            execute(pg, db, "CREATE SCHEMA shop");
            ModelCache cache = new ModelCache(tmp.resolve("cache"));
            String managed = NamedSchemas.managed(url, "shop", source(classes, cache));
            assertThat(Namespaces.split(managed)).containsExactly("shop", "billing");

            ApplyResult first = apply(url, managed, source(classes, cache));
            assertThat(first.outcome()).as(Targets.describe(first.planned())).isEqualTo(ApplyResult.Outcome.APPLIED);
            assertThat(relations(pg, db)).containsExactly("billing.invoice r", "billing.invoice_line r",
                    "billing.invoice_seq S", "billing.invoice_tag r", "billing.tag r", "shop.customer r", "shop.note r");
            assertThat(foreignKeys(pg, db)).contains("billing.invoice -> shop.customer",
                    "billing.invoice_tag -> billing.invoice", "billing.invoice_tag -> billing.tag",
                    "billing.invoice_line -> billing.invoice");
            assertInSync(url, managed, source(classes, cache));
            EntitySource again = source(classes, cache);
            assertInSync(url, managed, again);
            assertThat(again.lastFromCache()).isTrue();
            assertThat(again.report(plan(url, managed, again).desired()).tables())
                    .contains("billing.invoice", "billing.invoice_tag", "customer");

            TestClasses.compile(dir, sources("java.math.BigDecimal amount;"));
            EntitySource changed = source(classes, cache);
            PlanResult plan = plan(url, managed, changed);
            assertThat(changed.lastFromCache()).as("a changed entity is a cache miss").isFalse();
            assertThat(Targets.describe(plan)).contains("billing.invoice").contains("amount");
            assertThat(apply(url, managed, source(classes, cache)).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
            assertInSync(url, managed, source(classes, cache));
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void aSchemaChangeInAnAnnotationIsACacheMissAndMovesTheTable() throws SQLException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Path dir = tmp.resolve("app");
            String inBilling = TestClasses.entity("mv", "Item", "@Table(schema = \"billing\")", "@Id Long id;");
            String inAudit = TestClasses.entity("mv", "Item", "@Table(schema = \"audit\")", "@Id Long id;");
            Path classes = TestClasses.compile(dir, Map.of("mv.Item", inBilling));
            DatabaseUrl url = DatabaseUrl.parse(pg.url(db));
            ModelCache cache = new ModelCache(tmp.resolve("cache"));
            String before = NamedSchemas.managed(url, null, new EntitySource(options(classes, "mv"), null, cache, "test"));
            assertThat(Namespaces.split(before)).containsExactly("public", "billing");
            assertThat(apply(url, before, new EntitySource(options(classes, "mv"), null, cache, "test")).outcome())
                    .isEqualTo(ApplyResult.Outcome.APPLIED);

            TestClasses.compile(dir, Map.of("mv.Item", inAudit));
            String after = NamedSchemas.managed(url, null, new EntitySource(options(classes, "mv"), null, cache, "test"));
            assertThat(Namespaces.split(after)).as("the named-schemas entry is a miss too").containsExactly("public", "audit");
            EntitySource moved = new EntitySource(options(classes, "mv"), null, cache, "test");
            assertThat(apply(url, after, moved).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
            assertThat(moved.lastFromCache()).isFalse();
            assertThat(relations(pg, db)).contains("audit.item r");
            assertInSync(url, after, new EntitySource(options(classes, "mv"), null, cache, "test"));
        } finally {
            pg.dropDatabase(db);
        }
    }

    /** An entity in {@code public} while the run's own schema is {@code app}: public is managed beside it. */
    @Test
    void publicBesideAnotherOwnSchema() throws SQLException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Path classes = TestClasses.compile(tmp.resolve("app"), Map.of(
                    "pb.Item", TestClasses.entity("pb", "Item", "@Table(schema = \"public\")", "@Id Long id;"),
                    "pb.Thing", TestClasses.entity("pb", "Thing", "", "@Id Long id; @ManyToOne Item item;")));
            DatabaseUrl url = DatabaseUrl.parse(pg.url(db));
            execute(pg, db, "CREATE SCHEMA app");
            String managed = NamedSchemas.managed(url, "app", new EntitySource(options(classes, "pb")));
            assertThat(Namespaces.split(managed)).containsExactly("app", "public");
            assertThat(apply(url, managed, new EntitySource(options(classes, "pb"))).outcome())
                    .isEqualTo(ApplyResult.Outcome.APPLIED);
            assertThat(relations(pg, db)).containsExactly("app.thing r", "public.item r");
            assertThat(foreignKeys(pg, db)).containsExactly("app.thing -> item");
            assertInSync(url, managed, new EntitySource(options(classes, "pb")));
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void aNamedSchemaTheRunDoesNotManageIsRefused() {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            Path classes = TestClasses.compile(tmp.resolve("app"), sources(""));
            DatabaseUrl url = DatabaseUrl.parse(pg.url(db));
            assertThatThrownBy(() -> plan(url, "shop", source(classes, null)))
                    .isInstanceOf(SyncdbException.class)
                    .hasMessage("the entities name schema billing, which this run does not manage (it manages shop):"
                            + " add --schema-name billing");
        } finally {
            pg.dropDatabase(db);
        }
    }

    @Test
    void sqliteRefusesANamedSchemaInOneLine() {
        Path classes = TestClasses.compile(tmp.resolve("app"), sources(""));
        String url = Targets.sqlite().fresh().apply(tmp);
        assertThat(NamedSchemas.managed(DatabaseUrl.parse(url), null, source(classes, null))).isNull();
        assertThatThrownBy(() -> Targets.apply(url, source(classes, null), false))
                .isInstanceOf(SyncdbException.class)
                .hasMessage("the entities map table invoice in schema billing, but syncdb manages one schema per run"
                        + " on sqlite: remove schema = \"billing\" from the mapping (entities in several schemas work on"
                        + " postgresql)");
    }

    /** Classes whose files never mention {@code schema} name none, and Hibernate is not asked. */
    @Test
    void classesThatNeverMentionASchemaNameNone() {
        Path plain = TestClasses.compile(tmp.resolve("plain"), Map.of("pl.Item", TestClasses.entity("pl", "Item", "", "@Id Long id;")));
        Path named = TestClasses.compile(tmp.resolve("named"), sources(""));
        try (FoundEntities a = new EntityScanner().find(options(plain, "pl"));
             FoundEntities b = new EntityScanner().find(options(named, "ms"))) {
            assertThat(a.mentions("schema")).isFalse();
            assertThat(b.mentions("schema")).isTrue();
        }
        Dialect postgres = Dialects.named("postgresql").orElseThrow();
        assertThat(new EntitySource(options(plain, "pl")).namedSchemas(postgres)).isEmpty();
        assertThat(new EntitySource(options(named, "ms")).namedSchemas(postgres)).containsExactly("billing", "shop");
    }

    private static JpaOptions options(Path classes, String pkg) {
        return new JpaOptions(List.of(pkg), List.of(classes), null);
    }

    private static EntitySource source(Path classes, ModelCache cache) {
        return new EntitySource(options(classes, "ms"), null, cache, "test");
    }

    private static ApplyResult apply(DatabaseUrl url, String managed, EntitySource source) {
        return new ApplyUseCase().run(new SyncRequest(url, managed, source, null), ApplyOptions.auto(false));
    }

    private static PlanResult plan(DatabaseUrl url, String managed, EntitySource source) {
        return new PlanUseCase().run(new SyncRequest(url, managed, source, null));
    }

    private static void assertInSync(DatabaseUrl url, String managed, EntitySource source) {
        PlanResult plan = plan(url, managed, source);
        assertThat(plan.inSync()).as(Targets.describe(plan)).isTrue();
    }

    /** The tables and sequences outside the system schemas, as "schema.name kind". */
    private static List<String> relations(PgServer pg, String db) throws SQLException {
        return rows(pg, db, "SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'S')"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
                + " AND c.relname NOT LIKE 'syncdb%' ORDER BY 1");
    }

    /** The foreign keys as "table -> referenced table", both schema-qualified. */
    private static List<String> foreignKeys(PgServer pg, String db) throws SQLException {
        return rows(pg, db, "SELECT conrelid::regclass::text || ' -> ' || confrelid::regclass::text FROM pg_constraint"
                + " WHERE contype = 'f' ORDER BY 1");
    }

    private static void execute(PgServer pg, String db, String sql) throws SQLException {
        try (Connection c = pg.connect(db)) {
            c.createStatement().execute(sql);
        }
    }

    private static List<String> rows(PgServer pg, String db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
