package dev.syncdb.dialect;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row of a catalog query ({@link CatalogQuery#rows}) as an unmodifiable map from column label to
 * value, in column order: the labels and their positions are shared by every row of the query
 * ({@link Layout}), so a row holds only its values. A schema of 20,000 tables reads hundreds of
 * thousands of such rows, where a hash map per row would cost several times the values themselves.
 */
final class CatalogRow extends AbstractMap<String, Object> {
    private final Layout layout;
    private final Object[] values;

    CatalogRow(Layout layout, Object[] values) {
        this.layout = layout;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        Integer i = layout.index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.index.containsKey(key);
    }

    @Override
    public int size() {
        return layout.keys.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int k;

                    @Override
                    public boolean hasNext() {
                        return k < layout.keys.size();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String key = layout.keys.get(k++);
                        return new SimpleImmutableEntry<>(key, values[layout.index.get(key)]);
                    }
                };
            }

            @Override
            public int size() {
                return layout.keys.size();
            }
        };
    }

    /**
     * The columns of one query's result: each distinct label, in the order it first appears, and
     * the position of its value (the last column of that label, as a map filled column by column keeps).
     */
    static final class Layout {
        private final List<String> keys;
        private final Map<String, Integer> index;
        private final int width;

        Layout(List<String> labels) {
            this.width = labels.size();
            Map<String, Integer> positions = new LinkedHashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                positions.put(labels.get(i), i);
            }
            this.keys = List.copyOf(positions.keySet());
            this.index = Map.copyOf(positions);
        }

        /** The number of columns, repeated labels included. */
        int width() {
            return width;
        }
    }
}
