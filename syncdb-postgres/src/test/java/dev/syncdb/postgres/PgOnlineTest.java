package dev.syncdb.postgres;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.SchemaChange.AddCheck;
import dev.syncdb.diff.SchemaChange.AddIndex;
import dev.syncdb.diff.SchemaChange.AddPrimaryKey;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.SchemaChange.DropIndex;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.plan.OnlineTables;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The online forms of PostgreSQL changes, each statement with its lock; tables not chosen keep the usual ones. */
class PgOnlineTest {
    private final PostgresRenderer renderer = new PostgresRenderer();
    private final Table t = Table.builder("t").column(Column.of("id", "integer")).column(Column.of("a", "text")).build();
    private final Schema current = new Schema("public", List.of(t), List.of(), List.of(), List.of(), List.of());
    private final RenderContext online = new RenderContext(current, current, null,
            new OnlineTables(Set.of("t"), Map.of("t", 5_000_000L), "PostgreSQL 15.4"));
    private final RenderContext offline = new RenderContext(current, current);
    private final Index index = new Index("t_a_idx", false, null, List.of(new IndexKey("a", false, false, null, null, null, null)),
            List.of(), null, false, null);

    private List<Statement> render(dev.syncdb.diff.SchemaChange c, RenderContext ctx) {
        return renderer.render(c, ctx);
    }

    @Test
    void indexesAreBuiltAndDroppedConcurrentlyOutsideTheTransaction() {
        List<Statement> add = render(new AddIndex("t", index), online);
        assertThat(add).extracting(Statement::sql).containsExactly("CREATE INDEX CONCURRENTLY t_a_idx ON t (a)");
        assertThat(add.get(0).transactional()).isFalse();
        assertThat(add.get(0).lock().level()).isEqualTo("SHARE UPDATE EXCLUSIVE");
        assertThat(add.get(0).lock().blocksWrites()).isFalse();
        assertThat(add.get(0).lock().estimate()).as("5,000,000 rows at the measured index rate")
                .isEqualTo(java.time.Duration.ofMillis(5_000_000L * 1000 / PgOnline.INDEX_ROWS_PER_SECOND))
                .isEqualTo(java.time.Duration.ofMillis(8333));
        assertThat(add.get(0).lock().beforeRetry()).isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS t_a_idx");
        assertThat(render(new DropIndex("t", index), online)).extracting(Statement::sql)
                .containsExactly("DROP INDEX CONCURRENTLY t_a_idx");
        assertThat(render(new AddIndex("t", index), offline)).extracting(Statement::sql)
                .containsExactly("CREATE INDEX t_a_idx ON t (a)");
    }

    @Test
    void aHandWrittenConcurrentBuildDropsItsInvalidIndexBeforeARetry() {
        PgOnlineDdl ddl = PgOnlineDdl.INSTANCE;
        assertThat(ddl.beforeRetry("CREATE INDEX CONCURRENTLY accounts_score_idx ON accounts (score)"))
                .isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS accounts_score_idx");
        assertThat(ddl.beforeRetry("-- build it\ncreate unique index concurrently if not exists app.\"Email Idx\" on app.t (e)"))
                .isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS app.\"Email Idx\"");
        assertThat(ddl.beforeRetry("CREATE INDEX accounts_score_idx ON accounts (score)")).isNull();
        assertThat(ddl.beforeRetry("ALTER TABLE accounts ADD COLUMN note text")).isNull();
    }

    @Test
    void notNullGoesThroughAValidatedCheck() {
        Column from = Column.of("a", "text");
        AlterColumn c = new AlterColumn("t", from, from.withNullable(false), EnumSet.of(ColumnAspect.NULLABLE));
        List<Statement> out = render(c, online);
        assertThat(out).extracting(Statement::sql).containsExactly(
                "ALTER TABLE t ADD CONSTRAINT t_a_not_null CHECK (a IS NOT NULL) NOT VALID",
                "ALTER TABLE t VALIDATE CONSTRAINT t_a_not_null",
                "ALTER TABLE t ALTER COLUMN a SET NOT NULL",
                "ALTER TABLE t DROP CONSTRAINT t_a_not_null");
        assertThat(out).extracting(s -> s.lock().blocksWritesLong()).containsOnly(false);
        assertThat(out.get(1).lock().scans()).isTrue();
    }

    @Test
    void checksAreAddedNotValidThenValidated() {
        assertThat(render(new AddCheck("t", new CheckConstraint("t_id_check", "(id > 0)")), online))
                .extracting(Statement::sql).containsExactly("ALTER TABLE t ADD CONSTRAINT t_id_check CHECK (id > 0) NOT VALID",
                        "ALTER TABLE t VALIDATE CONSTRAINT t_id_check");
    }

    @Test
    void aPrimaryKeyIsAttachedToAConcurrentUniqueIndex() {
        List<Statement> out = render(new AddPrimaryKey("t", new PrimaryKey("t_pkey", List.of("id"))), online);
        assertThat(out).extracting(Statement::sql).containsExactly("CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON t (id)",
                "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey");
        assertThat(out.get(1).lock().scans()).as("id is nullable: the attach sets NOT NULL, which scans").isTrue();
    }

    @Test
    void theHelperCheckNameFitsIn63Bytes() {
        assertThat(PgOnline.helperName("t".repeat(60), "c")).hasSize(63).endsWith("_not_null");
    }
}
