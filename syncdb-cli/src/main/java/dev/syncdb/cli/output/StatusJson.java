package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.engine.verify.StatusResult;

/**
 * The machine-readable form of {@code status} ({@code --json}): target (masked), dialect, server
 * version, schema, tables, migrations (null without any), required tables and whether all are
 * present. Field names are part of the command-line contract.
 */
public final class StatusJson {

    private StatusJson() {
    }

    public static String of(StatusResult s) {
        ObjectNode root = Json.object();
        root.put("target", s.maskedUrl());
        root.put("dialect", s.dialect());
        root.put("serverVersion", s.serverVersion());
        root.put("schema", s.schemaName());
        var tables = root.putArray("tables");
        s.tables().forEach(tables::add);
        var others = root.putArray("otherHistories");
        s.otherHistories().forEach(others::add);
        if (s.migrations() == null) {
            root.putNull("migrations");
        } else {
            ObjectNode m = root.putObject("migrations");
            m.put("current", s.migrations().current());
            m.put("applied", s.migrations().applied());
            var pending = m.putArray("pending");
            s.migrations().pending().forEach(pending::add);
            m.put("problem", s.migrations().problem());
            m.put("adoptedFrom", s.migrations().adoptedFrom());
        }
        var required = root.putArray("required");
        s.required().forEach(r -> required.addObject().put("table", r.name()).put("present", r.present()));
        root.put("requiredPresent", s.requiredPresent());
        return Json.write(root);
    }
}
