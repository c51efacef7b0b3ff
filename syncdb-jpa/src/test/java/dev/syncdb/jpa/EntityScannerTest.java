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
        JpaOptions options = new JpaOptions(List.of("com.example.shop"), List.of(TestClasses.shopClasses("v1")), null);
        try (EntityScan scan = new EntityScanner().scan(options)) {
            assertThat(scan.entities()).hasSize(25);
            assertThat(scan.entityNames()).contains("com.example.shop.users.User", "com.example.shop.orders.Order",
                    "com.example.shop.audit.LoginAudit").doesNotContain("com.example.shop.loyalty.LoyaltyAccount");
            assertThat(scan.supporting()).extracting(Class::getSimpleName)
                    .containsExactlyInAnyOrder("BaseEntity", "Address", "Money", "YesNoConverter", "StockKey");
            assertThat(scan.packages()).containsExactly("com.example.shop.audit", "com.example.shop.catalog", "com.example.shop.inventory",
                    "com.example.shop.media", "com.example.shop.orders", "com.example.shop.support", "com.example.shop.users");
        }
    }

    @Test
    void severalPackagePrefixesAndSubpackages() {
        JpaOptions options = new JpaOptions(List.of("com.example.shop.loyalty", "com.example.shop.users"),
                List.of(TestClasses.shopClasses("v2")), null);
        try (EntityScan scan = new EntityScanner().scan(options)) {
            assertThat(scan.entityNames()).containsExactly("com.example.shop.loyalty.LoyaltyAccount", "com.example.shop.users.Avatar",
                    "com.example.shop.users.Profile", "com.example.shop.users.Role", "com.example.shop.users.User", "com.example.shop.users.Wishlist");
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
    void withoutAClasspathTheCallersClasspathIsScanned() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (java.net.URLClassLoader callers = new java.net.URLClassLoader(
                new java.net.URL[] {TestClasses.shopClasses("v2").toUri().toURL()}, previous)) {
            thread.setContextClassLoader(callers);
            try (EntityScan scan = new EntityScanner().scan(new JpaOptions(List.of("com.example.shop"), List.of(), null))) {
                assertThat(scan.entities()).hasSize(26);
                assertThat(scan.ownsLoader()).isFalse();
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void noEntityUnderThePackageIsAnErrorNotAnEmptySchema() {
        JpaOptions options = new JpaOptions(List.of("com.example.nothing"), List.of(TestClasses.shopClasses("v1")), null);
        assertThatThrownBy(() -> new EntityScanner().scan(options))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessageStartingWith("no @Entity classes under com.example.nothing in ")
                .hasMessageContaining(TestClasses.shopClasses("v1").toString());
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
