package dev.syncdb.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Matches two lists of named things by a key and reports what is only left, only right, or on both sides. */
final class Keyed {

    private Keyed() {
    }

    static <T> void match(List<T> from, List<T> to, Function<T, String> key,
                          Consumer<T> onlyFrom, Consumer<T> onlyTo, BiConsumer<T, T> both) {
        Map<String, T> left = index(from, key);
        Map<String, T> right = index(to, key);
        List<T> removed = new ArrayList<>();
        for (Map.Entry<String, T> e : left.entrySet()) {
            T r = right.get(e.getKey());
            if (r == null) {
                removed.add(e.getValue());
            } else {
                both.accept(e.getValue(), r);
            }
        }
        removed.forEach(onlyFrom);
        for (Map.Entry<String, T> e : right.entrySet()) {
            if (!left.containsKey(e.getKey())) {
                onlyTo.accept(e.getValue());
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            m.put(key.apply(t), t);
        }
        return m;
    }
}
