package dev.syncdb.cli.diagram;

import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.DiagramBuilder;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A 200-table schema as SVG: one picture per foreign-key group, rows no wider than the limit, every table drawn. */
class DiagramSvgTest {

    @Test
    void twoHundredTablesAreDrawnGroupByGroupWithinTheWidthLimit() throws Exception {
        List<Table> tables = new ArrayList<>();
        for (int g = 0; g < 18; g++) {
            tables.add(Table.builder("g" + g + "_root").column(Column.of("id", "int")).primaryKey("id").build());
            for (int i = 0; i < 9; i++) {
                tables.add(Table.builder("g" + g + "_t" + i).column(Column.of("id", "int")).column(Column.of("root_id", "int"))
                        .primaryKey("id").foreignKey(ForeignKey.of("g" + g + "_t" + i + "_fk", List.of("root_id"),
                                "g" + g + "_root", List.of("id"))).build());
            }
        }
        for (int i = 0; i < 20; i++) {
            tables.add(Table.builder("lone_" + i).column(Column.of("id", "int")).build());
        }
        Schema schema = new Schema("public", tables, List.of(), List.of(), List.of(), List.of());
        Diagram d = DiagramBuilder.of(schema, Diagram.Subject.CURRENT, "200 tables");
        assertThat(DiagramSvg.panelsOf(d)).hasSize(18 + 4);

        String svg = DiagramSvg.render(d);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Matcher size = Pattern.compile("^<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        assertThat(Double.parseDouble(size.group(1))).isLessThanOrEqualTo(DiagramSvg.MAX_WIDTH + 2 * 24);
        for (Table t : tables) {
            assertThat(svg).contains(">" + t.name() + "<");
        }
        assertThat(svg).contains("group 18 (10 tables)", "tables without foreign keys (6 tables)");
    }
}
