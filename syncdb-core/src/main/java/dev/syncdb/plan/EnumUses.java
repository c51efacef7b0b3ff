package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Index;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an enum type that is re-created (labels removed or reordered) drags along: every column of
 * that type changes type, so views over those tables, and indexes and checks whose expressions
 * compare those columns with labels, are dropped before and created again after.
 */
final class EnumUses {

    private EnumUses() {
    }

    /** Tables with a column of an enum type that this plan re-creates. */
    static Set<String> tablesRetypedByEnumRecreation(List<SchemaChange> changes, Schema current,
                                                     java.util.function.Predicate<AlterEnum> recreates) {
        Set<String> out = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof AlterEnum e && recreates.test(e)) {
                for (Table t : current.tables()) {
                    if (!enumColumns(t, e.from()).isEmpty()) {
                        out.add(t.name());
                    }
                }
            }
        }
        return out;
    }

    /** Drops and re-adds the indexes and checks of {@code tables} whose expressions use an enum column. */
    static void recreateExpressionsOver(List<SchemaChange> out, Schema current, Schema desired, Set<String> tables,
                                        java.util.function.Predicate<AlterEnum> recreates) {
        List<EnumType> recreated = out.stream().filter(c -> c instanceof AlterEnum e && recreates.test(e))
                .map(c -> ((AlterEnum) c).from()).toList();
        for (String name : tables) {
            Table t = current.table(name).orElseThrow();
            Optional<Table> want = desired.table(name);
            Set<String> cols = new HashSet<>();
            recreated.forEach(e -> cols.addAll(enumColumns(t, e)));
            for (Index i : t.indexes()) {
                if (mentionsAny(indexText(i), cols) && out.stream().noneMatch(c -> c instanceof DropIndex d
                        && d.table().equals(name) && d.index().name().equals(i.name()))) {
                    out.add(new DropIndex(name, i));
                    want.flatMap(w -> w.indexes().stream().filter(x -> x.name().equals(i.name())).findFirst())
                            .ifPresent(x -> out.add(new AddIndex(name, x)));
                }
            }
            for (CheckConstraint k : t.checks()) {
                if (mentionsAny(k.expression(), cols) && !out.contains(new DropCheck(name, k))) {
                    out.add(new DropCheck(name, k));
                    want.filter(w -> w.checks().contains(k)).ifPresent(w -> out.add(new AddCheck(name, k)));
                }
            }
        }
    }

    private static Set<String> enumColumns(Table t, EnumType e) {
        Set<String> out = new HashSet<>();
        for (Column c : t.columns()) {
            String type = c.type().sql().replace("\"", "");
            if (type.equals(e.name()) || type.equals(e.name() + "[]") || type.endsWith("." + e.name())) {
                out.add(c.name());
            }
        }
        return out;
    }

    private static String indexText(Index i) {
        StringBuilder sb = new StringBuilder(i.predicate() == null ? "" : i.predicate());
        i.keys().stream().filter(k -> k.isExpression()).forEach(k -> sb.append(' ').append(k.expression()));
        return sb.toString();
    }

    private static boolean mentionsAny(String text, Set<String> columns) {
        for (String col : columns) {
            if (Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(col) + "\"?(?![\\w$])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
