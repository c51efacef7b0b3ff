package dev.syncdb.jpa;

import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the entities map, for the command line to show and to warn with: the entity classes found
 * (sorted names), the packages they are in, the tables they map ({@code tables}, as the target
 * database names them) and the other tables the desired schema holds ({@code supportTables}, e.g.
 * the tables Hibernate uses to emulate sequences where the database has none), the statements that
 * seed those tables ({@code seedStatements}: Hibernate fails at run time with "Could not read a hi
 * value" when such a table has no row, so run them once after creating the table), how long the
 * classpath scan and Hibernate's metamodel took, and whether the model came from the desired-model
 * cache instead (then Hibernate did not run).
 */
public record JpaReport(List<String> entityClasses, List<String> packages, List<String> tables,
                        List<String> supportTables, List<String> seedStatements, long scanMillis,
                        long metamodelMillis, boolean fromCache) {

    public JpaReport {
        entityClasses = List.copyOf(entityClasses);
        packages = List.copyOf(packages);
        tables = List.copyOf(tables);
        supportTables = List.copyOf(supportTables);
        seedStatements = List.copyOf(seedStatements);
    }

    /** A report without timings. */
    public JpaReport(List<String> entityClasses, List<String> packages, List<String> tables,
                     List<String> supportTables, List<String> seedStatements, long scanMillis, long metamodelMillis) {
        this(entityClasses, packages, tables, supportTables, seedStatements, scanMillis, metamodelMillis, false);
    }

    /** Splits the desired schema's tables into mapped and support tables by the metamodel's names. */
    static JpaReport of(List<String> entityClasses, List<String> packages, Set<String> mappedLowerCase,
                        Schema desired, List<String> seeds) {
        List<String> names = desired.tables().stream().map(Table::name).sorted().toList();
        List<String> mapped = names.stream().filter(n -> mappedLowerCase.contains(n.toLowerCase(Locale.ROOT))).toList();
        Set<String> mappedSet = Set.copyOf(mapped);
        List<String> support = names.stream().filter(n -> !mappedSet.contains(n)).toList();
        return new JpaReport(entityClasses, packages, mapped, support, seeds, 0, 0);
    }

    /** The statements of Hibernate's script that fill its support tables (its INSERTs). */
    static List<String> seeds(String script) {
        return InlineConstraints.statements(script).stream()
                .filter(st -> st.toLowerCase(Locale.ROOT).startsWith("insert into ")).toList();
    }

    JpaReport withTimings(long scan, long metamodel, boolean cached) {
        return new JpaReport(entityClasses, packages, tables, supportTables, seedStatements, scan, metamodel, cached);
    }

    /** "Found 25 entities (29 tables) in 8 packages". */
    public String summary() {
        return "Found " + plural(entityClasses.size(), "entity", "entities") + " ("
                + plural(tables.size(), "table", "tables") + ") in " + plural(packages.size(), "package", "packages");
    }

    /** Tables in the live database that no entity maps (was a model missed, or is it another app's?). */
    public List<String> unmappedTables(Schema live) {
        Set<String> desired = allTables();
        return live.tables().stream().map(Table::name).filter(n -> !desired.contains(n)).sorted().toList();
    }

    /** The mapped tables that exist in the live database already. */
    public List<String> existingTables(Schema live) {
        Set<String> present = live.tables().stream().map(Table::name).collect(Collectors.toSet());
        return tables.stream().filter(present::contains).toList();
    }

    /** The mapped tables the live database does not have yet (the plan creates them). */
    public List<String> missingTables(Schema live) {
        Set<String> present = live.tables().stream().map(Table::name).collect(Collectors.toSet());
        return tables.stream().filter(n -> !present.contains(n)).toList();
    }

    /** Whether the database has tables, but none of the mapped ones. */
    public boolean noneExistIn(Schema live) {
        return !live.tables().isEmpty() && !tables.isEmpty() && existingTables(live).isEmpty();
    }

    /**
     * Whether the result looks like a naming mismatch (e.g. {@code --naming jpa} against a Spring
     * Boot database) rather than real changes: the database has tables no entity maps, and either
     * more than half of the mapped tables are missing from it, or a missing mapped table and an
     * unmapped live table differ only in case and underscores ({@link #lookalikes}). The plan would
     * then create tables and drop the existing ones; the command line warns loudly.
     */
    public boolean namingMismatchSuspected(Schema live) {
        return !unmappedTables(live).isEmpty()
                && (missingTables(live).size() * 2 > tables.size() || !lookalikes(live).isEmpty());
    }

    /**
     * The unmapped live tables that look like a missing mapped table under another naming, as
     * "live -> mapped" pairs ({@code order_line -> OrderLine}): same letters, other case or underscores.
     */
    public List<String> lookalikes(Schema live) {
        List<String> missing = missingTables(live);
        List<String> out = new ArrayList<>();
        for (String table : unmappedTables(live)) {
            missing.stream().filter(m -> folded(m).equals(folded(table))).findFirst()
                    .ifPresent(m -> out.add(table + " -> " + m));
        }
        return out;
    }

    private static String folded(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private Set<String> allTables() {
        return java.util.stream.Stream.concat(tables.stream(), supportTables.stream()).collect(Collectors.toSet());
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
