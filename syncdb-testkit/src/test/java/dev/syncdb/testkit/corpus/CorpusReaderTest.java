package dev.syncdb.testkit.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusReaderTest {
    private final CorpusReader reader = new CorpusReader();

    @Test
    void readsCasesInFileOrderWithSqlAndFlags() throws Exception {
        String yaml = """
                # yaml-language-server: $schema=../../testutil/testcase.schema.json
                Second:
                  current: |
                    CREATE TABLE a (id int);
                  desired: |
                    CREATE TABLE a (id bigint);
                  up: |
                    ALTER TABLE a ALTER COLUMN id TYPE bigint;
                  down: |
                    ALTER TABLE a ALTER COLUMN id TYPE int;
                First:
                  desired: "CREATE TABLE b (x text);"
                  min_version: '10'
                  max_version: 17.2
                  flavor: "!tidb"
                  enable_drop: false
                  legacy_ignore_quotes: false
                  user: app
                  managed_roles: [reader, writer]
                  manage:
                    privilege:
                      - target: reader
                        drop: true
                  config:
                    create_index_concurrently: true
                    bulk_alter: false
                  offline: true
                  error: "cannot do it"
                """;
        List<CorpusCase> cases = reader.read("psqldef", "tests_x.yml", yaml);

        assertThat(cases).extracting(CorpusCase::name).containsExactly("Second", "First");
        CorpusCase second = cases.get(0);
        assertThat(second.current()).isEqualTo("CREATE TABLE a (id int);\n");
        assertThat(second.desired()).isEqualTo("CREATE TABLE a (id bigint);\n");
        assertThat(second.enableDrop()).isTrue();
        assertThat(second.legacyIgnoreQuotes()).isTrue();
        assertThat(second.expectsError()).isFalse();
        assertThat(second.offline()).isFalse();

        CorpusCase first = cases.get(1);
        assertThat(first.toolDir()).isEqualTo("psqldef");
        assertThat(first.file()).isEqualTo("tests_x.yml");
        assertThat(first.current()).isEmpty();
        assertThat(first.minVersion()).isEqualTo("10");
        assertThat(first.maxVersion()).isEqualTo("17.2");
        assertThat(first.flavor()).isEqualTo("!tidb");
        assertThat(first.enableDrop()).isFalse();
        assertThat(first.legacyIgnoreQuotes()).isFalse();
        assertThat(first.user()).isEqualTo("app");
        assertThat(first.managedRoles()).containsExactly("reader", "writer");
        assertThat(first.manage()).containsOnlyKeys("privilege");
        assertThat(first.config()).isEqualTo(Map.of("create_index_concurrently", true, "bulk_alter", false));
        assertThat(first.enabledConfig()).containsExactly("create_index_concurrently");
        assertThat(first.offline()).isTrue();
        assertThat(first.error()).isEqualTo("cannot do it");
    }

    @Test
    void anEmptyFileHasNoCases() throws Exception {
        assertThat(reader.read("sqlite3def", "empty.yml", "# nothing\n")).isEmpty();
    }

    @Test
    void seesRenameHints() {
        CorpusCase c = CorpusCase.of("psqldef", "f.yml", "R", "CREATE TABLE t (a int);",
                "CREATE TABLE t (b int -- @renamed from=a\n);");
        assertThat(c.hasRenameHint()).isTrue();
    }

    /** The real corpus: counts as its README states them (1,216 cases). */
    @Test
    void readsTheWholeCorpus() {
        String missing = CorpusLocation.missingReason();
        if (missing != null) {
            System.out.println("corpus test skipped: " + missing);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(missing == null, missing);
        Corpus corpus = Corpus.locate();
        List<CorpusCase> pg = corpus.cases(CorpusDialect.POSTGRESQL);
        List<CorpusCase> my = corpus.cases(CorpusDialect.MYSQL);
        List<CorpusCase> lite = corpus.cases(CorpusDialect.SQLITE);

        assertThat(pg).hasSize(838);
        assertThat(my).hasSize(313);
        assertThat(lite).hasSize(65);
        List<CorpusCase> all = new java.util.ArrayList<>(pg);
        all.addAll(my);
        all.addAll(lite);
        assertThat(all.stream().filter(CorpusCase::expectsError)).hasSize(3);
        assertThat(all.stream().filter(CorpusCase::offline)).hasSize(13);
        assertThat(all.stream().filter(c -> !c.legacyIgnoreQuotes())).hasSize(497);
        assertThat(pg.stream().map(CorpusCase::file).distinct()).hasSize(26);
    }
}
