package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.ServerInfo;

import java.util.Optional;

/**
 * The rules that decide whether a corpus case is run, each with the reason reported when it is
 * not. Checked in order: dialect support, offline-only, flavor, server version, role and privilege
 * management, sqldef config options, {@code enable_drop: false}. A flavor ({@code mariadb},
 * {@code !tidb}) is matched against the server's own flavor. Reasons are short and stable so
 * the report can count cases per reason.
 */
public final class SkipRules {
    static final String VECTOR_EXTENSION = "vector";

    private SkipRules() {
    }

    /** Why the case is skipped on this dialect and server, or empty when it runs. */
    public static Optional<String> skipReason(CorpusCase c, CorpusDialect dialect, ServerInfo server) {
        if (!dialect.supported()) {
            return Optional.of("dialect not supported yet");
        }
        if (c.offline()) {
            return Optional.of("offline: true (Aurora DSQL / offline-only case, no live database)");
        }
        Optional<String> flavor = flavor(c.flavor(), dialect, server);
        if (flavor.isPresent()) {
            return flavor;
        }
        if (!VersionRange.contains(server.segments(), c.minVersion(), c.maxVersion())) {
            return Optional.of("version range " + range(c) + " excludes the server (" + major(server) + ")");
        }
        return management(c);
    }

    private static Optional<String> management(CorpusCase c) {
        if (c.user() != null) {
            return Optional.of("user: runs as a non-superuser role (syncdb does not manage roles/grants)");
        }
        if (!c.managedRoles().isEmpty()) {
            return Optional.of("managed_roles: grant management (syncdb does not manage roles/grants)");
        }
        if (!c.manage().isEmpty()) {
            return Optional.of("manage: sqldef object-management rules for " + String.join("/",
                    new java.util.TreeSet<>(c.manage().keySet())) + " (syncdb does not manage privileges)");
        }
        if (!c.enabledConfig().isEmpty()) {
            return Optional.of("config: sqldef option " + String.join(", ", c.enabledConfig()));
        }
        if (!c.enableDrop()) {
            return Optional.of("enable_drop: false (sqldef-specific: drops are suppressed)");
        }
        return Optional.empty();
    }

    /** The server "flavor" is pgvector when the vector extension can be installed, else the server's own (mariadb, mysql). */
    private static Optional<String> flavor(String flavor, CorpusDialect dialect, ServerInfo server) {
        if (flavor == null || flavor.isBlank()) {
            return Optional.empty();
        }
        boolean negated = flavor.startsWith("!");
        String name = negated ? flavor.substring(1) : flavor;
        boolean matches = (dialect == CorpusDialect.POSTGRESQL && name.equals("pgvector")
                && server.availableExtensions().contains(VECTOR_EXTENSION)) || name.equals(server.flavor());
        if (matches == negated) {
            return Optional.of("flavor " + flavor + ": the server does not match"
                    + (name.equals("pgvector") ? " (extension vector not available)" : ""));
        }
        return Optional.empty();
    }

    private static String range(CorpusCase c) {
        return (c.minVersion() == null ? "" : ">= " + c.minVersion())
                + (c.minVersion() != null && c.maxVersion() != null ? ", " : "")
                + (c.maxVersion() == null ? "" : "<= " + c.maxVersion());
    }

    private static String major(ServerInfo server) {
        int[] s = server.segments();
        return s.length == 0 ? server.version() : "major " + s[0];
    }
}
