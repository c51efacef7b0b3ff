package dev.syncdb.diff;

/**
 * A suggested rename: a table (or a column of {@code table}) that disappears while a similar one
 * appears, so the plan's drop + add may really be a rename. It is only a suggestion: the plan stays
 * drop + add until the user declares the rename ({@link DiffOptions#accepting}). {@code table} is
 * the column's table as the desired schema names it, null for a table rename; {@code score} runs
 * from 0 (unlike) to 1 (same shape), {@code reason} says what matched.
 */
public record RenameCandidate(Kind kind, String table, String from, String to, double score, String reason) {

    /** What would be renamed. */
    public enum Kind { TABLE, COLUMN }

    /** The value of the {@code --rename} option that declares this rename: "old=new" or "table.old=new". */
    public String option() {
        return (kind == Kind.TABLE ? "" : table + ".") + from + "=" + to;
    }

    /** The old object as "table" or "table.column". */
    public String oldName() {
        return kind == Kind.TABLE ? from : table + "." + from;
    }

    /** The new object as "table" or "table.column". */
    public String newName() {
        return kind == Kind.TABLE ? to : table + "." + to;
    }
}
