package dev.syncdb.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a large SQLite schema script into parts of a few hundred tables each, materialized in
 * separate in-memory databases. SQLite's cost of one CREATE grows with the size of the schema: it
 * re-reads the new entry by a full scan of {@code sqlite_schema} and clears a cache of every
 * table, so 5,000 tables cost 25 times what 1,000 do in one database. Only scripts whose
 * statements cannot see one another across parts are split: CREATE TABLE (not TEMP, not AS
 * SELECT, not schema-qualified), CREATE [UNIQUE] INDEX on a table the script creates (in that
 * table's part), CREATE VIEW (SQLite checks nothing a view reads until it is used, and the
 * inspector reads views' texts only) and {@code PRAGMA foreign_keys} (in every part); every name
 * unique, none reserved ({@code sqlite_}). A failing statement then fails alone in its part with
 * the same error it would get in one database. Anything else (triggers, ALTER, DML, other
 * pragmas) keeps the whole script in one database.
 */
final class SqliteScriptParts {
    /** Tables and views per part: small enough that a part's own growth is negligible. */
    static final int OBJECTS_PER_PART = 250;

    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|\\[[^\\]]+\\]|`(?:[^`]|``)+`|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final String IF_NOT_EXISTS = "(?:IF\\s+NOT\\s+EXISTS\\s+)?";
    private static final Pattern TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+" + IF_NOT_EXISTS + IDENT + "\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX = Pattern.compile("CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+" + IF_NOT_EXISTS
            + IDENT + "\\s+ON\\s+" + IDENT + "\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW = Pattern.compile(
            "CREATE\\s+VIEW\\s+" + IF_NOT_EXISTS + IDENT + "\\s*(?:\\(|AS\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRAGMA_FK = Pattern.compile(
            "PRAGMA\\s+foreign_keys\\s*(?:=\\s*\\w+)?\\s*;?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*", Pattern.DOTALL);

    private SqliteScriptParts() {
    }

    /** The parts of {@code statements} (indexes, in order), or empty to run them in one database. */
    static Optional<List<List<Integer>>> of(List<String> statements) {
        return of(statements, OBJECTS_PER_PART);
    }

    static Optional<List<List<Integer>>> of(List<String> statements, int perPart) {
        Set<String> names = new HashSet<>();
        Map<String, Integer> partOfTable = new HashMap<>();
        List<Integer> partOf = new ArrayList<>();
        int objects = 0;
        for (String statement : statements) {
            String sql = statement.substring(leading(statement));
            Matcher m;
            if ((m = TABLE.matcher(sql)).lookingAt()) {
                int part = objects++ / perPart;
                String name = key(m.group(1));
                if (!names.add(name) || name.startsWith("sqlite_")) {
                    return Optional.empty();
                }
                partOfTable.put(name, part);
                partOf.add(part);
            } else if ((m = VIEW.matcher(sql)).lookingAt()) {
                String name = key(m.group(1));
                if (!names.add(name) || name.startsWith("sqlite_")) {
                    return Optional.empty();
                }
                partOf.add(objects++ / perPart);
            } else if ((m = INDEX.matcher(sql)).lookingAt()) {
                String name = key(m.group(1));
                Integer part = partOfTable.get(key(m.group(2)));
                if (part == null || !names.add(name) || name.startsWith("sqlite_")) {
                    return Optional.empty();
                }
                partOf.add(part);
            } else if (PRAGMA_FK.matcher(sql).matches()) {
                partOf.add(-1);
            } else {
                return Optional.empty();
            }
        }
        int count = (objects + perPart - 1) / perPart;
        if (count < 2) {
            return Optional.empty();
        }
        List<List<Integer>> parts = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < partOf.size(); i++) {
            int p = partOf.get(i);
            if (p < 0) {
                for (List<Integer> part : parts) {
                    part.add(i);
                }
            } else {
                parts.get(p).add(i);
            }
        }
        return Optional.of(parts);
    }

    /** Where the statement's text starts after comments and white space. */
    private static int leading(String sql) {
        Matcher m = LEADING.matcher(sql);
        return m.lookingAt() ? m.end() : 0;
    }

    /** A name as SQLite compares it: unquoted, ASCII letters in lower case. */
    static String key(String ident) {
        String name = ident;
        char q = ident.charAt(0);
        if (q == '"' || q == '`') {
            name = ident.substring(1, ident.length() - 1).replace("" + q + q, "" + q);
        } else if (q == '[') {
            name = ident.substring(1, ident.length() - 1);
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }
}
