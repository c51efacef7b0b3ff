package dev.syncdb.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The part of a dialect that runs SQL scripts (a desired schema, a migration replay) in a scratch
 * place: where that place is, how a script splits into statements, how statements are batched, and
 * which statements must run outside a transaction.
 */
public interface Materialization {

    SplitOptions splitOptions();

    /** Makes a scratch place for the desired schema, next to the target or where options say. */
    Scratch openScratch(DatabaseUrl target, ScratchOptions options) throws SQLException;

    /**
     * How to run a long script fast on the server behind {@code connection}: the statements per
     * transaction, sized to what one transaction may hold, and per round trip. By default all in one
     * transaction, one statement per round trip.
     */
    default ScriptBatching scriptBatching(Connection connection) throws SQLException {
        return ScriptBatching.ONE_TRANSACTION;
    }

    /**
     * Whether the database refuses to run this statement of a user's script inside a transaction
     * block (e.g. PostgreSQL's CREATE INDEX CONCURRENTLY); such statements run on their own.
     */
    default boolean refusedInTransaction(String sql) {
        return false;
    }

    /**
     * What to tell the user when a statement failed because of a server limit rather than the SQL
     * itself (PostgreSQL: a transaction that needs more locks than the lock table holds): the
     * setting to raise, or another way around it. Empty when the error says enough on its own.
     */
    default Optional<String> limitAdvice(SQLException error) {
        return Optional.empty();
    }

    /**
     * Where in {@code statement} the database's parser stopped, as a character offset, when its
     * message does not say (PostgreSQL's does: "Position: N"). Empty when not known.
     */
    default OptionalInt errorOffset(String statement, SQLException error) {
        return OptionalInt.empty();
    }

    /**
     * Whether a script uses syntax that only this database has (its own types, storage clauses,
     * quoting): when another database fails to read the script, the error says whose SQL it looks like.
     */
    default boolean writtenIn(String script) {
        return false;
    }

    /**
     * Splits a script into parts to materialize in separate scratch places, for a database whose own
     * cost of adding one object grows with the size of the schema it is added to (so a large script
     * costs the square of its size in one place): each part lists the indexes of its statements in
     * {@code statements} (in order; a statement may be in several parts). Only when running each
     * part alone fails exactly where the whole script would fail first (same statement, same error)
     * and {@link Inspector#inspectParts} reads the parts as the whole. Empty (the default) = one
     * place.
     */
    default Optional<List<List<Integer>>> parts(List<String> statements) {
        return Optional.empty();
    }
}
