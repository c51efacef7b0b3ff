package dev.syncdb.postgres;

import dev.syncdb.model.Sequence;
import dev.syncdb.plan.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.syncdb.postgres.PostgresQuote.ident;

/**
 * The PostgreSQL statements for sequences: CREATE SEQUENCE with every option (its owner is set
 * later, once the table exists), DROP SEQUENCE IF EXISTS, and ALTER SEQUENCE with only the options
 * that changed.
 */
final class PgSequenceSql {

    private PgSequenceSql() {
    }

    static List<Statement> create(Sequence s) {
        String as = s.dataType() == null ? "" : " AS " + s.dataType();
        return List.of(Statement.of("CREATE SEQUENCE " + PgNamespaces.sql(s.name()) + as + " INCREMENT BY " + s.increment()
                + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue() + " START WITH " + s.start()
                + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE")));
    }

    /** IF EXISTS: the sequence of a serial column goes away with its table, which may be dropped first. */
    static List<Statement> drop(Sequence s) {
        return List.of(Statement.of("DROP SEQUENCE IF EXISTS " + PgNamespaces.sql(s.name())));
    }

    static List<Statement> alter(Sequence from, Sequence to) {
        List<String> opts = new ArrayList<>();
        if (to.dataType() != null && !to.dataType().equals(from.dataType())) {
            opts.add("AS " + to.dataType());
        }
        option(opts, "INCREMENT BY", from.increment(), to.increment());
        option(opts, "MINVALUE", from.minValue(), to.minValue());
        option(opts, "MAXVALUE", from.maxValue(), to.maxValue());
        option(opts, "START WITH", from.start(), to.start());
        option(opts, "CACHE", from.cache(), to.cache());
        if (from.cycle() != to.cycle()) {
            opts.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        if (!Objects.equals(from.ownedByTable(), to.ownedByTable())
                || !Objects.equals(from.ownedByColumn(), to.ownedByColumn())) {
            opts.add(to.ownedByTable() == null ? "OWNED BY NONE"
                    : "OWNED BY " + PgNamespaces.sql(to.ownedByTable()) + "." + ident(to.ownedByColumn()));
        }
        if (opts.isEmpty()) {
            return List.of();
        }
        return List.of(Statement.of("ALTER SEQUENCE " + PgNamespaces.sql(to.name()) + " " + String.join(" ", opts)));
    }

    private static void option(List<String> opts, String word, long from, long to) {
        if (from != to) {
            opts.add(word + " " + to);
        }
    }
}
