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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of inspected desired models, one file per {@link CacheKey}: a header (magic, the
 * key's hash, the codec fingerprint), the model in {@link ModelCodec} form, and the SHA-256 of
 * everything before it. An entry that is truncated, corrupt, of another format or for another key
 * is ignored (a miss) and rewritten after the model is built again: it is never trusted. Entries are
 * written to a temporary file and moved into place, so a reader never sees half an entry; the
 * oldest entries beyond {@link #KEEP} are removed.
 */
public final class ModelCache {
    /** How many entries are kept; older ones are removed when a new one is written. */
    public static final int KEEP = 32;
    private static final byte[] MAGIC = "SYNCDB-MODEL-1\n".getBytes(StandardCharsets.US_ASCII);
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

    /** The outcome of a look-up: the model on a hit, else null, with "hit", "miss" or why an entry was ignored. */
    public record Lookup(Schema schema, String outcome) {
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
            return new Lookup(decode(key, data), "hit");
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, "miss (entry ignored: " + e.getMessage() + ")");
        }
    }

    /** Writes the entry for {@code key}; returns false (and keeps nothing) when the directory is not writable. */
    public boolean write(CacheKey key, Schema schema) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            ignoreInGit();
            tmp = Files.createTempFile(dir, key.hash().substring(0, 12), ".tmp");
            Files.write(tmp, encode(key, schema));
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

    private byte[] encode(CacheKey key, Schema schema) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(key.hash());
            out.writeUTF(codec.fingerprint());
            byte[] model = codec.encode(schema);
            out.writeInt(model.length);
            out.write(model);
        }
        byte[] body = bytes.toByteArray();
        byte[] digest = java.util.HexFormat.of().parseHex(CacheKey.sha256(body));
        byte[] all = Arrays.copyOf(body, body.length + DIGEST);
        System.arraycopy(digest, 0, all, body.length, DIGEST);
        return all;
    }

    private Schema decode(CacheKey key, byte[] data) throws IOException {
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
        return codec.decode(model);
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
