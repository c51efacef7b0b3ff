package dev.syncdb.diff;

import dev.syncdb.diff.RenameCandidate.Kind;
import dev.syncdb.diff.SchemaChange.AddColumn;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.diff.SchemaChange.DropColumn;
import dev.syncdb.diff.SchemaChange.DropTable;
import dev.syncdb.model.Column;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rename suggester: reads the differ's drops and adds and proposes a {@link RenameCandidate}
 * where a dropped table and a created table have (nearly) the same columns and types (at least
 * {@link #TABLE_THRESHOLD} of them), or a dropped
 * and an added column of one table have the same type (or the new type widens the old one, which
 * scores lower). Each old and each new object is proposed
 * at most once, best match first (shape, then how alike the names are). Nothing is renamed here:
 * the candidates are hints until the user declares them.
 */
public final class RenameDetector {
    /**
     * The share of columns (by name and type) two tables must have in common to be proposed, and
     * at least two of them unless all match (every other table has an "id").
     */
    static final double TABLE_THRESHOLD = 0.6;

    private final DiffHooks hooks;

    public RenameDetector(DiffHooks hooks) {
        this.hooks = hooks;
    }

    /** The suggestions for these changes, tables first, then columns by table. */
    public List<RenameCandidate> detect(List<SchemaChange> changes) {
        List<RenameCandidate> all = new ArrayList<>();
        for (SchemaChange d : changes) {
            for (SchemaChange a : changes) {
                if (d instanceof DropTable dt && a instanceof CreateTable ct) {
                    table(dt.current(), ct.desired()).ifPresent(all::add);
                } else if (d instanceof DropColumn dc && a instanceof AddColumn ac && dc.table().equals(ac.table())) {
                    column(dc.table(), dc.column(), ac.column()).ifPresent(all::add);
                }
            }
        }
        all.sort(Comparator.comparingDouble(RenameCandidate::score).reversed()
                .thenComparing(Comparator.comparingDouble((RenameCandidate c) -> nameSimilarity(c.from(), c.to())).reversed())
                .thenComparing(RenameCandidate::oldName).thenComparing(RenameCandidate::newName));
        Set<String> usedOld = new HashSet<>();
        Set<String> usedNew = new HashSet<>();
        List<RenameCandidate> out = new ArrayList<>();
        for (RenameCandidate c : all) {
            String o = c.kind() + ":" + c.oldName();
            String n = c.kind() + ":" + c.newName();
            if (!usedOld.contains(o) && !usedNew.contains(n)) {
                usedOld.add(o);
                usedNew.add(n);
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(RenameCandidate::kind).thenComparing(RenameCandidate::oldName));
        return out;
    }

    private Optional<RenameCandidate> table(Table old, Table fresh) {
        int same = 0;
        for (Column c : old.columns()) {
            Optional<Column> n = fresh.column(c.name());
            if (n.isPresent() && hooks.sameType(c, n.get())) {
                same++;
            }
        }
        int size = Math.max(old.columns().size(), fresh.columns().size());
        double score = size == 0 ? 0 : (double) same / size;
        if (same == 0 || score < TABLE_THRESHOLD || (same < 2 && score < 1)) {
            return Optional.empty();
        }
        String reason = same + " of " + size + " columns match by name and type";
        return Optional.of(new RenameCandidate(Kind.TABLE, null, old.name(), fresh.name(), score, reason));
    }

    private Optional<RenameCandidate> column(String table, Column old, Column fresh) {
        boolean sameType = hooks.sameType(old, fresh);
        if (!sameType && hooks.classifyTypeChange(old.type(), fresh.type()) != TypeChangeKind.WIDENING) {
            return Optional.empty();
        }
        boolean nullability = old.nullable() == fresh.nullable();
        boolean dflt = hooks.sameDefault(old, fresh);
        double score = (sameType ? 0.6 : 0.4) + (nullability ? 0.2 : 0) + (dflt ? 0.2 : 0);
        String reason = (sameType ? "same type " + fresh.type().sql()
                : "type widens " + old.type().sql() + " -> " + fresh.type().sql())
                + (nullability ? ", same nullability" : ", nullability differs")
                + (dflt ? (fresh.defaultExpr() == null ? ", no default" : ", same default") : ", default differs");
        return Optional.of(new RenameCandidate(Kind.COLUMN, table, old.name(), fresh.name(), score, reason));
    }

    /** 1 for equal names, towards 0 the more edits one needs to turn one into the other. */
    static double nameSimilarity(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) prev[b.length()] / max;
    }
}
