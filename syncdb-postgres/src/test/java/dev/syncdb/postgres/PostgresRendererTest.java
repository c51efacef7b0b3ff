package dev.syncdb.postgres;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.View;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresRendererTest {

    private final PostgresRenderer renderer = new PostgresRenderer();
    private final RenderContext empty = new RenderContext(Schema.empty("public"), Schema.empty("public"));

    // ---------------------------------------------------------------- helpers

    private List<String> sql(SchemaChange c) {
        return sql(c, empty);
    }

    private List<String> sql(SchemaChange c, RenderContext ctx) {
        return renderer.render(c, ctx).stream().map(Statement::sql).toList();
    }

    private static DataType varchar(int n) {
        return new DataType("character varying(" + n + ")", "character varying", n, null, null, false);
    }

    private static DataType numeric(int p, int s) {
        return new DataType("numeric(" + p + "," + s + ")", "numeric", null, p, s, false);
    }

    private static DataType type(String sql) {
        return new DataType(sql, sql, null, null, null, false);
    }

    private static Column col(String name, DataType type) {
        return new Column(name, type, true, null, null, null, null, null);
    }

    private static AlterColumn alter(String table, Column from, Column to, ColumnAspect... aspects) {
        return new AlterColumn(table, from, to, EnumSet.copyOf(Arrays.asList(aspects)));
    }

    private static Schema schema(List<Table> tables, List<EnumType> enums, List<View> views) {
        return new Schema("public", tables, enums, List.of(), views, List.of());
    }

    private static Schema tables(Table... tables) {
        return schema(List.of(tables), List.of(), List.of());
    }

    private static Set<HazardCode> codes(List<Hazard> hazards) {
        return hazards.stream().map(Hazard::code).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- quoting

    @Test
    void quotesOnlyIdentifiersThatNeedIt() {
        assertThat(PostgresQuote.ident("order_items")).isEqualTo("order_items");
        assertThat(PostgresQuote.ident("_x1")).isEqualTo("_x1");
        assertThat(PostgresQuote.ident("OrderItems")).isEqualTo("\"OrderItems\"");
        assertThat(PostgresQuote.ident("user")).isEqualTo("\"user\"");
        assertThat(PostgresQuote.ident("order")).isEqualTo("\"order\"");
        assertThat(PostgresQuote.ident("1st")).isEqualTo("\"1st\"");
        assertThat(PostgresQuote.ident("my col")).isEqualTo("\"my col\"");
        assertThat(PostgresQuote.ident("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(PostgresQuote.ident("name")).isEqualTo("name");
        assertThat(PostgresQuote.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void quotesMixedCaseAndReservedNamesInStatements() {
        Table t = Table.builder("User").column(Column.of("Order", "integer")).column(Column.of("select", "text"))
                .primaryKey(new PrimaryKey("User_pkey", List.of("Order"))).build();
        assertThat(sql(new CreateTable(t))).containsExactly("""
                CREATE TABLE "User" (
                    "Order" integer,
                    "select" text,
                    CONSTRAINT "User_pkey" PRIMARY KEY ("Order")
                )""");
        assertThat(sql(new RenameColumn("User", "select", "group")))
                .containsExactly("ALTER TABLE \"User\" RENAME COLUMN \"select\" TO \"group\"");
    }

    // ---------------------------------------------------------------- tables

    @Test
    void createTableWithEverythingInline() {
        Table t = Table.builder("orders")
                .column(new Column("id", type("bigint"), false, null,
                        new Identity(Identity.Generation.ALWAYS, 100L, null), null, null, null))
                .column(new Column("code", varchar(20), false, null, null, null, "C", "customer's code"))
                .column(new Column("qty", type("integer"), false, "1", null, null, null, null))
                .column(new Column("total", numeric(10, 2), true, null, null,
                        new Generated("(qty * 2)", true), null, null))
                .column(Column.of("customer_id", "bigint"))
                .primaryKey("id")
                .unique(new UniqueKey("orders_code_key", List.of("code"), true, true, true))
                .check(new CheckConstraint("orders_qty_check", "((qty > 0))"))
                .foreignKey(new ForeignKey("orders_customer_fk", List.of("customer_id"), "crm", "Customers",
                        List.of("id"), "CASCADE", "NO ACTION", true, false, "FULL"))
                .index(new Index("orders_customer_idx", false, null, List.of(IndexKey.column("customer_id")),
                        List.of(), null, false, null))
                .comment("all orders")
                .option(PgTableSql.UNLOGGED, "true")
                .build();
        assertThat(sql(new CreateTable(t))).containsExactly("""
                CREATE UNLOGGED TABLE orders (
                    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100) NOT NULL,
                    code character varying(20) COLLATE "C" NOT NULL,
                    qty integer DEFAULT 1 NOT NULL,
                    total numeric(10,2) GENERATED ALWAYS AS ((qty * 2)) STORED,
                    customer_id bigint,
                    CONSTRAINT orders_pkey PRIMARY KEY (id),
                    CONSTRAINT orders_code_key UNIQUE NULLS NOT DISTINCT (code) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT orders_qty_check CHECK ((qty > 0)),
                    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES crm."Customers" (id) \
                MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
                )""",
                "CREATE INDEX orders_customer_idx ON orders (customer_id)",
                "COMMENT ON TABLE orders IS 'all orders'",
                "COMMENT ON COLUMN orders.code IS 'customer''s code'");
    }

    @Test
    void notValidCheckIsAddedAfterTheTableSoItStaysNotValid() {
        Table t = Table.builder("t").column(Column.of("x", "integer"))
                .check(new CheckConstraint("t_x_check", "((x > 0)) NOT VALID")).build();
        assertThat(sql(new CreateTable(t))).containsExactly(
                "CREATE TABLE t (\n    x integer\n)",
                "ALTER TABLE t ADD CONSTRAINT t_x_check CHECK ((x > 0)) NOT VALID");
    }

    @Test
    void dropAndRenameTable() {
        Table t = Table.builder("Old").column(Column.of("id", "integer")).build();
        assertThat(sql(new DropTable(t))).containsExactly("DROP TABLE \"Old\"");
        assertThat(sql(new RenameTable("Old", "new_name"))).containsExactly("ALTER TABLE \"Old\" RENAME TO new_name");
    }

    @Test
    void rebuildTableIsNeverNeeded() {
        Table t = Table.builder("t").column(Column.of("id", "integer")).build();
        assertThatThrownBy(() -> renderer.render(new RebuildTable(t, t, List.of()), empty))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tableOptionsSwitchLogging() {
        Map<String, String> unlogged = Map.of(PgTableSql.UNLOGGED, "true");
        AlterTableOptions toUnlogged = new AlterTableOptions("t", Map.of(), unlogged);
        assertThat(sql(toUnlogged)).containsExactly("ALTER TABLE t SET UNLOGGED");
        assertThat(sql(new AlterTableOptions("t", unlogged, Map.of()))).containsExactly("ALTER TABLE t SET LOGGED");
        assertThat(codes(renderer.hazards(toUnlogged, empty))).containsExactly(HazardCode.TABLE_REWRITE);
    }

    // ---------------------------------------------------------------- columns

    @Test
    void addDropRenameColumn() {
        Column c = new Column("email", varchar(255), false, "''::character varying", null, null, null, "mail");
        assertThat(sql(new AddColumn("users", c))).containsExactly(
                "ALTER TABLE users ADD COLUMN email character varying(255) DEFAULT ''::character varying NOT NULL",
                "COMMENT ON COLUMN users.email IS 'mail'");
        assertThat(sql(new DropColumn("users", c))).containsExactly("ALTER TABLE users DROP COLUMN email");
        assertThat(sql(new RenameColumn("users", "email", "Email")))
                .containsExactly("ALTER TABLE users RENAME COLUMN email TO \"Email\"");
    }

    @Test
    void addColumnWithIdentityOrVolatileDefaultRewritesTheTable() {
        Column id = col("n", type("bigint")).withNullable(false).withIdentity(Identity.of(Identity.Generation.BY_DEFAULT));
        assertThat(sql(new AddColumn("t", id)))
                .containsExactly("ALTER TABLE t ADD COLUMN n bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL");
        assertThat(codes(renderer.hazards(new AddColumn("t", id), empty))).containsExactly(HazardCode.TABLE_REWRITE);
        Column plain = col("m", type("integer")).withDefault("0");
        assertThat(renderer.hazards(new AddColumn("t", plain), empty)).isEmpty();
    }

    @Test
    void widenTypeWithoutUsingAndWithoutRewrite() {
        AlterColumn c = alter("t", col("name", varchar(50)), col("name", varchar(200)), ColumnAspect.TYPE);
        assertThat(sql(c)).containsExactly("ALTER TABLE t ALTER COLUMN name TYPE character varying(200)");
        assertThat(renderer.hazards(c, empty)).isEmpty();
        AlterColumn toText = alter("t", col("name", varchar(50)), col("name", type("text")), ColumnAspect.TYPE);
        assertThat(renderer.hazards(toText, empty)).isEmpty();
        AlterColumn num = alter("t", col("p", numeric(10, 2)), col("p", numeric(12, 2)), ColumnAspect.TYPE);
        assertThat(renderer.hazards(num, empty)).isEmpty();
        AlterColumn intBig = alter("t", col("i", type("integer")), col("i", type("bigint")), ColumnAspect.TYPE);
        assertThat(sql(intBig)).containsExactly("ALTER TABLE t ALTER COLUMN i TYPE bigint");
        assertThat(codes(renderer.hazards(intBig, empty))).containsExactly(HazardCode.TABLE_REWRITE);
    }

    @Test
    void rewriteRulesFollowPostgresLengthCoercions() {
        assertThat(PostgresTypes.rewrites(type("timestamp(3) with time zone"), type("timestamp(6) with time zone"))).isFalse();
        assertThat(PostgresTypes.rewrites(type("timestamp(6) with time zone"), type("timestamp(3) with time zone"))).isTrue();
        assertThat(PostgresTypes.rewrites(type("timestamp(3) without time zone"), type("timestamp without time zone"))).isFalse();
        assertThat(PostgresTypes.rewrites(type("timestamp without time zone"), type("timestamp with time zone"))).isTrue();
        assertThat(PostgresTypes.rewrites(type("text"), type("character varying"))).isFalse();
        assertThat(PostgresTypes.rewrites(type("text"), type("character varying(10)"))).isTrue();
        assertThat(PostgresTypes.rewrites(type("numeric(10,2)"), type("numeric"))).isFalse();
        assertThat(PostgresTypes.rewrites(type("numeric"), type("numeric(10,2)"))).isTrue();
        assertThat(PostgresTypes.rewrites(type("character(5)"), type("character(10)"))).isTrue();
        assertThat(PostgresTypes.rewrites(type("integer[]"), type("integer"))).isTrue();
    }

    @Test
    void narrowingKeepsPostgresAssignmentCastSoTooLongValuesFail() {
        AlterColumn c = alter("t", col("name", varchar(200)), col("name", varchar(50)), ColumnAspect.TYPE);
        assertThat(sql(c)).containsExactly("ALTER TABLE t ALTER COLUMN name TYPE character varying(50)");
        assertThat(codes(renderer.hazards(c, empty))).containsExactly(HazardCode.TABLE_REWRITE);
        AlterColumn scale = alter("t", col("p", numeric(10, 2)), col("p", numeric(12, 3)), ColumnAspect.TYPE);
        assertThat(codes(renderer.hazards(scale, empty))).containsExactly(HazardCode.TABLE_REWRITE);
    }

    @Test
    void castBetweenUnrelatedTypesUsesUsingAndMovesTheDefaultAside() {
        Column from = col("Created", type("text")).withDefault("'now'::text");
        Column to = col("Created", type("timestamp with time zone")).withDefault("now()");
        AlterColumn c = alter("t", from, to, ColumnAspect.TYPE, ColumnAspect.DEFAULT);
        assertThat(sql(c)).containsExactly(
                "ALTER TABLE t ALTER COLUMN \"Created\" DROP DEFAULT",
                "ALTER TABLE t ALTER COLUMN \"Created\" TYPE timestamp with time zone USING \"Created\"::timestamp with time zone",
                "ALTER TABLE t ALTER COLUMN \"Created\" SET DEFAULT now()");
        assertThat(codes(renderer.hazards(c, empty))).containsExactly(HazardCode.TABLE_REWRITE);
    }

    @Test
    void typeChangeToAndFromEnumGoesThroughText() {
        RenderContext ctx = new RenderContext(Schema.empty("public"),
                schema(List.of(), List.of(new EnumType("Mood", List.of("ok"), null)), List.of()));
        AlterColumn toEnum = alter("t", col("m", varchar(10)), col("m", type("\"Mood\"")), ColumnAspect.TYPE);
        assertThat(sql(toEnum, ctx)).containsExactly("ALTER TABLE t ALTER COLUMN m TYPE \"Mood\" USING m::text::\"Mood\"");
        AlterColumn toText = alter("t", col("m", type("\"Mood\"")), col("m", type("text")), ColumnAspect.TYPE);
        assertThat(sql(toText, ctx)).containsExactly("ALTER TABLE t ALTER COLUMN m TYPE text USING m::text");
        DataType arr = new DataType("\"Mood\"[]", "Mood", null, null, null, true);
        DataType textArr = new DataType("text[]", "text", null, null, null, true);
        AlterColumn toArr = alter("t", col("ms", textArr), col("ms", arr), ColumnAspect.TYPE);
        assertThat(sql(toArr, ctx))
                .containsExactly("ALTER TABLE t ALTER COLUMN ms TYPE \"Mood\"[] USING ms::text[]::\"Mood\"[]");
    }

    @Test
    void collationChangeIsATypeClauseWithoutRewrite() {
        Column from = col("name", type("text"));
        AlterColumn c = alter("t", from, from.withCollation("de-DE-x-icu"), ColumnAspect.COLLATION);
        assertThat(sql(c)).containsExactly("ALTER TABLE t ALTER COLUMN name TYPE text COLLATE \"de-DE-x-icu\"");
        assertThat(renderer.hazards(c, empty)).isEmpty();
        AlterColumn back = alter("t", from.withCollation("C"), from, ColumnAspect.COLLATION);
        assertThat(sql(back)).containsExactly("ALTER TABLE t ALTER COLUMN name TYPE text COLLATE \"default\"");
    }

    @Test
    void nullableAndDefault() {
        Column a = col("n", type("integer"));
        AlterColumn setNotNull = alter("t", a, a.withNullable(false).withDefault("0"), ColumnAspect.NULLABLE, ColumnAspect.DEFAULT);
        assertThat(sql(setNotNull)).containsExactly(
                "ALTER TABLE t ALTER COLUMN n SET NOT NULL",
                "ALTER TABLE t ALTER COLUMN n SET DEFAULT 0");
        assertThat(codes(renderer.hazards(setNotNull, empty))).containsExactly(HazardCode.LONG_LOCK);
        AlterColumn dropNotNull = alter("t", a.withNullable(false).withDefault("0"), a, ColumnAspect.NULLABLE, ColumnAspect.DEFAULT);
        assertThat(sql(dropNotNull)).containsExactly(
                "ALTER TABLE t ALTER COLUMN n DROP DEFAULT",
                "ALTER TABLE t ALTER COLUMN n DROP NOT NULL");
        assertThat(renderer.hazards(dropNotNull, empty)).isEmpty();
    }

    @Test
    void serialBecomesIdentity() {
        Column serial = col("id", type("integer")).withDefault("nextval('t_id_seq'::regclass)");
        Column identity = col("id", type("integer")).withNullable(false).withIdentity(Identity.of(Identity.Generation.ALWAYS));
        AlterColumn c = alter("t", serial, identity, ColumnAspect.DEFAULT, ColumnAspect.IDENTITY, ColumnAspect.NULLABLE);
        assertThat(sql(c)).containsExactly(
                "ALTER TABLE t ALTER COLUMN id DROP DEFAULT",
                "ALTER TABLE t ALTER COLUMN id SET NOT NULL",
                "ALTER SEQUENCE t_id_seq OWNED BY NONE",
                "ALTER SEQUENCE t_id_seq RENAME TO t_id_seq__serial_old",
                "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('t', 'id'), last_value, is_called) FROM t_id_seq__serial_old",
                "DROP SEQUENCE t_id_seq__serial_old");
        AlterColumn back = alter("t", identity, serial, ColumnAspect.DEFAULT, ColumnAspect.IDENTITY, ColumnAspect.NULLABLE);
        assertThat(sql(back)).containsExactly(
                "ALTER TABLE t ALTER COLUMN id DROP IDENTITY",
                "ALTER TABLE t ALTER COLUMN id DROP NOT NULL",
                "ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass)");
    }

    @Test
    void identityGenerationAndOptionsChange() {
        Column a = col("id", type("bigint")).withNullable(false).withIdentity(Identity.of(Identity.Generation.BY_DEFAULT));
        Column b = a.withIdentity(new Identity(Identity.Generation.ALWAYS, null, 5L));
        assertThat(sql(alter("t", a, b, ColumnAspect.IDENTITY)))
                .containsExactly("ALTER TABLE t ALTER COLUMN id SET GENERATED ALWAYS SET INCREMENT BY 5");
    }

    @Test
    void newGenerationExpressionDropsAndAddsTheColumnAndItsIndex() {
        Column from = col("total", numeric(10, 2)).withGenerated(new Generated("(qty * price)", true));
        Column to = from.withGenerated(new Generated("((qty * price) * 1.2)", true)).withComment("gross");
        Index idx = new Index("t_total_idx", false, null, List.of(IndexKey.column("total")), List.of(), null, false, null);
        Index other = new Index("t_qty_idx", false, null, List.of(IndexKey.column("qty")), List.of(), null, false, null);
        CheckConstraint chk = new CheckConstraint("t_total_check", "((total >= (0)::numeric))");
        Table cur = Table.builder("t").column(Column.of("qty", "integer")).column(from).index(idx).index(other).check(chk).build();
        Table want = Table.builder("t").column(Column.of("qty", "integer")).column(to).index(idx).index(other).check(chk).build();
        AlterColumn c = alter("t", from, to, ColumnAspect.GENERATED);
        assertThat(sql(c, new RenderContext(tables(cur), tables(want)))).containsExactly(
                "ALTER TABLE t DROP COLUMN total",
                "ALTER TABLE t ADD COLUMN total numeric(10,2) GENERATED ALWAYS AS (((qty * price) * 1.2)) STORED",
                "COMMENT ON COLUMN t.total IS 'gross'",
                "ALTER TABLE t ADD CONSTRAINT t_total_check CHECK ((total >= (0)::numeric))",
                "CREATE INDEX t_total_idx ON t (total)");
        assertThat(codes(renderer.hazards(c, empty))).containsExactly(HazardCode.TABLE_REWRITE);
    }

    @Test
    void generatedToNormalAndBack() {
        Column gen = col("full_name", type("text")).withGenerated(new Generated("((first || ' '::text) || last)", true));
        Column plain = col("full_name", type("text"));
        assertThat(sql(alter("t", gen, plain, ColumnAspect.GENERATED)))
                .containsExactly("ALTER TABLE t ALTER COLUMN full_name DROP EXPRESSION");
        AlterColumn toGen = alter("t", plain, gen, ColumnAspect.GENERATED);
        assertThat(sql(toGen)).containsExactly(
                "ALTER TABLE t DROP COLUMN full_name",
                "ALTER TABLE t ADD COLUMN full_name text GENERATED ALWAYS AS (((first || ' '::text) || last)) STORED");
        assertThat(codes(renderer.hazards(toGen, empty))).contains(HazardCode.DROP_COLUMN, HazardCode.TABLE_REWRITE);
    }

    // ---------------------------------------------------------------- keys, indexes, checks

    @Test
    void primaryAndUniqueKeys() {
        PrimaryKey pk = new PrimaryKey("Items_pkey", List.of("order_id", "line"));
        assertThat(sql(new AddPrimaryKey("Items", pk)))
                .containsExactly("ALTER TABLE \"Items\" ADD CONSTRAINT \"Items_pkey\" PRIMARY KEY (order_id, line)");
        assertThat(sql(new DropPrimaryKey("Items", pk))).containsExactly("ALTER TABLE \"Items\" DROP CONSTRAINT \"Items_pkey\"");
        UniqueKey u = new UniqueKey("items_sku_key", List.of("sku"), false, true, false);
        assertThat(sql(new AddUniqueKey("items", u)))
                .containsExactly("ALTER TABLE items ADD CONSTRAINT items_sku_key UNIQUE (sku) DEFERRABLE");
        assertThat(sql(new DropUniqueKey("items", u))).containsExactly("ALTER TABLE items DROP CONSTRAINT items_sku_key");
    }

    @Test
    void indexWithEveryOption() {
        Index i = new Index("idx_users_email", true, "btree", List.of(
                new IndexKey("lower((email)::text)", true, false, null, "text_pattern_ops", null),
                new IndexKey("Name", false, true, false, null, "C"),
                new IndexKey("created_at", false, false, true, null, null)),
                List.of("id"), "(deleted_at IS NULL)", true, null);
        assertThat(sql(new AddIndex("users", i))).containsExactly("CREATE UNIQUE INDEX idx_users_email ON users "
                + "((lower((email)::text)) text_pattern_ops, \"Name\" COLLATE \"C\" DESC NULLS LAST, created_at NULLS FIRST) "
                + "INCLUDE (id) NULLS NOT DISTINCT WHERE (deleted_at IS NULL)");
        Index gin = new Index("docs_body_idx", false, "gin", List.of(IndexKey.column("body")), List.of(), null, false, null);
        assertThat(sql(new AddIndex("docs", gin))).containsExactly("CREATE INDEX docs_body_idx ON docs USING gin (body)");
        assertThat(sql(new DropIndex("docs", gin))).containsExactly("DROP INDEX docs_body_idx");
    }

    @Test
    void indexColumnsAsPostgresPrintsThemAreNotQuotedTwice() {
        Index i = new Index("t_idx", false, null, List.of(new IndexKey("\"Name\"", false, false, null, null, null),
                IndexKey.column("user")), List.of("\"Extra\"", "plain"), null, false, null);
        assertThat(sql(new AddIndex("t", i)))
                .containsExactly("CREATE INDEX t_idx ON t (\"Name\", \"user\") INCLUDE (\"Extra\", plain)");
        assertThat(PostgresQuote.unquote("\"a\"\"b\"")).isEqualTo("a\"b");
        assertThat(PostgresQuote.unquote("lower(x)")).isEqualTo("lower(x)");
    }

    @Test
    void foreignKeys() {
        ForeignKey plain = ForeignKey.of("orders_user_fk", List.of("user_id"), "users", List.of("id"));
        assertThat(sql(new AddForeignKey("orders", plain))).containsExactly(
                "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)");
        ForeignKey full = new ForeignKey("fk", List.of("a", "b"), null, "Parent", List.of("x", "y"),
                "SET NULL", "CASCADE", true, true, "FULL");
        assertThat(sql(new AddForeignKey("child", full))).containsExactly("ALTER TABLE child ADD CONSTRAINT fk "
                + "FOREIGN KEY (a, b) REFERENCES \"Parent\" (x, y) MATCH FULL ON DELETE SET NULL ON UPDATE CASCADE "
                + "DEFERRABLE INITIALLY DEFERRED");
        assertThat(sql(new DropForeignKey("child", full))).containsExactly("ALTER TABLE child DROP CONSTRAINT fk");
    }

    @Test
    void checks() {
        CheckConstraint c = new CheckConstraint("price_positive", "((price > (0)::numeric)) NOT VALID");
        assertThat(sql(new AddCheck("items", c)))
                .containsExactly("ALTER TABLE items ADD CONSTRAINT price_positive CHECK ((price > (0)::numeric)) NOT VALID");
        assertThat(sql(new DropCheck("items", c))).containsExactly("ALTER TABLE items DROP CONSTRAINT price_positive");
        assertThat(renderer.hazards(new AddCheck("items", c), empty)).isEmpty();
        RenderContext existing = new RenderContext(tables(Table.builder("items").build()), tables(Table.builder("items").build()));
        CheckConstraint valid = new CheckConstraint("qty_positive", "((qty > 0))");
        assertThat(codes(renderer.hazards(new AddCheck("items", valid), existing))).containsExactly(HazardCode.LONG_LOCK);
    }

    @Test
    void unnamedConstraintCannotBeDropped() {
        CheckConstraint c = new CheckConstraint(null, "((x > 0))");
        assertThat(sql(new AddCheck("t", c))).containsExactly("ALTER TABLE t ADD CHECK ((x > 0))");
        assertThatThrownBy(() -> renderer.render(new DropCheck("t", c), empty))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- comments

    @Test
    void comments() {
        View mv = new View("Totals", "SELECT 1;", true, List.of(), null);
        RenderContext ctx = new RenderContext(Schema.empty("public"), schema(List.of(), List.of(), List.of(mv)));
        assertThat(sql(new SetComment(ObjectKind.TABLE, "users", null, null, "People's accounts")))
                .containsExactly("COMMENT ON TABLE users IS 'People''s accounts'");
        assertThat(sql(new SetComment(ObjectKind.COLUMN, "users", "Email", "x", null)))
                .containsExactly("COMMENT ON COLUMN users.\"Email\" IS NULL");
        assertThat(sql(new SetComment(ObjectKind.VIEW, "Totals", null, null, "sums"), ctx))
                .containsExactly("COMMENT ON MATERIALIZED VIEW \"Totals\" IS 'sums'");
        assertThat(sql(new SetComment(ObjectKind.VIEW, "v", null, null, "plain")))
                .containsExactly("COMMENT ON VIEW v IS 'plain'");
        assertThat(sql(new SetComment(ObjectKind.ENUM, "mood", null, null, "feelings")))
                .containsExactly("COMMENT ON TYPE mood IS 'feelings'");
    }

    // ---------------------------------------------------------------- enums

    @Test
    void createAndDropEnum() {
        EnumType e = new EnumType("Mood", List.of("sad", "it's ok"), "how it feels");
        assertThat(sql(new CreateEnum(e))).containsExactly(
                "CREATE TYPE \"Mood\" AS ENUM ('sad', 'it''s ok')",
                "COMMENT ON TYPE \"Mood\" IS 'how it feels'");
        assertThat(sql(new DropEnum(e))).containsExactly("DROP TYPE \"Mood\"");
    }

    @Test
    void enumLabelsAreAddedInPlace() {
        EnumType from = new EnumType("mood", List.of("sad", "happy"), null);
        EnumType to = new EnumType("mood", List.of("angry", "sad", "ok", "fine", "happy", "ecstatic"), null);
        assertThat(sql(new AlterEnum(from, to))).containsExactly(
                "ALTER TYPE mood ADD VALUE 'angry' BEFORE 'sad'",
                "ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad'",
                "ALTER TYPE mood ADD VALUE 'fine' AFTER 'ok'",
                "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy'");
    }

    @Test
    void enumWithRemovedLabelIsRecreatedAndItsColumnsConverted() {
        EnumType from = new EnumType("mood", List.of("sad", "ok", "happy"), null);
        EnumType to = new EnumType("mood", List.of("sad", "happy"), null);
        DataType mood = new DataType("mood", "mood", null, null, null, false);
        DataType moods = new DataType("mood[]", "mood", null, null, null, true);
        Table cur = Table.builder("people").column(Column.of("id", "integer"))
                .column(col("mood", mood).withDefault("'ok'::mood")).column(col("history", moods)).build();
        Table want = Table.builder("people").column(Column.of("id", "integer"))
                .column(col("mood", mood).withDefault("'sad'::mood")).column(col("history", moods)).build();
        Table gone = Table.builder("dropped").column(col("m", mood)).build();
        RenderContext ctx = new RenderContext(schema(List.of(cur, gone), List.of(from), List.of()),
                schema(List.of(want), List.of(to), List.of()));
        AlterEnum c = new AlterEnum(from, to);
        assertThat(sql(c, ctx)).containsExactly(
                "ALTER TYPE mood RENAME TO mood__old",
                "CREATE TYPE mood AS ENUM ('sad', 'happy')",
                "ALTER TABLE people ALTER COLUMN mood DROP DEFAULT",
                "ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood",
                "ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'sad'::mood",
                "ALTER TABLE people ALTER COLUMN history TYPE mood[] USING history::text[]::mood[]",
                "DROP TYPE mood__old");
        assertThat(renderer.hazards(c, ctx)).extracting(Hazard::code).containsExactly(HazardCode.TABLE_REWRITE);
    }

    // ---------------------------------------------------------------- sequences

    @Test
    void sequences() {
        Sequence s = new Sequence("Order_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null, null);
        assertThat(sql(new CreateSequence(s))).containsExactly("CREATE SEQUENCE \"Order_seq\" AS bigint INCREMENT BY 1 "
                + "MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE");
        assertThat(sql(new DropSequence(s))).containsExactly("DROP SEQUENCE IF EXISTS \"Order_seq\"");
        Sequence owned = new Sequence("Order_seq", "integer", 1, 10, 1, Integer.MAX_VALUE, 1, true, "orders", "Id");
        assertThat(sql(new AlterSequence(s, owned))).containsExactly("ALTER SEQUENCE \"Order_seq\" AS integer "
                + "INCREMENT BY 10 MAXVALUE 2147483647 CYCLE OWNED BY orders.\"Id\"");
        assertThat(sql(new AlterSequence(owned, new Sequence("Order_seq", "integer", 1, 10, 1, Integer.MAX_VALUE, 1,
                true, null, null)))).containsExactly("ALTER SEQUENCE \"Order_seq\" OWNED BY NONE");
        assertThat(sql(new AlterSequence(s, s))).isEmpty();
    }

    // ---------------------------------------------------------------- views

    @Test
    void views() {
        View v = new View("active_users", " SELECT users.id\n   FROM users\n  WHERE users.active;", false,
                List.of("users"), "only active");
        assertThat(sql(new CreateView(v))).containsExactly(
                "CREATE VIEW active_users AS\nSELECT users.id\n   FROM users\n  WHERE users.active",
                "COMMENT ON VIEW active_users IS 'only active'");
        assertThat(sql(new DropView(v))).containsExactly("DROP VIEW active_users");
        View mv = new View("Stats", " SELECT count(*) AS count\n   FROM users;", true, List.of("users"), null);
        assertThat(sql(new CreateView(mv)))
                .containsExactly("CREATE MATERIALIZED VIEW \"Stats\" AS\nSELECT count(*) AS count\n   FROM users");
        assertThat(sql(new DropView(mv))).containsExactly("DROP MATERIALIZED VIEW \"Stats\"");
    }

    // ---------------------------------------------------------------- every kind

    @Test
    void everyChangeKindIsRendered() {
        Table t = Table.builder("t").column(Column.of("id", "integer")).build();
        Column c = Column.of("c", "integer");
        EnumType e = new EnumType("e", List.of("a"), null);
        Sequence s = new Sequence("s", "bigint", 1, 1, 1, 100, 1, false, null, null);
        View v = new View("v", "SELECT 1;", false, List.of(), null);
        List<SchemaChange> all = List.of(new CreateTable(t), new DropTable(t), new RenameTable("t", "u"),
                new AddColumn("t", c), new DropColumn("t", c), new RenameColumn("t", "c", "d"),
                new RenameConstraint("t", "t_pkey", "u_pkey"), new RenameIndex("t", "t_c_idx", "u_c_idx"),
                new RenameSequence("t_id_seq", "u_id_seq"),
                alter("t", c, c.withNullable(false), ColumnAspect.NULLABLE),
                new AddPrimaryKey("t", new PrimaryKey("pk", List.of("id"))), new DropPrimaryKey("t", new PrimaryKey("pk", List.of("id"))),
                new AddUniqueKey("t", UniqueKey.of("u", List.of("id"))), new DropUniqueKey("t", UniqueKey.of("u", List.of("id"))),
                new AddIndex("t", new Index("i", false, null, List.of(IndexKey.column("id")), List.of(), null, false, null)),
                new DropIndex("t", new Index("i", false, null, List.of(IndexKey.column("id")), List.of(), null, false, null)),
                new AddForeignKey("t", ForeignKey.of("f", List.of("id"), "t", List.of("id"))),
                new DropForeignKey("t", ForeignKey.of("f", List.of("id"), "t", List.of("id"))),
                new AddCheck("t", new CheckConstraint("k", "((id > 0))")), new DropCheck("t", new CheckConstraint("k", "((id > 0))")),
                new AlterTableOptions("t", Map.of(), Map.of(PgTableSql.UNLOGGED, "true")),
                new AddExclusion("t", new dev.syncdb.model.ExclusionConstraint("x", "EXCLUDE USING gist (id WITH =)")),
                new DropExclusion("t", new dev.syncdb.model.ExclusionConstraint("x", "EXCLUDE USING gist (id WITH =)")),
                new SetComment(ObjectKind.TABLE, "t", null, null, "x"), new CreateEnum(e), new DropEnum(e),
                new AlterEnum(e, new EnumType("e", List.of("a", "b"), null)), new CreateSequence(s), new DropSequence(s),
                new AlterSequence(s, new Sequence("s", "bigint", 1, 2, 1, 100, 1, false, null, null)),
                new CreateView(v), new DropView(v), new CreateObject(PostgresObjectRendererTest.FUNCTION_V1), new DropObject(PostgresObjectRendererTest.FUNCTION_V1),
                new ReplaceObject(PostgresObjectRendererTest.FUNCTION_V1, PostgresObjectRendererTest.FUNCTION_V2),
                MoveObject.named(SchemaObject.Kind.TABLE, "t", "u", false, false));
        for (SchemaChange change : all) {
            assertThat(sql(change)).as(change.describe()).isNotEmpty().allSatisfy(q -> assertThat(q).doesNotEndWith(";"));
        }
        Set<Class<?>> covered = all.stream().map(Object::getClass).collect(Collectors.toSet());
        covered.add(RebuildTable.class);
        assertThat(covered).containsExactlyInAnyOrder(SchemaChange.class.getPermittedSubclasses());
    }

    // ---------------------------------------------------------------- through the planner

    private static Plan plan(Schema current, Schema desired, List<SchemaChange> changes) {
        return new Planner(new DiffHooks() { }, new PostgresRenderer()).plan(current, desired, changes);
    }

    private static List<String> sqlOf(List<Statement> statements) {
        return statements.stream().map(Statement::sql).toList();
    }

    @Test
    void reverseStepsUndoTheChange() {
        Column email = new Column("email", varchar(100), true, null, null, null, null, null);
        Table cur = Table.builder("users").column(Column.of("id", "integer")).column(email).primaryKey("id").build();
        Column wider = email.withType(varchar(200)).withNullable(false);
        Index idx = new Index("users_email_idx", false, null, List.of(IndexKey.column("email")), List.of(), null, false, null);
        Table want = Table.builder("users").column(Column.of("id", "integer")).column(wider)
                .column(Column.of("Nick", "text")).primaryKey("id").index(idx).build();
        List<SchemaChange> changes = List.of(
                alter("users", email, wider, ColumnAspect.TYPE, ColumnAspect.NULLABLE),
                new AddColumn("users", Column.of("Nick", "text")),
                new AddIndex("users", idx),
                new RenameTable("people", "users"));
        Plan p = plan(tables(cur), tables(want), changes);
        Map<String, PlanStep> byChange = p.steps().stream()
                .collect(Collectors.toMap(s -> s.change().getClass().getSimpleName(), s -> s));
        assertThat(sqlOf(byChange.get("AlterColumn").reverse())).containsExactly(
                "ALTER TABLE users ALTER COLUMN email TYPE character varying(100)",
                "ALTER TABLE users ALTER COLUMN email DROP NOT NULL");
        assertThat(sqlOf(byChange.get("AddColumn").reverse())).containsExactly("ALTER TABLE users DROP COLUMN \"Nick\"");
        assertThat(sqlOf(byChange.get("AddIndex").reverse())).containsExactly("DROP INDEX users_email_idx");
        assertThat(sqlOf(byChange.get("RenameTable").reverse())).containsExactly("ALTER TABLE users RENAME TO people");
        assertThat(byChange.get("AlterColumn").hazards()).extracting(Hazard::code)
                .contains(HazardCode.ADD_NOT_NULL, HazardCode.LONG_LOCK).doesNotContain(HazardCode.TABLE_REWRITE);
    }

    @Test
    void reverseOfDroppingATableRecreatesIt() {
        Table t = Table.builder("audit").column(new Column("id", type("bigint"), false, null, null, null, null, null))
                .primaryKey("id").comment("log").build();
        Plan p = plan(tables(t), tables(), List.of(new DropTable(t)));
        PlanStep step = p.steps().get(0);
        assertThat(sqlOf(step.statements())).containsExactly("DROP TABLE audit");
        assertThat(sqlOf(step.reverse())).containsExactly(
                "CREATE TABLE audit (\n    id bigint NOT NULL,\n    CONSTRAINT audit_pkey PRIMARY KEY (id)\n)",
                "COMMENT ON TABLE audit IS 'log'");
        assertThat(step.hazards()).extracting(Hazard::code).contains(HazardCode.DROP_TABLE);
    }

    @Test
    void reverseOfAddingEnumLabelsRecreatesTheType() {
        EnumType from = new EnumType("status", List.of("new", "done"), null);
        EnumType to = new EnumType("status", List.of("new", "busy", "done"), null);
        DataType status = new DataType("status", "status", null, null, null, false);
        Table t = Table.builder("jobs").column(col("s", status)).build();
        Plan p = plan(schema(List.of(t), List.of(from), List.of()), schema(List.of(t), List.of(to), List.of()),
                List.of(new AlterEnum(from, to)));
        PlanStep step = p.steps().get(0);
        assertThat(sqlOf(step.statements())).containsExactly("ALTER TYPE status ADD VALUE 'busy' AFTER 'new'");
        assertThat(sqlOf(step.reverse())).containsExactly(
                "ALTER TYPE status RENAME TO status__old",
                "CREATE TYPE status AS ENUM ('new', 'done')",
                "ALTER TABLE jobs ALTER COLUMN s TYPE status USING s::text::status",
                "DROP TYPE status__old");
    }

    @Test
    void foreignKeyCycleBetweenNewTablesIsAddedAfterBothTables() {
        Table a = Table.builder("authors").column(new Column("id", type("bigint"), false, null, null, null, null, null))
                .column(Column.of("best_book_id", "bigint")).primaryKey("id")
                .foreignKey(ForeignKey.of("authors_best_book_fk", List.of("best_book_id"), "books", List.of("id"))).build();
        Table b = Table.builder("books").column(new Column("id", type("bigint"), false, null, null, null, null, null))
                .column(Column.of("author_id", "bigint")).primaryKey("id")
                .foreignKey(ForeignKey.of("books_author_fk", List.of("author_id"), "authors", List.of("id"))).build();
        Schema desired = tables(a, b);
        Plan p = plan(Schema.empty("public"), desired, List.of(new CreateTable(a), new CreateTable(b)));
        assertThat(sqlOf(p.statements())).containsExactly(
                """
                CREATE TABLE authors (
                    id bigint NOT NULL,
                    best_book_id bigint,
                    CONSTRAINT authors_pkey PRIMARY KEY (id)
                )""",
                """
                CREATE TABLE books (
                    id bigint NOT NULL,
                    author_id bigint,
                    CONSTRAINT books_pkey PRIMARY KEY (id),
                    CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id)
                )""",
                "ALTER TABLE authors ADD CONSTRAINT authors_best_book_fk FOREIGN KEY (best_book_id) REFERENCES books (id)");
        PlanStep deferred = p.steps().get(2);
        assertThat(sqlOf(deferred.reverse())).containsExactly("ALTER TABLE authors DROP CONSTRAINT authors_best_book_fk");
        assertThat(deferred.hazards()).extracting(Hazard::code).doesNotContain(HazardCode.LONG_LOCK);
        assertThat(sqlOf(p.steps().get(0).reverse())).containsExactly("DROP TABLE authors");
    }

}
