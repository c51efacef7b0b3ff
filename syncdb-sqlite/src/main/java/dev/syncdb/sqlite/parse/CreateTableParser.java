package dev.syncdb.sqlite.parse;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Generated;
import dev.syncdb.sqlite.parse.ParsedTable.NamedColumns;
import dev.syncdb.sqlite.parse.ParsedTable.ParsedColumn;
import dev.syncdb.sqlite.parse.ParsedTable.ParsedForeignKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parser of a stored CREATE TABLE statement into a {@link ParsedTable}. It reads only what the
 * pragmas do not report and skips everything else (types, defaults, conflict clauses).
 */
public final class CreateTableParser {
    private static final Set<String> COLUMN_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final List<ParsedColumn> columns = new ArrayList<>();
    private final List<NamedColumns> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<ParsedForeignKey> fks = new ArrayList<>();
    private String pkName;

    private CreateTableParser() {
    }

    public static ParsedTable parse(String sql) {
        if (sql == null) {
            return ParsedTable.EMPTY;
        }
        return new CreateTableParser().run(new TokenCursor(SqlLexer.tokens(sql)));
    }

    private ParsedTable run(TokenCursor c) {
        c.accept("CREATE");
        if (!c.accept("TEMP")) {
            c.accept("TEMPORARY");
        }
        c.accept("TABLE");
        c.acceptAll("IF", "NOT", "EXISTS");
        c.qualifiedName();
        if (!c.nextIsSymbol("(")) {
            return ParsedTable.EMPTY;
        }
        for (List<SqlToken> element : TokenCursor.splitTopLevel(c.group())) {
            if (!element.isEmpty() && element.get(0).kind() == SqlToken.Kind.WORD
                    && TABLE_CONSTRAINTS.contains(element.get(0).upper())) {
                tableConstraint(new TokenCursor(element));
            } else if (!element.isEmpty()) {
                column(new TokenCursor(element));
            }
        }
        boolean withoutRowid = false;
        boolean strict = false;
        while (!c.atEnd()) {
            if (c.acceptAll("WITHOUT", "ROWID")) {
                withoutRowid = true;
            } else if (c.accept("STRICT")) {
                strict = true;
            } else {
                c.next();
            }
        }
        return new ParsedTable(columns, pkName, uniques, checks, fks, withoutRowid, strict);
    }

    private void column(TokenCursor c) {
        String name = c.next().name();
        skipType(c);
        String collation = null;
        Generated generated = null;
        boolean autoincrement = false;
        String pending = null;
        while (!c.atEnd()) {
            if (c.accept("CONSTRAINT")) {
                pending = c.next().name();
                continue;
            }
            if (c.acceptAll("PRIMARY", "KEY")) {
                pkName = pending;
                autoincrement |= skipUntil(c, "AUTOINCREMENT");
            } else if (c.accept("UNIQUE")) {
                uniques.add(new NamedColumns(pending, List.of(name)));
            } else if (c.accept("CHECK")) {
                checks.add(new CheckConstraint(pending, SqlText.canonical(c.group())));
            } else if (c.accept("DEFAULT")) {
                skipDefault(c);
            } else if (c.accept("COLLATE")) {
                collation = collation(c.next().name());
            } else if (c.accept("REFERENCES")) {
                fks.add(references(c, pending, List.of(name)));
            } else if (c.accept("GENERATED") || c.peek().is("AS")) {
                c.accept("ALWAYS");
                c.accept("AS");
                String expr = SqlText.canonical(c.group());
                boolean stored = c.accept("STORED");
                c.accept("VIRTUAL");
                generated = new Generated(expr, stored);
            } else {
                c.next();
            }
            pending = null;
        }
        columns.add(new ParsedColumn(name, collation, generated, autoincrement));
    }

    /** Skips the declared type (words and a size group), which the pragmas report. */
    private static void skipType(TokenCursor c) {
        while (!c.atEnd() && !(c.peek().kind() == SqlToken.Kind.WORD && COLUMN_CONSTRAINTS.contains(c.peek().upper()))) {
            if (c.nextIsSymbol("(")) {
                c.group();
            } else {
                c.next();
            }
        }
    }

    /** SQLite's collation names are case-insensitive; BINARY is the default and reported as none. */
    public static String collation(String name) {
        String up = name.toUpperCase(Locale.ROOT);
        return up.equals("BINARY") ? null : up;
    }

    /** Skips PRIMARY KEY's tail (ASC/DESC, ON CONFLICT x) and says whether AUTOINCREMENT followed. */
    private static boolean skipUntil(TokenCursor c, String word) {
        c.accept("ASC");
        c.accept("DESC");
        if (c.acceptAll("ON", "CONFLICT")) {
            c.next();
        }
        return c.accept(word);
    }

    private static void skipDefault(TokenCursor c) {
        if (c.nextIsSymbol("(")) {
            c.group();
            return;
        }
        if (c.acceptSymbol("-") || c.acceptSymbol("+")) {
            c.next();
            return;
        }
        c.next();
    }

    private void tableConstraint(TokenCursor c) {
        String name = c.accept("CONSTRAINT") ? c.next().name() : null;
        if (c.acceptAll("PRIMARY", "KEY")) {
            pkName = name;
        } else if (c.accept("UNIQUE")) {
            uniques.add(new NamedColumns(name, columnNames(c.group())));
        } else if (c.accept("CHECK")) {
            checks.add(new CheckConstraint(name, SqlText.canonical(c.group())));
        } else if (c.acceptAll("FOREIGN", "KEY")) {
            List<String> cols = columnNames(c.group());
            c.accept("REFERENCES");
            fks.add(references(c, name, cols));
        }
    }

    private static ParsedForeignKey references(TokenCursor c, String name, List<String> cols) {
        String ref = c.next().name();
        if (c.nextIsSymbol("(")) {
            c.group();
        }
        boolean deferrable = false;
        boolean initiallyDeferred = false;
        while (!c.atEnd()) {
            if (c.accept("ON")) {
                c.next();
                if (!c.accept("CASCADE") && !c.accept("RESTRICT")) {
                    c.next();
                    c.next();
                }
            } else if (c.accept("MATCH")) {
                c.next();
            } else if (c.acceptAll("NOT", "DEFERRABLE")) {
                deferrable = false;
                skipInitially(c);
            } else if (c.accept("DEFERRABLE")) {
                deferrable = true;
                initiallyDeferred = skipInitially(c);
            } else {
                break;
            }
        }
        return new ParsedForeignKey(name, cols, ref, deferrable, initiallyDeferred);
    }

    private static boolean skipInitially(TokenCursor c) {
        if (c.acceptAll("INITIALLY", "DEFERRED")) {
            return true;
        }
        c.acceptAll("INITIALLY", "IMMEDIATE");
        return false;
    }

    /** The column names of an indexed-column list ("a COLLATE x DESC, b"). */
    public static List<String> columnNames(List<SqlToken> inside) {
        List<String> out = new ArrayList<>();
        for (List<SqlToken> e : TokenCursor.splitTopLevel(inside)) {
            out.add(e.get(0).name());
        }
        return out;
    }
}
