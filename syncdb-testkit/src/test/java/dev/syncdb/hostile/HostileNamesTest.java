package dev.syncdb.hostile;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Column;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Index;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.View;
import dev.syncdb.testkit.MysqlAvailable;
import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile names round-trip on every dialect: a generated {@link HostileCase} is written as a desired
 * schema, applied to a fresh database beside a canary table, inspected (every name, enum label and
 * comment exactly as generated; each label accepted by the column), then changed (a column, an index
 * and a label added, the check dropped, a comment changed) and applied again. The canary table and
 * its row are never touched, no other table appears, and apply's own verification finds no
 * difference left.
 */
class HostileNamesTest {

    @Provide
    Arbitrary<HostileCase> cases() {
        return HostileCase.arbitrary();
    }

    @Property
    void postgres(@ForAll("cases") HostileCase h) throws Exception {
        PgServer server = PgServers.embedded();
        String db = server.freshDatabase();
        try {
            roundTrip(h, DatabaseUrl.parse(server.url(db)), "postgres", HostileSql::postgres);
        } finally {
            server.dropDatabase(db);
        }
    }

    @Property
    void mysql(@ForAll("cases") HostileCase h) throws Exception {
        Assume.that(MysqlAvailable.unavailableReason() == null || MysqlAvailable.promised());
        MysqlServer server = MysqlServer.local();
        String db = server.freshDatabase();
        try {
            roundTrip(h, DatabaseUrl.parse(server.url(db)), "mysql", HostileSql::mysql);
        } finally {
            server.dropDatabase(db);
        }
    }

