package dev.syncdb.diff;

import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.SchemaObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a list of changes touches in the managed namespace, for a privilege preflight: the objects it
 * creates there, the existing relations (tables, views, sequences) and types it alters, renames or
 * drops, and the existing tables new foreign keys reference. Names are as stored; objects the
 * changes themselves create are never "existing".
 */
public record ChangeTargets(List<Created> creates, Set<String> relations, Set<String> types,
                            Map<String, String> referenced) {

    /** The targets of {@code changes}, whose schema is {@code schemaName} (for foreign keys into it). */
    public static ChangeTargets of(List<SchemaChange> changes, String schemaName) {
        List<Created> creates = new ArrayList<>();
        Set<String> newTables = new LinkedHashSet<>();
        Set<String> relations = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Map<String, String> referenced = new LinkedHashMap<>();
        List<ForeignKey> keys = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.CreateTable x) {
                creates.add(new Created("table", x.desired().name()));
                newTables.add(x.desired().name());
                keys.addAll(x.desired().foreignKeys());
            } else if (c instanceof SchemaChange.CreateEnum x) {
                creates.add(new Created("type", x.desired().name()));
            } else if (c instanceof SchemaChange.CreateSequence x) {
                creates.add(new Created("sequence", x.desired().name()));
            } else if (c instanceof SchemaChange.CreateView x) {
                creates.add(new Created("view", x.desired().name()));
            } else if (c instanceof SchemaChange.CreateObject x && x.desired().table() == null
                    && x.desired().kind() != SchemaObject.Kind.PRIVILEGE && x.desired().kind() != SchemaObject.Kind.EXTENSION) {
                creates.add(new Created(x.desired().kind().words(), x.desired().name()));
            } else if (c instanceof SchemaChange.AlterEnum x) {
                types.add(x.from().name());
            } else if (c instanceof SchemaChange.DropEnum x) {
                types.add(x.current().name());
            } else if (c instanceof SchemaChange.AlterSequence x) {
                relations.add(x.from().name());
            } else if (c instanceof SchemaChange.DropSequence x) {
                relations.add(x.current().name());
            } else if (c instanceof SchemaChange.RenameSequence x) {
                relations.add(x.from());
            } else if (c instanceof SchemaChange.DropView x) {
                relations.add(x.current().name());
            } else if (c instanceof SchemaChange.MoveObject x) {
                switch (x.kind()) {
                    case TABLE, VIEW, SEQUENCE -> relations.add(x.from());
                    case ENUM, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE -> types.add(x.from());
                    default -> { }
                }
            } else if (c instanceof SchemaChange.RenameTable x) {
                relations.add(x.from());
            } else if (c.table() != null) {
                relations.add(c.table());
            }
            if (c instanceof SchemaChange.AddForeignKey x) {
                keys.add(x.key());
            }
        }
        relations.removeAll(newTables);
        for (ForeignKey k : keys) {
            boolean here = k.refSchema() == null || k.refSchema().isEmpty() || k.refSchema().equals(schemaName);
            if (here && !newTables.contains(k.refTable())) {
                referenced.putIfAbsent(k.refTable(), k.name());
            }
        }
        return new ChangeTargets(List.copyOf(creates), Collections.unmodifiableSet(relations),
                Collections.unmodifiableSet(types), Collections.unmodifiableMap(referenced));
    }

    /** An object the changes create: its kind in words ("table", "composite type") and its name. */
    public record Created(String kind, String name) {
    }
}
