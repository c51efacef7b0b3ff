package dev.syncdb.cache;

import dev.syncdb.model.Schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a {@link Schema}, written by walking the model's records component by
 * component (see {@link RecordShape}): strings once each, then by number; small numbers as
 * variable-length integers; nullable values behind a presence mark. Decoding calls the records'
 * canonical constructors, so what comes back equals what went in. {@link #fingerprint()} hashes the
 * shape of every record, so a model whose records changed never reads an old entry.
 */
public final class ModelCodec {
    private final RecordShape.Slot root = RecordShape.of(Schema.class);

    /** SHA-256 (hex) of the model's record shapes: part of every cache key and entry header. */
    public String fingerprint() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(root.describe().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public byte[] encode(Schema schema) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new Writer(out).value(root, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Decodes what {@link #encode} wrote; malformed input fails with {@link IOException}, never silently. */
    public Schema decode(byte[] data) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            Schema s = (Schema) new Reader(in).value(root);
            if (in.read() != -1) {
                throw new IOException("trailing bytes after the model");
            }
            return s;
        } catch (RuntimeException e) {
            throw new IOException("malformed model: " + e, e);
        }
    }

    /** Writes values; each distinct string once, later by its number. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(RecordShape.Slot slot, Object v) throws IOException {
            slot.write(this, v);
        }

        void string(String s) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            Integer n = strings.get(s);
            if (n != null) {
                varint(n + 2);
                return;
            }
            strings.put(s, strings.size());
            varint(1);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            out.write(b);
        }

        void varint(long v) throws IOException {
            while ((v & ~0x7FL) != 0) {
                out.writeByte((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.writeByte((int) v);
        }

        void bool(boolean b) throws IOException {
            out.writeBoolean(b);
        }

        void int64(long v) throws IOException {
            out.writeLong(v);
        }
    }

    /** Reads values written by {@link Writer}. */
    static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object value(RecordShape.Slot slot) throws IOException {
            return slot.read(this);
        }

        String string() throws IOException {
            long tag = varint();
            if (tag == 0) {
                return null;
            }
            if (tag == 1) {
                int len = (int) varint();
                if (len < 0 || len > in.available()) {
                    throw new IOException("string length out of range");
                }
                String s = new String(in.readNBytes(len), StandardCharsets.UTF_8);
                strings.add(s);
                return s;
            }
            int n = (int) (tag - 2);
            if (n >= strings.size()) {
                throw new IOException("unknown string number " + n);
            }
            return strings.get(n);
        }

        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.readUnsignedByte();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("variable-length integer too long");
        }

        boolean bool() throws IOException {
            return in.readBoolean();
        }

        long int64() throws IOException {
            return in.readLong();
        }

        int count() throws IOException {
            long n = varint();
            if (n < 0 || n > in.available() + 1L) {
                throw new IOException("element count out of range: " + n);
            }
            return (int) n;
        }
    }
}
