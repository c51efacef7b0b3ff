package dev.syncdb.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application during a schema change: a thread on its own connection that inserts rows (ids from
 * {@code firstId} up, each with a valid owner and a unique e-mail) and updates existing ones, one
 * autocommit statement at a time, and measures how long each statement took. Used by the online tests
 * and the online benchmark on table {@code accounts(id, owner_id, email, score)}.
 */
final class LoadWriter implements AutoCloseable {
    private final Connection c;
    private final long firstId;
    private final long existing;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private final List<String> errors = new ArrayList<>();
    private volatile long longestNanos;
    private volatile long inserted;
    private volatile long statements;

    LoadWriter(Connection c, long firstId, long existing) {
        this.c = c;
        this.firstId = firstId;
        this.existing = existing;
        this.thread = new Thread(this::loop, "load-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO accounts (id, owner_id, email, score) VALUES (?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE accounts SET score = score + 1 WHERE id = ?")) {
            long id = firstId;
            while (!stop.get()) {
                ins.setLong(1, id);
                ins.setInt(2, (int) (id % 1000) + 1);
                ins.setString(3, "w" + id + "@example.com");
                ins.setLong(4, id);
                timed(ins);
                inserted++;
                id++;
                upd.setLong(1, 1 + (id * 7919) % existing);
                timed(upd);
            }
        } catch (SQLException e) {
            synchronized (errors) {
                errors.add(e.getMessage());
            }
        }
    }

    private void timed(PreparedStatement st) throws SQLException {
        long t0 = System.nanoTime();
        st.executeUpdate();
        long took = System.nanoTime() - t0;
        statements++;
        if (took > longestNanos) {
            longestNanos = took;
        }
    }

    /** Stops the writer and waits for its last statement. */
    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        thread.join(30_000);
    }

    long longestMillis() {
        return longestNanos / 1_000_000;
    }

    long inserted() {
        return inserted;
    }

    long statements() {
        return statements;
    }

    long firstId() {
        return firstId;
    }

    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }
}
