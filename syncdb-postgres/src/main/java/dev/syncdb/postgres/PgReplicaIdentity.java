package dev.syncdb.postgres;

import dev.syncdb.plan.Statement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * A table's replica identity (what logical decoding writes of an updated or deleted row's old
 * values), kept as the table option {@value #OPTION}: {@code full}, {@code nothing} or
 * {@code index <name>}; absent for the default (the primary key).
 */
final class PgReplicaIdentity {

    static final String OPTION = "replica_identity";

    private PgReplicaIdentity() {
    }

    /** The option value for pg_class.relreplident and, for 'i', the index name; null for the default. */
    static String option(String relreplident, String index) {
        return switch (relreplident == null ? "d" : relreplident) {
            case "f" -> "full";
            case "n" -> "nothing";
            case "i" -> index == null ? null : "index " + index;
            default -> null;
        };
    }

    /** ALTER TABLE ... REPLICA IDENTITY when the option differs between the two option sets. */
    static List<Statement> alter(String table, Map<String, String> from, Map<String, String> to) {
        String want = to.get(OPTION);
        if (Objects.equals(from.get(OPTION), want)) {
            return List.of();
        }
        String clause = want == null ? "DEFAULT"
                : want.startsWith("index ") ? "USING INDEX " + ident(want.substring("index ".length()))
                : want.toUpperCase(java.util.Locale.ROOT);
        return List.of(Statement.of("ALTER TABLE " + ident(table) + " REPLICA IDENTITY " + clause));
    }
}
