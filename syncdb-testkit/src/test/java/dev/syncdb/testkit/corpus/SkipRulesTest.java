package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.ServerInfo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SkipRulesTest {
    private static final ServerInfo PG17 = new ServerInfo("17.11", Set.of("pgcrypto", "citext"));
    private static final ServerInfo PG17_VECTOR = new ServerInfo("17.11", Set.of("vector"));

    private static CorpusCase plain() {
        return CorpusCase.of("psqldef", "f.yml", "C", "", "CREATE TABLE t (a int);");
    }

    private static CorpusCase with(String minV, String maxV, String flavor, boolean enableDrop, String user,
                                   List<String> roles, Map<String, Object> manage, Map<String, Object> config,
                                   boolean offline) {
        return new CorpusCase("psqldef", "f.yml", "C", "", "x", minV, maxV, flavor, enableDrop, true, user, roles,
                manage, config, offline, null);
    }

    private static Optional<String> pg(CorpusCase c, ServerInfo s) {
        return SkipRules.skipReason(c, CorpusDialect.POSTGRESQL, s);
    }

    @Test
    void aPlainCaseRuns() {
        assertThat(pg(plain(), PG17)).isEmpty();
        assertThat(SkipRules.skipReason(plain(), CorpusDialect.SQLITE, new ServerInfo("3.50.3", Set.of()))).isEmpty();
    }

    @Test
    void mysqlCasesRunOnMariadbAndFlavorsMatchTheServer() {
        ServerInfo mariadb = new ServerInfo("10.11.19", Set.of(), "mariadb");
        assertThat(SkipRules.skipReason(plain(), CorpusDialect.MYSQL, mariadb)).isEmpty();
        assertThat(SkipRules.skipReason(with(null, null, "mariadb", true, null, null, null, null, false),
                CorpusDialect.MYSQL, mariadb)).isEmpty();
        assertThat(SkipRules.skipReason(with(null, null, "!tidb", true, null, null, null, null, false),
                CorpusDialect.MYSQL, mariadb)).isEmpty();
        assertThat(SkipRules.skipReason(with(null, null, "mysql", true, null, null, null, null, false),
                CorpusDialect.MYSQL, mariadb).orElseThrow()).startsWith("flavor mysql");
        assertThat(SkipRules.skipReason(with(null, null, "!mariadb", true, null, null, null, null, false),
                CorpusDialect.MYSQL, mariadb).orElseThrow()).startsWith("flavor !mariadb");
    }

    @Test
    void offlineCasesAreSkipped() {
        assertThat(pg(with(null, null, null, true, null, null, null, null, true), PG17).orElseThrow())
                .startsWith("offline: true");
    }

    @Test
    void pgvectorNeedsTheVectorExtension() {
        CorpusCase c = with(null, null, "pgvector", true, null, null, null, null, false);
        assertThat(pg(c, PG17).orElseThrow()).contains("flavor pgvector").contains("vector not available");
        assertThat(pg(c, PG17_VECTOR)).isEmpty();
        CorpusCase notVector = with(null, null, "!pgvector", true, null, null, null, null, false);
        assertThat(pg(notVector, PG17)).isEmpty();
        assertThat(pg(notVector, PG17_VECTOR)).isPresent();
        assertThat(pg(with(null, null, "mariadb", true, null, null, null, null, false), PG17)).isPresent();
        assertThat(pg(with(null, null, "!tidb", true, null, null, null, null, false), PG17)).isEmpty();
    }

    @Test
    void versionBoundsCompareSegmentBySegment() {
        assertThat(pg(with("18.0", null, null, true, null, null, null, null, false), PG17).orElseThrow())
                .isEqualTo("version range >= 18.0 excludes the server (major 17)");
        assertThat(pg(with("12", null, null, true, null, null, null, null, false), PG17)).isEmpty();
        assertThat(pg(with("9.1", null, null, true, null, null, null, null, false), PG17)).isEmpty();
        assertThat(pg(with(null, "17", null, true, null, null, null, null, false), PG17)).isEmpty();
        assertThat(pg(with(null, "16.9", null, true, null, null, null, null, false), PG17)).isPresent();
        assertThat(VersionRange.segments("17.11 (Debian)")).containsExactly(17, 11);
        assertThat(VersionRange.segments("18beta1")).containsExactly(18);
    }

    @Test
    void roleAndPrivilegeManagementIsSkipped() {
        assertThat(pg(with(null, null, null, true, "app", null, null, null, false), PG17).orElseThrow())
                .startsWith("user:");
        assertThat(pg(with(null, null, null, true, null, List.of("r"), null, null, false), PG17).orElseThrow())
                .startsWith("managed_roles:");
        assertThat(pg(with(null, null, null, true, null, null, Map.of("function", List.of()), null, false), PG17)
                .orElseThrow()).startsWith("manage:").contains("function");
    }

    @Test
    void sqldefConfigAndSuppressedDropsAreSkipped() {
        assertThat(pg(with(null, null, null, true, null, null, null, Map.of("bulk_alter", true), false), PG17))
                .hasValue("config: sqldef option bulk_alter");
        assertThat(pg(with(null, null, null, true, null, null, null, Map.of("bulk_alter", false), false), PG17))
                .isEmpty();
        assertThat(pg(with(null, null, null, false, null, null, null, null, false), PG17).orElseThrow())
                .startsWith("enable_drop: false");
    }

    @Test
    void errorCasesAndRenameHintsRun() {
        CorpusCase err = new CorpusCase("psqldef", "f.yml", "E", "", "x -- @renamed from=y", null, null, null,
                true, true, null, null, null, null, false, "cannot rename");
        assertThat(pg(err, PG17)).isEmpty();
    }
}
