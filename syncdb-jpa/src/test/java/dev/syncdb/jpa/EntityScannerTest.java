package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityScannerTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheShopEntitiesAndTheirHelpers() {
        JpaOptions options = new JpaOptions(List.of("shop.v1"), List.of(TestClasses.shopClasses()), null);
        try (EntityScan scan = new EntityScanner().scan(options)) {
            assertThat(scan.entities()).hasSize(25);
            assertThat(scan.entityNames()).contains("shop.v1.users.User", "shop.v1.orders.Order",
                    "shop.v1.audit.LoginAudit").noneMatch(n -> n.startsWith("shop.v2"));
            assertThat(scan.supporting()).extracting(Class::getSimpleName)
                    .containsExactlyInAnyOrder("BaseEntity", "Address", "Money", "YesNoConverter", "StockKey");
            assertThat(scan.packages()).containsExactly("shop.v1.audit", "shop.v1.catalog", "shop.v1.inventory",
                    "shop.v1.media", "shop.v1.orders", "shop.v1.support", "shop.v1.users");
        }
    }

    @Test
    void severalPackagePrefixesAndSubpackages() {
        JpaOptions options = new JpaOptions(List.of("shop.v2.loyalty", "shop.v2.users"),
                List.of(TestClasses.shopClasses()), null);
        try (EntityScan scan = new EntityScanner().scan(options)) {
            assertThat(scan.entityNames()).containsExactly("shop.v2.loyalty.LoyaltyAccount", "shop.v2.users.Avatar",
                    "shop.v2.users.Profile", "shop.v2.users.Role", "shop.v2.users.User", "shop.v2.users.Wishlist");
        }
    }

    @Test
    void classesComeFromAnIsolatedLoaderOverTheGivenClasspath() {
        Path classes = TestClasses.compile(tmp, Map.of("ext.Thing",
                TestClasses.entity("ext", "Thing", "", "@Id Long id;")));
        try (EntityScan scan = new EntityScanner().scan(new JpaOptions(List.of("ext"), List.of(classes), null))) {
            assertThat(scan.entityNames()).containsExactly("ext.Thing");
            assertThat(scan.loader().getName()).isEqualTo("syncdb-entities");
        }
    }

    @Test
    void wildcardTakesEveryJarInADirectory() throws Exception {
        Path classes = TestClasses.compile(tmp.resolve("c"), Map.of("jar1.Thing",
                TestClasses.entity("jar1", "Thing", "", "@Id Long id;")));
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Jars.write(lib.resolve("entities.jar"), classes);
        JpaOptions options = new JpaOptions(List.of("jar1"), List.of(lib.resolve("*")), null);
        try (EntityScan scan = new EntityScanner().scan(options)) {
            assertThat(scan.entityNames()).containsExactly("jar1.Thing");
        }
    }

    @Test
    void withoutAClasspathTheCallersClasspathIsScanned() {
        try (EntityScan scan = new EntityScanner().scan(new JpaOptions(List.of("shop.v2"), List.of(), null))) {
            assertThat(scan.entities()).hasSize(26);
            assertThat(scan.ownsLoader()).isFalse();
        }
    }

    @Test
    void noEntityUnderThePackageIsAnErrorNotAnEmptySchema() {
        JpaOptions options = new JpaOptions(List.of("shop.nothing"), List.of(TestClasses.shopClasses()), null);
        assertThatThrownBy(() -> new EntityScanner().scan(options))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessageStartingWith("no @Entity classes under shop.nothing in ")
                .hasMessageContaining(TestClasses.shopClasses().toString());
    }

    @Test
    void missingClasspathEntryIsNamed() {
        JpaOptions options = new JpaOptions(List.of("x"), List.of(tmp.resolve("missing.jar")), null);
        assertThatThrownBy(() -> new EntityScanner().scan(options))
                .hasMessage("classpath entry not found: " + tmp.resolve("missing.jar"));
    }

    @Test
    void aClassThatCannotBeLoadedNamesTheClassAndTheMissingType() throws Exception {
        Path classes = TestClasses.compile(tmp, Map.of(
                "broken.Money", "package broken; public class Money implements java.io.Serializable { }",
                "broken.Invoice", TestClasses.entity("broken", "Invoice", "", "@Id Long id; Money total;")));
        Files.delete(classes.resolve("broken/Money.class"));
        JpaOptions options = new JpaOptions(List.of("broken"), List.of(classes), null);
        assertThatThrownBy(() -> new EntityScanner().scan(options))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessageStartingWith("cannot load class broken.Invoice: it needs broken.Money, which is not on the classpath");
    }

    @Test
    void javaxPersistenceEntitiesGetAClearMessage() {
        Path classes = TestClasses.compile(tmp, Map.of(
                "javax.persistence.Entity", "package javax.persistence; import java.lang.annotation.*;"
                        + " @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE) public @interface Entity { }",
                "old.Legacy", "package old; @javax.persistence.Entity public class Legacy { Long id; }"));
        JpaOptions options = new JpaOptions(List.of("old"), List.of(classes), null);
        assertThatThrownBy(() -> new EntityScanner().scan(options))
                .hasMessageContaining("javax.persistence")
                .hasMessageContaining("old.Legacy")
                .hasMessageContaining("jakarta.persistence entities (Hibernate 6+, Spring Boot 3+)");
    }
}
