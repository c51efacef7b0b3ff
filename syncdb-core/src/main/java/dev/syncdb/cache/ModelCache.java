package dev.syncdb.cache;

import dev.syncdb.model.Schema;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A directory of inspected desired models, one file per {@link CacheKey}: a header (magic, the
 * key's hash, the codec fingerprint), the model in {@link ModelCodec} form, the source's notes (named
 * lists of text a source keeps with its model, such as what JPA entities map), and the SHA-256 of
 * everything before it. An entry that is truncated, corrupt, of another format or for another key
 * is ignored (a miss) and rewritten after the model is built again: it is never trusted. Entries are
 * written to a temporary file and moved into place, so a reader never sees half an entry; the
 * oldest entries beyond {@link #KEEP} are removed.
 */
public final class ModelCache {
    /** How many entries are kept; older ones are removed when a new one is written. */
    public static final int KEEP = 32;
    private static final byte[] MAGIC = "SYNCDB-MODEL-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST = 32;

    private final Path dir;
    private final ModelCodec codec = new ModelCodec();

    public ModelCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The codec fingerprint: callers put it in their keys so a changed model never reads old entries. */
    public String fingerprint() {
        return codec.fingerprint();
    }

    /**
     * The outcome of a look-up: the model and the notes written with it on a hit, else null and no
     * notes, with "hit", "miss" or why an entry was ignored.
     */
    public record Lookup(Schema schema, Map<String, List<String>> notes, String outcome) {
        public Lookup {
            notes = notes == null ? Map.of() : Map.copyOf(notes);
        }

        Lookup(Schema schema, String outcome) {
            this(schema, Map.of(), outcome);
        }

        public boolean hit() {
            return schema != null;
        }
    }

    /** Looks the key up; never fails: an unreadable or invalid entry is a miss that says why. */
    public Lookup read(CacheKey key) {
        byte[] data;
        try {
            data = Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return new Lookup(null, "miss");
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, "miss (entry unreadable: " + e.getMessage() + ")");
        }
        try {
            return decode(key, data);
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, "miss (entry ignored: " + e.getMessage() + ")");
        }
    }

    /** Writes the entry for {@code key}; returns false (and keeps nothing) when the directory is not writable. */
    public boolean write(CacheKey key, Schema schema) {
        return write(key, schema, Map.of());
    }

    /** Writes the entry for {@code key} with the source's {@code notes}; false when the directory is not writable. */
    public boolean write(CacheKey key, Schema schema, Map<String, List<String>> notes) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            ignoreInGit();
            tmp = Files.createTempFile(dir, key.hash().substring(0, 12), ".tmp");
            Files.write(tmp, encode(key, schema, notes));
            move(tmp, file(key));
            prune();
            return true;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            return false;
        }
    }

    Path file(CacheKey key) {
        return dir.resolve(key.hash() + ".model");
    }

    private byte[] encode(CacheKey key, Schema schema, Map<String, List<String>> notes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(key.hash());
            out.writeUTF(codec.fingerprint());
            byte[] model = codec.encode(schema);
            out.writeInt(model.length);
            out.write(model);
            writeNotes(out, notes);
        }
        byte[] body = bytes.toByteArray();
        byte[] digest = java.util.HexFormat.of().parseHex(CacheKey.sha256(body));
        byte[] all = Arrays.copyOf(body, body.length + DIGEST);
        System.arraycopy(digest, 0, all, body.length, DIGEST);
        return all;
    }

    private Lookup decode(CacheKey key, byte[] data) throws IOException {
        if (data.length < MAGIC.length + DIGEST) {
            throw new IOException("truncated");
        }
        byte[] body = Arrays.copyOf(data, data.length - DIGEST);
        byte[] digest = Arrays.copyOfRange(data, data.length - DIGEST, data.length);
        if (!CacheKey.sha256(body).equals(java.util.HexFormat.of().formatHex(digest))) {
            throw new IOException("checksum mismatch");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a syncdb model entry of this format");
        }
        if (!key.hash().equals(utf(in)) || !codec.fingerprint().equals(utf(in))) {
            throw new IOException("written for another key or model version");
        }
        byte[] model = new byte[in.getInt()];
        in.get(model);
        Schema schema = codec.decode(model);
        return new Lookup(schema, readNotes(in), "hit");
    }

    /** The notes, sorted by name: a count, then each name and its lines as length-prefixed UTF-8. */
    private static void writeNotes(DataOutputStream out, Map<String, List<String>> notes) throws IOException {
        Map<String, List<String>> sorted = new TreeMap<>(notes);
        out.writeInt(sorted.size());
        for (Map.Entry<String, List<String>> note : sorted.entrySet()) {
            writeText(out, note.getKey());
            out.writeInt(note.getValue().size());
            for (String line : note.getValue()) {
                writeText(out, line);
            }
        }
    }

    private static Map<String, List<String>> readNotes(ByteBuffer in) {
        Map<String, List<String>> notes = new TreeMap<>();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            String name = readText(in);
            List<String> lines = new ArrayList<>();
            for (int n = in.getInt(); n > 0; n--) {
                lines.add(readText(in));
            }
            notes.put(name, lines);
        }
        return notes;
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String utf(ByteBuffer in) {
        byte[] b = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A cache directory never belongs in version control: it gets a .gitignore that ignores it all. */
    private void ignoreInGit() throws IOException {
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# syncdb's cache of inspected desired schemas; safe to delete\n*\n");
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> p.getFileName().toString().endsWith(".model"))
                    .sorted(Comparator.comparing(ModelCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            deleteQuietly(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale temporary file or entry is harmless: it is never read
        }
    }
}
