package dev.syncdb.postgres;

import dev.syncdb.model.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector issues the same small number of queries for 3 tables as for 300. */
class PostgresInspectorScaleTest {
    private final PgFixture fx = new PgFixture();

    @AfterEach
    void dropDatabase() {
        fx.drop();
    }

    @Test
    void queryCountDoesNotGrowWithTheNumberOfTables() throws Exception {
        createTables(0, 3);
        int small = countQueries();
        createTables(3, 300);
        long start = System.nanoTime();
        AtomicInteger statements = new AtomicInteger();
        Schema schema;
        try (Connection c = fx.connect()) {
            schema = new PostgresInspector().inspect(counting(c, statements), "public");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // one query per object kind (tables, columns, constraints, indexes, enums, sequences, views and
        // their dependencies, extensions, domains, composite and range types, routines, triggers,
        // policies, aggregates, indexes on materialized views, event triggers, object dependencies,
        // unmanaged objects) and the session setup
        assertThat(statements.get()).isEqualTo(small).isLessThanOrEqualTo(24);
        assertThat(millis).as("inspection time in ms").isLessThan(10_000);
        assertThat(schema.tables()).hasSize(300);
        assertThat(schema.table("t_0299").orElseThrow().columns()).hasSize(4);
        assertThat(schema.table("t_0299").orElseThrow().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.refTable()).isEqualTo("t_0298"));
        assertThat(schema.table("t_0150").orElseThrow().indexes()).singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo("t_0150_name"));
        assertThat(schema.sequences()).hasSize(300);
    }

    private int countQueries() throws Exception {
        AtomicInteger statements = new AtomicInteger();
        try (Connection c = fx.connect()) {
            Schema schema = new PostgresInspector().inspect(counting(c, statements), "public");
            assertThat(schema.tables()).hasSize(3);
        }
        return statements.get();
    }

    private void createTables(int from, int to) {
        StringBuilder sql = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = String.format("t_%04d", i);
            sql.append("CREATE TABLE ").append(t).append(" (id serial PRIMARY KEY, name text NOT NULL, ")
                    .append("parent int").append(i == 0 ? "" : String.format(" REFERENCES t_%04d", i - 1))
                    .append(", price numeric(10,2) CHECK (price >= 0));\n")
                    .append("CREATE INDEX ").append(t).append("_name ON ").append(t).append(" (name);\n");
        }
        fx.sql(sql.toString());
    }

    /** The connection, counting every statement it creates. */
    private static Connection counting(Connection c, AtomicInteger count) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                    || method.getName().equals("prepareCall")) {
                count.incrementAndGet();
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, h);
    }
}
