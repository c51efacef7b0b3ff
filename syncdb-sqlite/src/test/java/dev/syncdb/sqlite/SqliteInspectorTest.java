package dev.syncdb.sqlite;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteInspectorTest {
    private Connection c;

    @BeforeEach
    void open() throws Exception {
        c = DriverManager.getConnection("jdbc:sqlite::memory:");
        for (String sql : List.of(
                "CREATE TABLE p (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL COLLATE nocase DEFAULT 'x',"
                        + " n int DEFAULT (1+2), m REAL DEFAULT -1.5, g INT GENERATED ALWAYS AS (n*2) STORED,"
                        + " CONSTRAINT ck CHECK (n > 0), CHECK(m<>0), UNIQUE (name, n), CONSTRAINT uq2 UNIQUE (m))",
                "CREATE TABLE c (a INT, b VARCHAR(20), CONSTRAINT fk1 FOREIGN KEY (a) REFERENCES P(id) ON DELETE CASCADE,"
                        + " PRIMARY KEY (a, b)) WITHOUT ROWID",
                "CREATE INDEX ix ON p (lower(name), n DESC) WHERE n > 1",
                "CREATE UNIQUE INDEX ux ON p (m)",
                "CREATE VIEW vv AS SELECT * FROM p JOIN c ON c.a = p.id",
                "CREATE TRIGGER tr AFTER INSERT ON p BEGIN SELECT 1; END")) {
            c.createStatement().execute(sql);
        }
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    @Test
    void readsTablesColumnsAndConstraints() throws Exception {
        Schema s = new SqliteInspector().inspect(c, "main");
        assertThat(s.tables()).extracting(Table::name).containsExactly("c", "p");
        Table p = s.table("p").orElseThrow();
        assertThat(p.columns()).extracting(Column::name).containsExactly("id", "name", "n", "m", "g");
        assertThat(p.column("id").orElseThrow().identity()).isEqualTo(Identity.of(Identity.Generation.AUTOINCREMENT));
        Column name = p.column("name").orElseThrow();
        assertThat(name.nullable()).isFalse();
        assertThat(name.collation()).isEqualTo("NOCASE");
        assertThat(name.defaultExpr()).isEqualTo("'x'");
        assertThat(p.column("n").orElseThrow().defaultExpr()).isEqualTo("1+2");
        assertThat(p.column("m").orElseThrow().defaultExpr()).isEqualTo("-1.5");
        assertThat(p.column("g").orElseThrow().generated()).isEqualTo(new Generated("n * 2", true));
        assertThat(p.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(p.uniqueKeys()).containsExactlyInAnyOrder(UniqueKey.of(null, List.of("name", "n")), UniqueKey.of("uq2", List.of("m")));
        assertThat(p.checks()).containsExactly(new CheckConstraint("ck", "n > 0"), new CheckConstraint(null, "m <> 0"));
        assertThat(p.options()).isEmpty();
    }

    @Test
    void readsIndexesForeignKeysOptionsViewsAndTriggers() throws Exception {
        Schema s = new SqliteInspector().inspect(c, "main");
        Table p = s.table("p").orElseThrow();
        assertThat(p.indexes()).extracting(Index::name).containsExactly("ix", "ux");
        Index ix = p.indexes().get(0);
        assertThat(ix.unique()).isFalse();
        assertThat(ix.keys()).containsExactly(new IndexKey("lower(name)", true, false, null, null, null),
                new IndexKey("n", false, true, null, null, null));
        assertThat(ix.predicate()).isEqualTo("n > 1");
        assertThat(p.indexes().get(1).unique()).isTrue();
        Table ct = s.table("c").orElseThrow();
        assertThat(ct.options()).isEqualTo(Map.of("without_rowid", "true"));
        assertThat(ct.column("b").orElseThrow().type().length()).isEqualTo(20);
        assertThat(ct.primaryKey().columns()).containsExactly("a", "b");
        assertThat(ct.foreignKeys()).containsExactly(new ForeignKey("fk1", List.of("a"), null, "p", List.of("id"),
                "CASCADE", "NO ACTION", false, false, "NONE"));
        assertThat(s.views()).singleElement().satisfies(v -> {
            assertThat(v.definition()).isEqualTo("SELECT * FROM p JOIN c ON c.a = p.id");
            assertThat(v.dependsOn()).containsExactlyInAnyOrder("p", "c");
        });
        assertThat(s.unsupported()).isEmpty();
        assertThat(s.objects()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(dev.syncdb.model.SchemaObject.Kind.TRIGGER);
            assertThat(o.identity()).isEqualTo("p.tr");
            assertThat(o.table()).isEqualTo("p");
            assertThat(o.definition()).isEqualTo("CREATE TRIGGER tr AFTER INSERT ON p BEGIN SELECT 1 ; END");
            assertThat(o.dependsOn()).containsExactly(new dev.syncdb.model.ObjectRef(
                    dev.syncdb.model.SchemaObject.Kind.TABLE, "p"));
        });
    }

    /** SQLite keeps a trigger's table name as the trigger wrote it; the model names the table as it is named. */
    @Test
    void triggersNameTheirTableOrViewAsTheCatalogDoes() throws Exception {
        c.createStatement().execute("CREATE TRIGGER up AFTER UPDATE ON P BEGIN SELECT 2; END");
        c.createStatement().execute("CREATE TRIGGER vi INSTEAD OF INSERT ON VV BEGIN SELECT 3; END");
        Schema s = new SqliteInspector().inspect(c, "main");
        assertThat(s.objects()).extracting(o -> o.identity() + " " + o.dependsOn())
                .containsExactlyInAnyOrder("p.tr [table p]", "p.up [table p]", "vv.vi [view vv]");
    }

    @Test
    void skipsInternalTables() throws Exception {
        Schema s = new SqliteInspector().inspect(c, "main");
        assertThat(s.tables()).noneMatch(t -> t.name().startsWith("sqlite_"));
    }
}
