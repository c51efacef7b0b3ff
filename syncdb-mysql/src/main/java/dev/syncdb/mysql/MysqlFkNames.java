package dev.syncdb.mysql;

import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the server gives unnamed foreign keys ({@code <table>_ibfk_<n>}, n one above the highest in
 * use). When a key is added, MariaDB renames the implicit index that serves it after the key's name
 * when the key is named, and after its column when it is not; so a key whose index is not named after
 * it, and whose name the server would choose anyway, is added without a name.
 */
final class MysqlFkNames {

    private MysqlFkNames() {
    }

    /**
     * Whether {@code key} is added unnamed: when it is the only auto-named key of its table being
     * added and its number is one above every other one, the server picks exactly its name.
     */
    static boolean leaveUnnamed(String table, ForeignKey key, Schema current, Schema desired) {
        int n = number(table, key.name());
        var des = desired.table(table);
        if (n < 0 || des.isEmpty()) {
            return false;
        }
        boolean indexNamedAfterKey = des.get().indexes().stream().anyMatch(i -> i.name().equals(key.name()));
        if (indexNamedAfterKey) {
            return false;
        }
        var cur = current.table(table);
        int highest = 0;
        for (ForeignKey f : des.get().foreignKeys()) {
            int m = number(table, f.name());
            if (f.name().equals(key.name()) || m < 0) {
                continue;
            }
            boolean exists = cur.isPresent() && cur.get().foreignKeys().stream().anyMatch(c -> c.name().equals(f.name()));
            if (!exists) {
                return false;
            }
            highest = Math.max(highest, m);
        }
        return n == highest + 1;
    }

    /** n of a name {@code <table>_ibfk_<n>}, or -1 for any other name. */
    private static int number(String table, String name) {
        if (name == null) {
            return -1;
        }
        Matcher m = Pattern.compile(Pattern.quote(table) + "_ibfk_(\\d+)").matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
