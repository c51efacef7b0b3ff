package dev.syncdb.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The table of contents of a built-in PostgreSQL dump ({@code manifest.properties} in the zip): the
 * format and its version, where the dump came from, and for every table in load order its zip
 * entry, COPY column list, row count and SHA-256 of the data. A properties file because the core
 * stays free of JSON libraries; it is plain text that any tool can read.
 */
record PgDumpManifest(String serverVersion, String schemaName, String createdAt, List<TableData> tables) {
    static final String FORMAT = "syncdb-postgres-dump";
    static final String FORMAT_VERSION = "1";
    static final String ENTRY = "manifest.properties";

    PgDumpManifest {
        tables = List.copyOf(tables);
    }

    /** One table's data in the dump. {@code columns} is the COPY column list as SQL text. */
    record TableData(String name, String entry, String columns, long rows, String sha256) {
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("format.version", FORMAT_VERSION);
        p.setProperty("server.version", serverVersion);
        p.setProperty("schema", schemaName);
        p.setProperty("created", createdAt);
        p.setProperty("tables", Integer.toString(tables.size()));
        for (int i = 0; i < tables.size(); i++) {
            TableData t = tables.get(i);
            String k = "table." + (i + 1) + ".";
            p.setProperty(k + "name", t.name());
            p.setProperty(k + "entry", t.entry());
            p.setProperty(k + "columns", t.columns());
            p.setProperty(k + "rows", Long.toString(t.rows()));
            p.setProperty(k + "sha256", t.sha256());
        }
        p.store(out, "syncdb built-in PostgreSQL dump: schema.sql, data/*.copy (COPY text format), constraints.sql, sequences.sql");
    }

    static PgDumpManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        if (!FORMAT.equals(p.getProperty("format")) || !FORMAT_VERSION.equals(p.getProperty("format.version"))) {
            throw new IOException("not a syncdb PostgreSQL dump (format " + p.getProperty("format") + " version "
                    + p.getProperty("format.version") + ")");
        }
        int n = Integer.parseInt(p.getProperty("tables", "0"));
        List<TableData> tables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String k = "table." + i + ".";
            tables.add(new TableData(p.getProperty(k + "name"), p.getProperty(k + "entry"), p.getProperty(k + "columns"),
                    Long.parseLong(p.getProperty(k + "rows")), p.getProperty(k + "sha256")));
        }
        return new PgDumpManifest(p.getProperty("server.version"), p.getProperty("schema"), p.getProperty("created"), tables);
    }
}
