package dev.syncdb.sql;

import dev.syncdb.SyncdbException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A piece of SQL text and where it came from (a file name, for messages). */
public record SqlScript(String source, String text) {

    /**
     * Reads the scripts at the given paths: a file as it is, a directory as its {@code .sql} files in
     * name order. A missing path, or a directory without a {@code .sql} file, is a one-line error.
     */
    public static List<SqlScript> read(List<Path> paths) {
        List<SqlScript> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw SyncdbException.error("schema file not found: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    List<Path> sql = files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
                    if (sql.isEmpty()) {
                        throw SyncdbException.error("no .sql file in directory " + p
                                + " (an empty desired schema would drop every table; name the files *.sql)");
                    }
                    sql.forEach(f -> out.add(readFile(f)));
                } catch (IOException e) {
                    throw SyncdbException.error("cannot read schema directory " + p + ": " + e.getMessage());
                }
            } else {
                out.add(readFile(p));
            }
        }
        return out;
    }

    private static SqlScript readFile(Path f) {
        try {
            return new SqlScript(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw SyncdbException.error("cannot read schema file " + f + ": " + e.getMessage());
        }
    }
}
