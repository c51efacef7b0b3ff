package dev.syncdb.sqlite.parse;

import dev.syncdb.model.IndexKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser of stored CREATE INDEX and CREATE VIEW statements: index keys (expressions,
 * collations, ordering) and partial-index predicates, and a view's query text.
 */
public final class CreateIndexParser {

    /** An index's keys and WHERE predicate (null = not partial), in canonical spelling. */
    public record ParsedIndex(List<IndexKey> keys, String predicate) {
        public ParsedIndex {
            keys = List.copyOf(keys);
        }
    }

    private CreateIndexParser() {
    }

    public static ParsedIndex parseIndex(String sql) {
        TokenCursor c = new TokenCursor(SqlLexer.tokens(sql));
        while (!c.atEnd() && !c.peek().is("ON")) {
            c.next();
        }
        c.accept("ON");
        c.qualifiedName();
        List<IndexKey> keys = new ArrayList<>();
        for (List<SqlToken> e : TokenCursor.splitTopLevel(c.group())) {
            keys.add(key(e));
        }
        String predicate = null;
        if (c.accept("WHERE")) {
            List<SqlToken> rest = new ArrayList<>();
            while (!c.atEnd() && !c.nextIsSymbol(";")) {
                rest.add(c.next());
            }
            predicate = SqlText.canonical(rest);
        }
        return new ParsedIndex(keys, predicate);
    }

    private static IndexKey key(List<SqlToken> e) {
        List<SqlToken> t = new ArrayList<>(e);
        boolean desc = false;
        SqlToken last = t.get(t.size() - 1);
        if (last.is("DESC") || last.is("ASC")) {
            desc = last.is("DESC");
            t.remove(t.size() - 1);
        }
        String collation = null;
        if (t.size() >= 3 && t.get(t.size() - 2).is("COLLATE")) {
            collation = CreateTableParser.collation(t.get(t.size() - 1).name());
            t = t.subList(0, t.size() - 2);
        }
        boolean plain = t.size() == 1 && (t.get(0).kind() == SqlToken.Kind.WORD
                || t.get(0).kind() == SqlToken.Kind.QUOTED_NAME);
        String expr = plain ? t.get(0).name() : SqlText.canonical(t);
        return new IndexKey(expr, !plain, desc, null, null, collation);
    }

    /** The query part of a stored CREATE VIEW statement, as written (after the top-level AS). */
    public static String viewQuery(String sql) {
        TokenCursor c = new TokenCursor(SqlLexer.tokens(sql));
        while (!c.atEnd()) {
            if (c.nextIsSymbol("(")) {
                c.group();
            } else if (c.accept("AS")) {
                SqlToken first = c.peek();
                String q = first == null ? "" : sql.substring(first.start()).strip();
                return q.endsWith(";") ? q.substring(0, q.length() - 1).strip() : q;
            } else {
                c.next();
            }
        }
        return sql;
    }

    /** The names a query mentions (every bare or quoted name), for a dependency scan. */
    public static List<String> mentionedNames(String query) {
        return SqlLexer.tokens(query).stream()
                .filter(t -> t.kind() == SqlToken.Kind.WORD || t.kind() == SqlToken.Kind.QUOTED_NAME)
                .map(SqlToken::name).toList();
    }
}
