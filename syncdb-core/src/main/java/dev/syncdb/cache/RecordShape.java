package dev.syncdb.cache;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How {@link ModelCodec} writes and reads one kind of value of the model: a record (its components
 * in declaration order, behind a presence mark, rebuilt through its canonical constructor), a
 * string, a boolean, an int or long (boxed ones nullable), an enum (by name), a list or a map with
 * string keys (written in key order, so the bytes do not depend on hash order).
 */
final class RecordShape {

    private RecordShape() {
    }

    /** One kind of value: how to write it, read it, and describe it for the fingerprint. */
    interface Slot {
        void write(ModelCodec.Writer w, Object v) throws IOException;

        Object read(ModelCodec.Reader r) throws IOException;

        String describe();
    }

    /** The slot of a model record class (and, through it, of every record it holds). */
    static Slot of(Class<?> recordClass) {
        return new RecordSlot(recordClass);
    }

    private static Slot forType(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return new ListSlot(forType(args[0]));
            }
            if (raw == Map.class && args[0] == String.class) {
                return new MapSlot(forType(args[1]));
            }
            throw new IllegalArgumentException("unsupported model type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return new RecordSlot(c);
        }
        if (c.isEnum()) {
            return new EnumSlot(c);
        }
        return Scalar.of(c);
    }

    /** A record: presence mark, then each component. */
    private static final class RecordSlot implements Slot {
        private final Class<?> type;
        private final Method[] accessors;
        private final Slot[] slots;
        private final Constructor<?> constructor;

        RecordSlot(Class<?> type) {
            this.type = type;
            RecordComponent[] cs = type.getRecordComponents();
            accessors = new Method[cs.length];
            slots = new Slot[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                accessors[i] = cs[i].getAccessor();
                slots[i] = forType(cs[i].getGenericType());
                types[i] = cs[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
        }

        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.bool(v != null);
            if (v == null) {
                return;
            }
            for (int i = 0; i < slots.length; i++) {
                slots[i].write(w, get(accessors[i], v));
            }
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            if (!r.bool()) {
                return null;
            }
            Object[] args = new Object[slots.length];
            for (int i = 0; i < slots.length; i++) {
                args[i] = slots[i].read(r);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot rebuild " + type.getSimpleName() + ": " + e.getCause(), e);
            }
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder(type.getName()).append('(');
            for (int i = 0; i < slots.length; i++) {
                b.append(i == 0 ? "" : ",").append(accessors[i].getName()).append(':').append(slots[i].describe());
            }
            return b.append(')').toString();
        }

        private static Object get(Method accessor, Object target) {
            try {
                return accessor.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
    }

    /** A list: 0 for null, else size + 1, then the elements. */
    private record ListSlot(Slot element) implements Slot {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            List<?> list = (List<?>) v;
            w.varint(list == null ? 0 : list.size() + 1L);
            if (list != null) {
                for (Object e : list) {
                    element.write(w, e);
                }
            }
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            int n = r.count();
            if (n == 0) {
                return null;
            }
            List<Object> out = new ArrayList<>(n - 1);
            for (int i = 1; i < n; i++) {
                out.add(element.read(r));
            }
            return out;
        }

        @Override
        public String describe() {
            return "List<" + element.describe() + ">";
        }
    }

    /** A map with string keys: 0 for null, else size + 1, then key and value pairs in key order. */
    private record MapSlot(Slot value) implements Slot {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            Map<?, ?> map = (Map<?, ?>) v;
            w.varint(map == null ? 0 : map.size() + 1L);
            if (map != null) {
                for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                    w.string((String) e.getKey());
                    value.write(w, e.getValue());
                }
            }
        }

        @Override
        public Object read(ModelCodec.Reader r) throws IOException {
            int n = r.count();
            if (n == 0) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 1; i < n; i++) {
                out.put(r.string(), value.read(r));
            }
            return out;
        }

        @Override
        public String describe() {
            return "Map<String," + value.describe() + ">";
        }
    }

    /** An enum constant by name (null allowed). */
    private record EnumSlot(Class<?> type) implements Slot {
        @Override
        public void write(ModelCodec.Writer w, Object v) throws IOException {
            w.string(v == null ? null : ((Enum<?>) v).name());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object read(ModelCodec.Reader r) throws IOException {
            String name = r.string();
            return name == null ? null : Enum.valueOf((Class) type, name);
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder(type.getName()).append('{');
            for (Object c : type.getEnumConstants()) {
                b.append(((Enum<?>) c).name()).append(',');
            }
            return b.append('}').toString();
        }
    }
}
