package dev.syncdb.jpa;

import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Index;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One round trip per kind of mapping, on PostgreSQL and SQLite: apply, then nothing left to plan. */
class MappingKindsTest {
    @TempDir
    Path tmp;

    static List<Targets.Target> targets() {
        return Targets.all();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void singleTableInheritance(Targets.Target target) {
        Schema live = roundTrip(target, Map.of(
                "m.Vehicle", TestClasses.entity("m", "Vehicle", "@Inheritance(strategy = InheritanceType.SINGLE_TABLE)"
                        + " @DiscriminatorColumn(name = \"kind\", length = 10)", "@Id @GeneratedValue Long id; String name;"),
                "m.Car", TestClasses.entity("m", "Car", "@DiscriminatorValue(\"CAR\")", "int seats;")
                        .replace("public class Car", "public class Car extends Vehicle"),
                "m.Truck", TestClasses.entity("m", "Truck", "@DiscriminatorValue(\"TRUCK\")", "Double payload;")
                        .replace("public class Truck", "public class Truck extends Vehicle")));
        Table vehicle = table(live, "vehicle");
        assertThat(vehicle.columns()).extracting(Column::name).contains("kind", "name", "seats", "payload");
        assertThat(vehicle.column("seats").orElseThrow().nullable()).isTrue();
        assertThat(live.tables()).extracting(Table::name).doesNotContain("car", "truck");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void joinedAndTablePerClassInheritance(Targets.Target target) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("m.Upload", TestClasses.entity("m", "Upload", "@Inheritance(strategy = InheritanceType.JOINED)",
                "@Id @GeneratedValue Long id; String fileName;").replace("public class", "public abstract class"));
        sources.put("m.Image", TestClasses.entity("m", "Image", "", "Integer width;").replace("class Image", "class Image extends Upload"));
        sources.put("m.Audit", TestClasses.entity("m", "Audit", "@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
                "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id; java.time.Instant at;")
                .replace("public class", "public abstract class"));
        sources.put("m.LoginAudit", TestClasses.entity("m", "LoginAudit", "", "String ip;").replace("class LoginAudit", "class LoginAudit extends Audit"));
        Schema live = roundTrip(target, sources);
        Table image = table(live, "image");
        assertThat(image.primaryKey().columns()).containsExactly("id");
        assertThat(image.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.refTable()).isEqualTo("upload"));
        assertThat(table(live, "login_audit").columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "at", "ip");
        assertThat(live.table("audit")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void embeddablesWithOverrides(Targets.Target target) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("m.Address", "package m; @jakarta.persistence.Embeddable public class Address {"
                + " @jakarta.persistence.Column(length = 80) String city; String zip; }");
        sources.put("m.Customer", TestClasses.entity("m", "Customer", "", "@Id Long id; @Embedded Address home;"
                + " @Embedded @AttributeOverride(name = \"city\", column = @Column(name = \"work_town\", length = 40))"
                + " @AttributeOverride(name = \"zip\", column = @Column(name = \"work_zip\")) Address work;"));
        Table customer = table(roundTrip(target, sources), "customer");
        assertThat(customer.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "city", "zip", "work_town", "work_zip");
        assertThat(customer.column("work_town").orElseThrow().type().sql()).contains("40");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void elementCollectionsAndManyToMany(Targets.Target target) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("m.Tag", TestClasses.entity("m", "Tag", "", "@Id Long id; String label;"));
        sources.put("m.Post", TestClasses.entity("m", "Post", "", "@Id Long id;"
                + " @ElementCollection Set<String> keywords;"
                + " @ElementCollection @OrderColumn(name = \"pos\") List<String> lines;"
                + " @ElementCollection @MapKeyColumn(name = \"lang\") @Column(name = \"title\") Map<String, String> titles;"
                + " @ManyToMany Set<Tag> tags;"));
        Schema live = roundTrip(target, sources);
        assertThat(table(live, "post_keywords").foreignKeys()).extracting(ForeignKey::refTable).containsExactly("post");
        assertThat(table(live, "post_lines").primaryKey().columns()).containsExactlyInAnyOrder("post_id", "pos");
        assertThat(table(live, "post_titles").primaryKey().columns()).containsExactlyInAnyOrder("post_id", "lang");
        Table join = table(live, "post_tags");
        assertThat(join.primaryKey().columns()).containsExactlyInAnyOrder("post_id", "tags_id");
        assertThat(join.foreignKeys()).extracting(ForeignKey::refTable).containsExactlyInAnyOrder("post", "tag");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void versionSequencesAndIdentity(Targets.Target target) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("m.Invoice", TestClasses.entity("m", "Invoice", "", "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE,"
                + " generator = \"inv\") @SequenceGenerator(name = \"inv\", sequenceName = \"invoice_no\", allocationSize = 20)"
                + " Long id; @Version int version;"));
        sources.put("m.Note", TestClasses.entity("m", "Note", "", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"));
        Schema live = roundTrip(target, sources);
        assertThat(table(live, "invoice").column("version").orElseThrow().nullable()).isFalse();
        if (target.name().equals("postgresql")) {
            assertThat(live.sequences()).filteredOn(s -> s.name().equals("invoice_no"))
                    .singleElement().satisfies(s -> assertThat(s.increment()).isEqualTo(20));
            assertThat(table(live, "note").column("id").orElseThrow().identity()).isNotNull();
        } else {
            assertThat(live.table("invoice_no")).as("SQLite: Hibernate emulates the sequence with a table").isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void columnDetailsIndexesUniqueKeysAndForeignKeyNames(Targets.Target target) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("m.Shop", TestClasses.entity("m", "Shop", "", "@Id Long id;"));
        sources.put("m.Item", TestClasses.entity("m", "Item",
                "@Table(indexes = @Index(name = \"ix_item_title\", columnList = \"title, price\"),"
                        + " uniqueConstraints = @UniqueConstraint(name = \"uk_item_code\", columnNames = {\"shop_id\", \"code\"}))",
                "@Id Long id; @Column(length = 30, nullable = false) String code; @Column(length = 120) String title;"
                        + " @Column(precision = 10, scale = 3) java.math.BigDecimal price;"
                        + " @Column(columnDefinition = \"varchar(7) default 'red'\") String color;"
                        + " @Column(unique = true, length = 20) String ean;"
                        + " @ManyToOne @JoinColumn(name = \"shop_id\", foreignKey = @ForeignKey(name = \"fk_item_shop\")) Shop shop;"));
        Table item = table(roundTrip(target, sources), "item");
        assertThat(item.indexes()).extracting(Index::name).contains("ix_item_title");
        assertThat(item.uniqueKeys()).extracting(UniqueKey::columns).contains(List.of("shop_id", "code"), List.of("ean"));
        assertThat(item.column("price").orElseThrow().type().sql()).contains("10").contains("3");
        assertThat(item.column("color").orElseThrow().defaultExpr()).contains("red");
        assertThat(item.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.columns()).containsExactly("shop_id"));
        if (target.name().equals("postgresql")) {
            assertThat(item.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_item_shop");
            assertThat(item.uniqueKeys()).extracting(UniqueKey::name).contains("uk_item_code");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void onDeleteCascade(Targets.Target target) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("m.Folder", TestClasses.entity("m", "Folder", "", "@Id Long id;"));
        sources.put("m.File", TestClasses.entity("m", "File", "", "@Id Long id;"
                + " @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Folder folder;"));
        Table file = table(roundTrip(target, sources), "file");
        assertThat(file.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.onDelete()).isEqualTo("CASCADE"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void comments(Targets.Target target) {
        Table t = table(roundTrip(target, Map.of("m.Doc", TestClasses.entity("m", "Doc", "@Comment(\"Documents\")",
                "@Id Long id; @Comment(\"the title\") String title; @Column(comment = \"JPA 3.2 comment\") String body;"))), "doc");
        if (target.name().equals("postgresql")) {
            assertThat(t.comment()).isEqualTo("Documents");
            assertThat(t.column("title").orElseThrow().comment()).isEqualTo("the title");
            assertThat(t.column("body").orElseThrow().comment()).isEqualTo("JPA 3.2 comment");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void enumCheckFollowsTheConstants(Targets.Target target) {
        String url = target.fresh().apply(tmp);
        EntitySource before = enumSource("before", "NEW, PAID");
        EntitySource after = enumSource("after", "NEW, PAID, REFUNDED");
        Targets.apply(url, before, false);
        assertThat(Targets.plan(url, before).inSync()).isTrue();

        PlanResult change = Targets.plan(url, after);
        assertThat(change.changes()).extracting(c -> c.getClass().getSimpleName()).contains("DropCheck", "AddCheck");
        assertThat(Targets.apply(url, after, false).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        PlanResult done = Targets.plan(url, after);
        assertThat(done.inSync()).as(Targets.describe(done)).isTrue();
        assertThat(table(done.current(), "purchase").checks()).extracting(CheckConstraint::expression)
                .anySatisfy(e -> assertThat(e).contains("REFUNDED"));
    }

    private EntitySource enumSource(String dir, String constants) {
        Path classes = TestClasses.compile(tmp.resolve(dir), Map.of(
                "m.State", "package m; public enum State { " + constants + " }",
                "m.Purchase", TestClasses.entity("m", "Purchase", "",
                        "@Id Long id; @Enumerated(EnumType.STRING) @Column(length = 20) State state;")));
        return Targets.entities(classes, "m");
    }

    private Schema roundTrip(Targets.Target target, Map<String, String> sources) {
        Path classes = TestClasses.compile(tmp.resolve("classes"), sources);
        EntitySource source = Targets.entities(classes, "m");
        String url = target.fresh().apply(tmp);
        assertThat(Targets.apply(url, source, false).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        PlanResult again = Targets.plan(url, source);
        assertThat(again.inSync()).as(Targets.describe(again)).isTrue();
        return again.current();
    }

    private static Table table(Schema s, String name) {
        return s.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in "
                + s.tables().stream().map(Table::name).toList()));
    }
}
