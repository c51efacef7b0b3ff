package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.migrate.MigrationScript.Direction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A directory of migration files, read in version order. Files not named like migrations are
 * ignored; a down file without its up file, or two up files of one version, is an error.
 */
public final class MigrationDirectory {
    private static final Pattern NAME = Pattern.compile("([VU])([0-9][0-9._]*?)__(.+)\\.sql");

    private final Path dir;

    public MigrationDirectory(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    public boolean exists() {
        return Files.isDirectory(dir);
    }

    /** Every migration in version order; an empty list when the directory does not exist. */
    public List<Migration> migrations() {
        Map<Version, MigrationScript> ups = new TreeMap<>();
        Map<Version, MigrationScript> downs = new TreeMap<>();
        for (MigrationScript s : scripts()) {
            Map<Version, MigrationScript> into = s.direction() == Direction.UP ? ups : downs;
            MigrationScript other = into.put(s.version(), s);
            if (other != null) {
                throw SyncdbException.error("two migration files have version " + s.version() + ": " + other.path()
                        + " and " + s.path() + "; rename one (versions must be unique)");
            }
        }
        for (MigrationScript d : downs.values()) {
            if (!ups.containsKey(d.version())) {
                throw SyncdbException.error("down file " + d.path() + " has no up file V" + d.version() + "__*.sql");
            }
        }
        List<Migration> out = new ArrayList<>();
        ups.values().forEach(u -> out.add(new Migration(u.version(), u.description(), u, downs.get(u.version()))));
        return out;
    }

    public Optional<Migration> find(Version v) {
        return migrations().stream().filter(m -> m.version().equals(v)).findFirst();
    }

    private List<MigrationScript> scripts() {
        if (!exists()) {
            return List.of();
        }
        List<MigrationScript> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Version.valid(m.group(2)) && Files.isRegularFile(f)) {
                    Direction d = m.group(1).equals("V") ? Direction.UP : Direction.DOWN;
                    out.add(new MigrationScript(new Version(m.group(2)), m.group(3).replace('_', ' '), d, f,
                            Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw SyncdbException.error("cannot read migrations directory " + dir + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * The version for a migration generated now: the UTC timestamp, plus a suffix when a migration
     * of exactly that version exists already.
     */
    public Version nextVersion(Instant now) {
        Version base = Version.timestamp(now);
        List<Version> taken = migrations().stream().map(Migration::version).toList();
        Version v = base;
        for (int n = 1; taken.contains(v); n++) {
            v = base.withSuffix(n);
        }
        return v;
    }

    /** A slug for a file name: lower case, words joined by underscores, at most 60 characters. */
    public static String slug(String message) {
        String s = message.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("_+$", "");
        }
        return s.isEmpty() ? "migration" : s;
    }

    /** Writes an up file without a down file (a baseline); refuses to overwrite. Returns its path. */
    public Path writeUp(Version v, String slug, String up) {
        Path upFile = dir.resolve("V" + v + "__" + slug + ".sql");
        try {
            Files.createDirectories(dir);
            Files.writeString(upFile, up, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw SyncdbException.error("cannot write migration file in " + dir + ": " + e);
        }
        return upFile;
    }

    /** Writes the up and down files of a new migration; refuses to overwrite. Returns both paths. */
    public List<Path> write(Version v, String slug, String up, String down) {
        return write(v, slug, up, down, null, null);
    }

    /**
     * Writes the up and down files of a new migration and, when not null, the Flyway script
     * configuration of each ({@code <file>.conf}); refuses to overwrite. Returns the paths written.
     */
    public List<Path> write(Version v, String slug, String up, String down, String upConfig, String downConfig) {
        Path upFile = dir.resolve("V" + v + "__" + slug + ".sql");
        Path downFile = dir.resolve("U" + v + "__" + slug + ".sql");
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            writeNew(upFile, up, out);
            if (upConfig != null) {
                writeNew(dir.resolve(upFile.getFileName() + ".conf"), upConfig, out);
            }
            writeNew(downFile, down, out);
            if (downConfig != null) {
                writeNew(dir.resolve(downFile.getFileName() + ".conf"), downConfig, out);
            }
        } catch (IOException e) {
            throw SyncdbException.error("cannot write migration files in " + dir + ": " + e);
        }
        return List.copyOf(out);
    }

    private static void writeNew(Path file, String text, List<Path> written) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        written.add(file);
    }
}
