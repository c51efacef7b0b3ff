package dev.syncdb.cli.diagram;

import dev.syncdb.SyncdbException;
import dev.syncdb.diagram.Diagram;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a {@link Diagram} as one standalone SVG document. Each group of tables that foreign keys
 * connect is laid out on its own by PlantUML (Smetana, in this JVM, no external program), tables
 * without any relationship in rows of {@value #ROW}; the pictures are placed left to right in rows
 * no wider than {@value #MAX_WIDTH} pixels (or the widest picture), under a title and, for a change, a
 * legend of the colours.
 */
public final class DiagramSvg {
    static final int ROW = 6;
    static final int MAX_WIDTH = 1600;
    private static final int GAP = 24;
    private static final int TOP = 64;
    private static final Pattern SIZE = Pattern.compile("<svg[^>]*?width=\"([0-9.]+)px\"[^>]*?height=\"([0-9.]+)px\"");

    private DiagramSvg() {
    }

    /** A picture of one group: its SVG content (ids made unique by {@code prefix}) and size. */
    private record Panel(String caption, String body, String viewBox, double width, double height) {
    }

    public static String render(Diagram d) {
        System.setProperty("java.awt.headless", "true");
        List<Panel> panels = new ArrayList<>();
        List<Diagram> groups = panelsOf(d);
        for (int i = 0; i < groups.size(); i++) {
            Diagram g = groups.get(i);
            String caption = groups.size() == 1 ? null : (g.relationships().isEmpty() ? "tables without foreign keys"
                    : "group " + (i + 1)) + " (" + g.tables().size() + (g.tables().size() == 1 ? " table)" : " tables)");
            panels.add(panel(g, "p" + i + "-", caption));
        }
        return compose(d, panels);
    }

    /** The groups to draw: the foreign-key clusters, the tables without relationships cut into rows. */
    static List<Diagram> panelsOf(Diagram d) {
        List<Diagram> out = new ArrayList<>();
        for (Diagram c : d.clusters()) {
            if (!c.relationships().isEmpty() || c.tables().size() <= ROW) {
                out.add(c);
                continue;
            }
            for (int from = 0; from < c.tables().size(); from += ROW) {
                var names = c.tables().subList(from, Math.min(from + ROW, c.tables().size())).stream()
                        .map(t -> t.name()).toList();
                out.add(c.only(names::contains));
            }
        }
        return out;
    }

    private static Panel panel(Diagram g, String prefix, String caption) {
        String svg = plantUml(PlantUmlSource.of(g));
        Matcher m = SIZE.matcher(svg);
        if (!m.find()) {
            throw SyncdbException.error("the diagram library wrote an SVG without a size");
        }
        double w = Double.parseDouble(m.group(1));
        double h = Double.parseDouble(m.group(2));
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String body = svg.substring(open, svg.lastIndexOf("</svg>")).replaceAll("<\\?plantuml[^?]*\\?>", "")
                .replace("id=\"", "id=\"" + prefix).replace("url(#", "url(#" + prefix).replace("href=\"#", "href=\"#" + prefix);
        return new Panel(caption, body, "0 0 " + fmt(w) + " " + fmt(h), w, h);
    }

    private static String plantUml(String source) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DiagramDescription desc = new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
            if (desc == null || desc.getDescription().contains("rror")) {
                throw SyncdbException.error("the diagram library could not draw the diagram: "
                        + (desc == null ? "no diagram" : desc.getDescription()));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SyncdbException.error("the diagram library could not draw the diagram: " + e.getMessage());
        }
    }

    private static String compose(Diagram d, List<Panel> panels) {
        double limit = Math.max(MAX_WIDTH, panels.stream().mapToDouble(Panel::width).max().orElse(0));
        StringBuilder body = new StringBuilder();
        double x = GAP;
        double y = TOP + (d.showsChange() ? 28 : 0);
        double rowHeight = 0;
        double width = 480;
        for (Panel p : panels) {
            double h = p.height() + (p.caption() == null ? 0 : 22);
            if (x > GAP && x + p.width() > limit + GAP) {
                x = GAP;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            if (p.caption() != null) {
                body.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 14))
                        .append("\" font-size=\"13\" fill=\"#5B6B82\">").append(Xml.escape(p.caption())).append("</text>\n");
            }
            body.append("<svg x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + h - p.height())).append("\" width=\"")
                    .append(fmt(p.width())).append("\" height=\"").append(fmt(p.height())).append("\" viewBox=\"")
                    .append(p.viewBox()).append("\">").append(p.body()).append("</svg>\n");
            x += p.width() + GAP;
            width = Math.max(width, x);
            rowHeight = Math.max(rowHeight, h);
        }
        double height = y + rowHeight + GAP;
        return head(d, width, height) + body + "</svg>\n";
    }

    private static String head(Diagram d, double width, double height) {
        StringBuilder h = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height))
                .append("\" viewBox=\"0 0 ").append(fmt(width)).append(' ').append(fmt(height))
                .append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
        int rels = d.relationships().size();
        h.append("<text x=\"").append(GAP).append("\" y=\"34\" font-size=\"18\" font-weight=\"bold\" fill=\"#1F2A3A\">")
                .append(Xml.escape(d.title() == null ? "schema" : d.title())).append("</text>\n")
                .append("<text x=\"").append(GAP).append("\" y=\"54\" font-size=\"12\" fill=\"#5B6B82\">")
                .append(d.tables().size()).append(" tables, ").append(rels).append(" foreign keys</text>\n");
        if (d.showsChange()) {
            legend(h);
        }
        return h.toString();
    }

    private static void legend(StringBuilder h) {
        String[][] items = {{PlantUmlSource.ADDED_FILL, PlantUmlSource.ADDED, "+ added"},
                {PlantUmlSource.ALTERED_FILL, PlantUmlSource.ALTERED, "~ altered"},
                {PlantUmlSource.DROPPED_FILL, PlantUmlSource.DROPPED, "- dropped"}};
        int x = GAP;
        for (String[] item : items) {
            h.append("<g class=\"legend\"><rect x=\"").append(x).append("\" y=\"66\" width=\"16\" height=\"16\" rx=\"2\" fill=\"")
                    .append(item[0]).append("\" stroke=\"").append(item[1]).append("\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(x + 22).append("\" y=\"79\" font-size=\"13\" fill=\"").append(item[1]).append("\">")
                    .append(Xml.escape(item[2])).append("</text></g>\n");
            x += 110;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
