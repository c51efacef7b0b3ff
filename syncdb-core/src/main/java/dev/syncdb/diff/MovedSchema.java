package dev.syncdb.diff;

import dev.syncdb.diff.SchemaChange.MoveObject;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema as it is once an object moved to another namespace ({@link MoveObject}), for
 * {@link RenamedSchema}: a table or sequence is renamed as by a rename (what points at it follows); a
 * view is renamed with the views that read it; an enum type, domain, composite or range type is
 * renamed with the columns of that type and the casts to it in column defaults; an object compared
 * by definition becomes the desired one (the same apart from the namespace).
 */
final class MovedSchema {

    private MovedSchema() {
    }

    static Schema apply(Schema s, MoveObject m) {
        return switch (m.kind()) {
            case TABLE -> RenamedSchema.apply(s, new SchemaChange.RenameTable(m.from(), m.to()));
            case SEQUENCE -> RenamedSchema.apply(s, new SchemaChange.RenameSequence(m.from(), m.to()));
            case VIEW -> view(s, m.from(), m.to());
            case ENUM -> columnTypes(new Schema(s.name(), s.tables(), s.enums().stream().map(e -> e.name().equals(m.from())
                    ? new EnumType(m.to(), e.values(), e.comment()) : e).toList(), s.sequences(), s.views(), s.objects(),
                    s.unsupported()), m.from(), m.to());
            default -> object(s, m);
        };
    }

    private static Schema view(Schema s, String from, String to) {
        List<View> views = s.views().stream().map(v -> new View(v.name().equals(from) ? to : v.name(), v.definition(),
                v.materialized(), v.dependsOn().stream().map(d -> d.equals(from) ? to : d).toList(), v.comment())).toList();
        return new Schema(s.name(), s.tables(), s.enums(), s.sequences(), views, s.objects(), s.unsupported());
    }

    private static Schema object(Schema s, MoveObject m) {
        List<SchemaObject> objects = s.objects().stream().map(o -> o.kind() == m.kind() && o.identity().equals(m.from())
                ? m.toObject() : o).toList();
        Schema out = new Schema(s.name(), s.tables(), s.enums(), s.sequences(), s.views(), objects, s.unsupported());
        boolean type = m.kind() == Kind.DOMAIN || m.kind() == Kind.COMPOSITE_TYPE || m.kind() == Kind.RANGE_TYPE;
        return type ? columnTypes(out, m.from(), m.to()) : out;
    }

    /** The columns of type {@code from} (or arrays of it) of type {@code to}, with the casts in their defaults. */
    private static Schema columnTypes(Schema s, String from, String to) {
        Pattern cast = Pattern.compile("::" + Pattern.quote(from) + "(?![\\w$.])");
        List<Table> tables = s.tables().stream().map(t -> {
            List<Column> columns = t.columns().stream().map(c -> column(c, from, to, cast)).toList();
            return columns.equals(t.columns()) ? t : new Table(t.name(), columns, t.primaryKey(), t.uniqueKeys(),
                    t.indexes(), t.foreignKeys(), t.checks(), t.comment(), t.options(), t.parents(), t.exclusions());
        }).toList();
        return new Schema(s.name(), tables, s.enums(), s.sequences(), s.views(), s.objects(), s.unsupported());
    }

    private static Column column(Column c, String from, String to, Pattern cast) {
        Column out = c;
        DataType t = c.type();
        if (t.sql().equals(from) || t.sql().equals(from + "[]")) {
            out = out.withType(new DataType(to + t.sql().substring(from.length()), to, t.length(), t.precision(),
                    t.scale(), t.array()));
        }
        if (c.defaultExpr() != null && cast.matcher(c.defaultExpr()).find()) {
            out = out.withDefault(cast.matcher(c.defaultExpr()).replaceAll(Matcher.quoteReplacement("::" + to)));
        }
        return out;
    }
}
