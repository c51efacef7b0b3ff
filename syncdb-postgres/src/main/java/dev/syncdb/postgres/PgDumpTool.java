package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL client tools {@code pg_dump} and {@code pg_restore} found on the PATH, used only
 * (the caller's environment) when their major version is not older than the server's (an older
 * pg_dump refuses a newer server). The password goes to them in the {@code PGPASSWORD} environment
 * variable, never on the command line.
 */
final class PgDumpTool {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)(\\.\\d+)?");

    private final Path dir;
    private final String version;
    private final DialectContext context;

    private PgDumpTool(Path dir, String version, DialectContext context) {
        this.dir = dir;
        this.version = version;
        this.context = context;
    }

    /** The first pg_dump/pg_restore pair on the PATH whose major version is at least {@code serverMajor}. */
    static Optional<PgDumpTool> find(int serverMajor, DialectContext context) {
        String path = context.env("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path dir = Path.of(d);
            if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))) {
                Optional<PgDumpTool> tool = version(dir).filter(v -> major(v) >= serverMajor).map(v -> new PgDumpTool(dir, v, context));
                if (tool.isPresent()) {
                    return tool;
                }
            }
        }
        return Optional.empty();
    }

    /** "pg_dump 17.2", for reports. */
    String method() {
        return "pg_dump " + version;
    }

    /** Dumps the namespaces {@code schemas} in custom format, reading the exported snapshot {@code snapshot}. */
    void dump(DatabaseUrl url, List<String> schemas, String snapshot, Path out) throws IOException {
        List<String> cmd = command("pg_dump", url);
        cmd.add("--format=custom");
        cmd.add("--no-owner");
        schemas.forEach(s -> cmd.add("--schema=" + pattern(s)));
        cmd.addAll(List.of("--snapshot=" + snapshot, "--file=" + out.toAbsolutePath()));
        run(cmd, url);
    }

    /** Restores the objects of the namespaces {@code schemas} in one transaction; each namespace must exist. */
    void restore(DatabaseUrl url, List<String> schemas, Path file) throws IOException {
        List<String> cmd = command("pg_restore", url);
        cmd.addAll(List.of("--single-transaction", "--exit-on-error", "--no-owner"));
        schemas.forEach(s -> cmd.add("--schema=" + s));
        cmd.add(file.toAbsolutePath().toString());
        run(cmd, url);
    }

    private List<String> command(String tool, DatabaseUrl url) {
        List<String> cmd = new ArrayList<>(List.of(dir.resolve(tool).toString(), "--no-password"));
        cmd.add("--host=" + (url.host() == null || url.host().isEmpty() ? "localhost" : url.host()));
        cmd.add("--port=" + (url.port() == null ? PostgresConnector.DEFAULT_PORT : url.port()));
        cmd.add("--username=" + PostgresConnector.user(url));
        cmd.add("--dbname=" + PostgresConnector.databaseName(url));
        return cmd;
    }

    private void run(List<String> cmd, DatabaseUrl url) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        String password = PgPassword.resolve(url, null, context);
        if (password != null) {
            pb.environment().put("PGPASSWORD", password);
        }
        if (url.params().containsKey("sslmode")) {
            pb.environment().put("PGSSLMODE", url.params().get("sslmode"));
        }
        for (String file : new String[]{"sslrootcert", "sslcert", "sslkey"}) {
            if (url.params().containsKey(file)) {
                pb.environment().put("PG" + file.toUpperCase(java.util.Locale.ROOT), url.params().get(file));
            }
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
                throw new IOException(Path.of(cmd.get(0)).getFileName() + " failed: "
                        + output.strip().lines().findFirst().orElse("exit " + p.exitValue()));
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A pg_dump name pattern matching exactly this name (quoted, so case and wildcards are literal). */
    private static String pattern(String schema) {
        return PostgresQuote.always(schema);
    }

    private static Optional<String> version(Path dir) {
        try {
            Process p = new ProcessBuilder(dir.resolve("pg_dump").toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            Matcher m = VERSION.matcher(out);
            return m.find() ? Optional.of(m.group(1) + (m.group(2) == null ? "" : m.group(2))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
