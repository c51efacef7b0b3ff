package dev.syncdb.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list of named model objects that also finds the first element of a given name in
 * constant time. It is an ordinary {@link List} for equality and hashing, so a record holding one
 * compares equal to a record holding any other list of the same elements.
 */
final class NamedList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> elements;
    private final Map<String, T> byName;
    private final Function<T, String> name;
    /** Built on first use: the first element of each name lower-cased (Locale.ROOT). */
    private volatile Map<String, T> byLowerName;

    private NamedList(List<T> elements, Function<T, String> name) {
        this.elements = elements;
        this.name = name;
        this.byName = new HashMap<>(Math.max(16, elements.size() * 2));
        for (T e : elements) {
            byName.putIfAbsent(name.apply(e), e);
        }
    }

    /** An unmodifiable copy of {@code source} (no null elements), or {@code source} itself if it is one already. */
    @SuppressWarnings("unchecked")
    static <T> NamedList<T> of(List<? extends T> source, Function<T, String> name) {
        if (source instanceof NamedList<?> n) {
            return (NamedList<T>) n;
        }
        return new NamedList<>(List.copyOf(source), name);
    }

    /** The first element named {@code n}. */
    Optional<T> find(String n) {
        return Optional.ofNullable(byName.get(n));
    }

    /**
     * The first element whose name equals {@code n} once both are lower-cased (Locale.ROOT), in
     * constant time after the first call.
     */
    Optional<T> findIgnoringCase(String n) {
        Map<String, T> lower = byLowerName;
        if (lower == null) {
            lower = new HashMap<>(Math.max(16, elements.size() * 2));
            for (T e : elements) {
                lower.putIfAbsent(name.apply(e).toLowerCase(Locale.ROOT), e);
            }
            byLowerName = lower;
        }
        return Optional.ofNullable(lower.get(n.toLowerCase(Locale.ROOT)));
    }

    @Override
    public T get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        return elements.contains(Objects.requireNonNull(o));
    }
}