    @Property
    void sqlite(@ForAll("cases") HostileCase h) throws Exception {
        Path dir = Files.createTempDirectory("syncdb-hostile");
        try {
            roundTrip(h, DatabaseUrl.parse("sqlite:" + dir.resolve("app.db")), "sqlite", HostileSql::sqlite);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void roundTrip(HostileCase h, DatabaseUrl url, String dialect,
                                  BiFunction<HostileCase, Boolean, String> sql) throws Exception {
        Path dir = Files.createTempDirectory("syncdb-hostile-schema");
        try (Session s = Session.open(url, null, true); Statement st = s.connection().createStatement()) {
            st.execute("CREATE TABLE canary (id int PRIMARY KEY, note varchar(20))");
            st.execute("INSERT INTO canary VALUES (1, '" + HostileSql.CANARY_NOTE + "')");
        }
        for (boolean v2 : new boolean[]{false, true}) {
            Path file = Files.writeString(dir.resolve(v2 ? "v2.sql" : "v1.sql"), sql.apply(h, v2));
            SyncRequest request = new SyncRequest(url, null, new SqlFilesSource(List.of(file), null), null);
            ApplyResult result = new ApplyUseCase().run(request, ApplyOptions.auto(false));
            assertThat(result.outcome()).as(Files.readString(file)).isEqualTo(ApplyResult.Outcome.APPLIED);
            try (Session s = Session.open(url, null, false)) {
                Schema schema = s.inspect();
                namesExact(schema, h, dialect, v2);
                labelsAccepted(s.connection(), h, dialect, v2);
                canaryUntouched(s.connection(), schema, h);
            }
        }
    }

    private static void namesExact(Schema schema, HostileCase h, String dialect, boolean v2) {
        Table t = schema.table(h.table()).orElseThrow(() -> new AssertionError("no table " + h.table() + " in "
                + schema.tables().stream().map(Table::name).toList()));
        List<String> columns = new ArrayList<>(List.of(h.a(), h.b(), h.c()));
        if (v2) {
            columns.add(h.d());
        }
        assertThat(t.columns().stream().map(Column::name).toList()).isEqualTo(columns);
        List<String> indexes = new ArrayList<>(List.of(h.index1()));
        if (v2) {
            indexes.add(h.index2());
        }
        assertThat(t.indexes().stream().filter(i -> !i.unique()).map(Index::name).toList())
                .containsExactlyInAnyOrderElementsOf(indexes);
        List<String> unique = new ArrayList<>(t.uniqueKeys().stream().map(UniqueKey::name).toList());
        t.indexes().stream().filter(Index::unique).map(Index::name).forEach(unique::add);
        assertThat(unique).containsExactly(h.unique());
        List<String> checks = t.checks().stream().map(c -> c.name()).toList();
        if (v2) {
            assertThat(checks).doesNotContain(h.check());
        } else {
            assertThat(checks).contains(h.check());
        }
        assertThat(t.foreignKeys().stream().map(k -> k.name()).toList()).isEqualTo(v2 ? List.of(h.foreignKey()) : List.of());
        assertThat(schema.views().stream().map(View::name).toList()).containsExactly(h.view());
        if (dialect.equals("sqlite")) {
            return;
        }
        assertThat(t.comment()).isEqualTo(stored(dialect, h.comments().get(v2 ? 2 : 0)));
        assertThat(column(t, h.b()).comment()).isEqualTo(stored(dialect, h.comments().get(1)));
        if (v2) {
            assertThat(column(t, h.d()).comment()).isEqualTo(stored(dialect, h.comments().get(0)));
        }
        if (dialect.equals("postgres")) {
            EnumType e = schema.enums().stream().filter(x -> x.name().equals(h.enumType())).findFirst()
                    .orElseThrow(() -> new AssertionError("no enum " + h.enumType() + " in " + schema.enums()));
            assertThat(e.values()).isEqualTo(v2 ? h.labels() : h.labels().subList(0, 3));
            assertThat(e.comment()).isEqualTo(h.comments().get(2));
        }
    }

    /** Each label the version has goes into the enum (or checked) column; rows from version 1 survive version 2. */
    private static void labelsAccepted(Connection c, HostileCase h, String dialect, boolean v2) throws Exception {
        String q = dialect.equals("mysql") ? "`" : "\"";
        UnaryOperator<String> id = n -> q + n.replace(q, q + q) + q;
        int from = v2 ? 3 : 0;
        int to = v2 ? 4 : 3;
        for (int i = from; i < to; i++) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + id.apply(h.table()) + " (" + id.apply(h.a())
                    + ", " + id.apply(h.b()) + ", " + id.apply(h.c()) + ") VALUES (?, ?, ?)")) {
                ps.setInt(1, i);
                ps.setString(2, "row" + i);
                if (dialect.equals("postgres")) {
                    ps.setObject(3, h.labels().get(i), Types.OTHER);
                } else {
                    ps.setString(3, h.labels().get(i));
                }
                ps.executeUpdate();
            }
        }
        List<String> stored = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + id.apply(h.c()) + " FROM "
                + id.apply(h.table()) + " ORDER BY " + id.apply(h.a()))) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertThat(stored).isEqualTo(h.labels().subList(0, to));
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO " + id.apply(h.table()) + " (" + id.apply(h.a()) + ") VALUES (100)");
            // MariaDB names a view's column after the select item without its leading white space
            UnaryOperator<String> viewColumn = n -> id.apply(dialect.equals("mysql") ? n.stripLeading() : n);
            try (ResultSet rs = st.executeQuery("SELECT " + viewColumn.apply(h.b()) + ", count(*) FROM " + id.apply(h.view())
                    + " WHERE " + viewColumn.apply(h.a()) + " = 100 GROUP BY " + viewColumn.apply(h.b()))) {
                assertThat(rs.next()).as("the view reads the table").isTrue();
                assertThat(rs.getString(1)).as("the column default").isEqualTo(h.labels().get(v2 ? 1 : 0));
            }
            st.executeUpdate("DELETE FROM " + id.apply(h.table()) + " WHERE " + id.apply(h.a()) + " = 100");
        }
    }

    private static void canaryUntouched(Connection c, Schema schema, HostileCase h) throws Exception {
        assertThat(schema.tables().stream().map(Table::name).filter(n -> !n.equals("syncdb_history")).toList())
                .containsExactlyInAnyOrder("canary", h.table());
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, note FROM canary")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo(HostileSql.CANARY_NOTE);
            assertThat(rs.next()).isFalse();
        }
    }

    /** A comment as the server keeps it: MariaDB stores metadata in 3-byte UTF-8, a character outside the BMP becomes '?'. */
    private static String stored(String dialect, String comment) {
        if (!dialect.equals("mysql")) {
            return comment;
        }
        StringBuilder sb = new StringBuilder();
        comment.codePoints().forEach(cp -> sb.append(Character.isSupplementaryCodePoint(cp) ? "?" : Character.toString(cp)));
        return sb.toString();
    }

    private static Column column(Table t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
