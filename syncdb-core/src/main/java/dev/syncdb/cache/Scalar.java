package dev.syncdb.cache;

import java.io.IOException;

/**
 * The scalar slots of {@link RecordShape}: strings, booleans, ints and longs; boxed ones may be
 * null and carry a presence mark, primitive ones never do.
 */
enum Scalar implements RecordShape.Slot {
    STRING(String.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.string((String) v);
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            return r.string();
        }
    },
    BOOLEAN(boolean.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.bool((Boolean) v);
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            return r.bool();
        }
    },
    BOXED_BOOLEAN(Boolean.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.varint(v == null ? 0 : (Boolean) v ? 2 : 1);
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            long t = r.varint();
            return t == 0 ? null : t == 2;
        }
    },
    INT(int.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.int64((Integer) v);
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            return (int) r.int64();
        }
    },
    BOXED_INT(Integer.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.bool(v != null);
            if (v != null) {
                w.int64((Integer) v);
            }
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            return r.bool() ? (int) r.int64() : null;
        }
    },
    LONG(long.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.int64((Long) v);
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            return r.int64();
        }
    },
    BOXED_LONG(Long.class) {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.bool(v != null);
            if (v != null) {
                w.int64((Long) v);
            }
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            return r.bool() ? r.int64() : null;
        }
    };

    private final Class<?> type;

    Scalar(Class<?> type) {
        this.type = type;
    }

    /** The slot of a scalar class; any other class is not part of the model's vocabulary. */
    static Scalar of(Class<?> c) {
        for (Scalar s : values()) {
            if (s.type == c) {
                return s;
            }
        }
        throw new IllegalArgumentException("unsupported model type " + c.getName());
    }

    @Override
    public String describe() {
        return type.getName();
    }
}
