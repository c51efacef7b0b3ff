package dev.syncdb.sql;

import dev.syncdb.SyncdbException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rename declared in a schema file as a comment: {@code -- syncdb:rename old_table -> new_table}
 * for a table, {@code -- syncdb:rename table.old_column -> new_column} for a column ({@code table}
 * may be its old or new name). {@code table} is null for a table rename; {@code where} is
 * "file:line" for messages. The comment may stand on its own line or end a line; names may be
 * double-quoted and are taken as written (as the database stores them). Only comments are read: no
 * SQL is parsed.
 */
public record RenameDirective(String table, String from, String to, String where) {
    private static final String MARK = "syncdb:rename";
    private static final Pattern COMMENT = Pattern.compile("--\\s*" + Pattern.quote(MARK) + "(\\S*)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[^\\s.\"=>-][^\\s.\"=>]*)";
    private static final Pattern BODY = Pattern.compile("\\s+(?:" + NAME + "\\.)?" + NAME + "\\s*->\\s*" + NAME + "\\s*");

    /** Whether this renames a table (else a column of {@link #table()}). */
    public boolean isTable() {
        return table == null;
    }

    /** The directive as written, without the comment mark: "old -> new" or "table.old -> new". */
    public String describe() {
        return MARK + " " + (table == null ? "" : table + ".") + from + " -> " + to;
    }

    /** Every directive in the scripts, in order; a malformed one is a one-line error naming file and line. */
    public static List<RenameDirective> read(List<SqlScript> scripts) {
        List<RenameDirective> out = new ArrayList<>();
        for (SqlScript s : scripts) {
            List<String> lines = s.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = COMMENT.matcher(lines.get(i));
                if (m.find()) {
                    out.add(parse(m, s.source() + ":" + (i + 1)));
                }
            }
        }
        return out;
    }

    private static RenameDirective parse(Matcher comment, String where) {
        Matcher m = BODY.matcher(comment.group(2));
        if (!comment.group(1).isEmpty() || !m.matches()) {
            throw SyncdbException.error(where + ": malformed rename comment `" + comment.group().strip()
                    + "`: write `-- " + MARK + " old_table -> new_table` or `-- " + MARK
                    + " table.old_column -> new_column`");
        }
        return new RenameDirective(unquote(m.group(1)), unquote(m.group(2)), unquote(m.group(3)), where);
    }

    private static String unquote(String name) {
        if (name == null) {
            return null;
        }
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }
}
