package dev.syncdb.engine.fleet;

import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The short hash that names a plan in a fleet summary: the first 12 hex digits of the SHA-256 of its
 * statements' SQL. Statements are unqualified, so tenants that need the same change share a hash.
 */
public final class PlanHash {

    private PlanHash() {
    }

    public static String of(Plan plan) {
        return of(text(plan));
    }

    /** The hash of any text (e.g. the list of pending migrations). */
    public static String of(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan's statements, one per line, each ending with ";". */
    public static String text(Plan plan) {
        StringBuilder b = new StringBuilder();
        List<Statement> all = plan.statements();
        for (Statement s : all) {
            String sql = s.sql().strip();
            b.append(sql).append(sql.endsWith(";") ? "" : ";").append('\n');
        }
        return b.toString();
    }
}
