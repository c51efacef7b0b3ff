package dev.syncdb.jpa;

import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.model.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link JpaReport} as the engine hands it to front ends: the "Found N entities" summary, the
 * entity classes and timings as details, a warning for each live table no entity maps and a loud
 * one when the naming looks wrong, and the seed rows of the sequence-emulating tables by table.
 */
final class JpaFindings {
    private static final Pattern INSERT = Pattern.compile("(?i)^insert into\\s+\"?([^\\s\"(]+)\"?");

    private JpaFindings() {
    }

    static SourceFindings of(JpaReport report, Schema live, String naming) {
        List<String> details = new ArrayList<>(report.entityClasses());
        details.add("classpath scan " + report.scanMillis() + " ms, " + (report.fromCache()
                ? "desired model from the cache (Hibernate not started)"
                : "Hibernate metamodel and script " + report.metamodelMillis() + " ms"));
        return new SourceFindings(report.summary(), details, warnings(report, live, naming), seeds(report));
    }

    private static List<String> warnings(JpaReport report, Schema live, String naming) {
        List<String> out = new ArrayList<>();
        if (report.namingMismatchSuspected(live)) {
            List<String> pairs = report.lookalikes(live);
            out.add("NAMING MISMATCH SUSPECTED: " + report.missingTables(live).size() + " of " + report.tables().size()
                    + " mapped tables are missing from the database and " + report.unmappedTables(live).size()
                    + " tables in it are mapped by no entity" + (pairs.isEmpty() ? "" : " (database -> entities: "
                    + String.join(", ", pairs.subList(0, Math.min(5, pairs.size()))) + (pairs.size() > 5 ? ", ..." : "") + ")")
                    + ". With --naming " + naming + " the entities name their tables differently from this database:"
                    + " do not apply this plan, it would drop those tables and create empty ones. Check --naming"
                    + " (spring: snake_case, the Spring Boot default; jpa: names as written in the code).");
        }
        for (String table : report.unmappedTables(live)) {
            out.add("table " + table + " exists in the database but no entity maps it (was a model missed?)");
        }
        return out;
    }

    /** The seed statements of the support tables, by the table each one fills. */
    private static Map<String, List<String>> seeds(JpaReport report) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String statement : report.seedStatements()) {
            Matcher m = INSERT.matcher(statement.strip());
            if (m.find()) {
                String table = report.supportTables().stream()
                        .filter(t -> t.toLowerCase(Locale.ROOT).equals(m.group(1).toLowerCase(Locale.ROOT)))
                        .findFirst().orElse(m.group(1));
                out.computeIfAbsent(table, k -> new ArrayList<>()).add(strip(statement));
            }
        }
        return out;
    }

    private static String strip(String statement) {
        String s = statement.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }
}
