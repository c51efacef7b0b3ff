package dev.syncdb.engine.fleet;

import dev.syncdb.SyncdbException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state file of a fleet run: a header naming the run (command and desired-schema fingerprint),
 * then one tab-separated line per finished target (target, status, plan hash, time, milliseconds,
 * error), appended and flushed as each target finishes, so a run killed at any moment leaves every
 * finished target recorded. A resumed run reads it and leaves the targets whose work is done alone;
 * a torn last line (the process died while writing it) is ignored.
 */
public final class FleetState implements AutoCloseable {
    static final String MAGIC = "# syncdb fleet state v1";
    private final Path file;
    private final Map<String, TargetOutcome> earlier;
    private final BufferedWriter writer;

    private FleetState(Path file, Map<String, TargetOutcome> earlier, BufferedWriter writer) {
        this.file = file;
        this.earlier = earlier;
        this.writer = writer;
    }

    /**
     * Opens the state file of a run named {@code run}: with {@code resume}, reads what an earlier run
     * of the same name recorded and appends to it (an error when the file is missing or was written
     * for another run); else starts the file anew.
     */
    public static FleetState open(Path file, String run, boolean resume) {
        String header = MAGIC + "\t" + oneLine(run);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (!resume) {
                BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                w.write(header + "\n");
                w.flush();
                return new FleetState(file, Map.of(), w);
            }
            if (!Files.isRegularFile(file)) {
                throw SyncdbException.error("--resume: no state file " + file + " (run once without --resume)");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                throw SyncdbException.error("--resume: the state file " + file + " was written by another run (another"
                        + " command, target list or desired schema); run without --resume to start over");
            }
            Map<String, TargetOutcome> earlier = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                TargetOutcome o = parse(line);
                if (o != null) {
                    earlier.put(o.target(), o);
                }
            }
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            if (!lines.isEmpty() && !endsWithNewline(file)) {
                w.write("\n");
            }
            return new FleetState(file, earlier, w);
        } catch (IOException e) {
            throw SyncdbException.error("cannot use the state file " + file + ": " + e.getMessage());
        }
    }

    /** What an earlier run recorded for {@code target} (the last line wins), or null. */
    public TargetOutcome earlier(String target) {
        return earlier.get(target);
    }

    /** Appends one finished target and flushes it to the file. */
    public synchronized void record(TargetOutcome o) {
        try {
            writer.write(String.join("\t", escape(o.target()), o.status().name(), o.planHash() == null ? "-" : o.planHash(),
                    o.time().toString(), Long.toString(o.took().toMillis()), o.error() == null ? "-" : escape(o.error())));
            writer.write("\n");
            writer.flush();
        } catch (IOException e) {
            throw SyncdbException.error("cannot write the state file " + file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw SyncdbException.error("cannot write the state file " + file + ": " + e.getMessage());
        }
    }

    /** One recorded line, or null when it is torn or not a record. */
    static TargetOutcome parse(String line) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f.length != 6) {
            return null;
        }
        try {
            return new TargetOutcome(unescape(f[0]), TargetStatus.parse(f[1]), f[2].equals("-") ? null : f[2],
                    Instant.parse(f[3]), Duration.ofMillis(Long.parseLong(f[4])), f[5].equals("-") ? null : unescape(f[5]), true);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return all.length == 0 || all[all.length - 1] == '\n';
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }
}
