package dev.syncdb.dialect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogRowTest {
    private static final CatalogRow.Layout LAYOUT = new CatalogRow.Layout(List.of("table_name", "type", "dflt"));

    @Test
    void readsLikeTheMapAColumnByColumnFillWouldGive() {
        CatalogRow row = new CatalogRow(LAYOUT, new Object[]{"orders", "INTEGER", null});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("table_name", "orders");
        expected.put("type", "INTEGER");
        expected.put("dflt", null);

        assertThat(row).isEqualTo(expected);
        assertThat(row.hashCode()).isEqualTo(expected.hashCode());
        assertThat(new ArrayList<>(row.keySet())).containsExactly("table_name", "type", "dflt");
        assertThat(row.get("type")).isEqualTo("INTEGER");
        assertThat(row.get("dflt")).isNull();
        assertThat(row.containsKey("dflt")).isTrue();
        assertThat(row.get("missing")).isNull();
        assertThat(row.containsKey("missing")).isFalse();
        assertThat(CatalogQuery.text(row, "table_name")).isEqualTo("orders");
    }

    @Test
    void aRepeatedLabelKeepsItsFirstPlaceAndItsLastValue() {
        CatalogRow.Layout layout = new CatalogRow.Layout(List.of("a", "b", "a"));
        CatalogRow row = new CatalogRow(layout, new Object[]{1, 2, 3});

        assertThat(layout.width()).isEqualTo(3);
        assertThat(row).hasSize(2);
        assertThat(new ArrayList<>(row.entrySet())).extracting(Map.Entry::getKey).containsExactly("a", "b");
        assertThat(row.get("a")).isEqualTo(3);
    }

    @Test
    void isUnmodifiable() {
        CatalogRow row = new CatalogRow(LAYOUT, Arrays.asList("t", "TEXT", "x").toArray());

        assertThatThrownBy(() -> row.put("type", "REAL")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.remove("type")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(row.get("type")).isEqualTo("TEXT");
    }
}
