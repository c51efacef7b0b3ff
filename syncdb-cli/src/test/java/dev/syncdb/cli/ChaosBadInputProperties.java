package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos suite, part 3: generated bad inputs (1,000 per family in the full campaign, 50 in the build)
 * given to the command line in-process: URLs (malformed, a port nothing listens on, a wrong user or
 * password), options (unknown, wrong values), schema files (random bytes, truncated SQL) and edited
 * migration files. Every run fails cleanly: an allowed exit code, one "error:" line on stderr (bad
 * usage adds the usage text), no stack trace, no password in any output, and the database it points
 * at unchanged (inspected schema and row checksums).
 */
class ChaosBadInputProperties {
    /** Appears in every generated password; must never be printed. */
    static final String MARKER = "Zq7pw0rdMarker";
    private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|^Caused by: |^Exception in thread");
    private static final List<String> CURRENT = List.of(
            "CREATE TABLE items (id int NOT NULL PRIMARY KEY, qty int NOT NULL, note varchar(40))",
            "INSERT INTO items (id, qty, note) VALUES (1, 10, 'a'), (2, 20, NULL), (3, 30, 'c')");
    /**
     * The schema file of the database: one statement, so any truncation of it is either invalid or
     * the same schema (a valid prefix of several statements would legitimately drop the rest).
     */
    private static final String SCHEMA = CURRENT.get(0) + ";\n";
    private static final String MIGRATION = "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n"
            + "CREATE INDEX users_email ON users (email);\n";

    private static Path dir;
    private static ChaosDb sqlite;
    private static ChaosDb mysql;
    private static ChaosDb postgres;
    private static ChaosFingerprint sqliteBefore;
    private static ChaosFingerprint mysqlBefore;
    private static ChaosFingerprint postgresBefore;

    @BeforeContainer
    static void databases() throws Exception {
        dir = Files.createTempDirectory("syncdb-chaos");
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        sqlite = seeded("sqlite");
        mysql = seeded("mysql");
        postgres = seeded("postgresql");
        sqliteBefore = fingerprint(sqlite);
        mysqlBefore = fingerprint(mysql);
        postgresBefore = fingerprint(postgres);
    }

    @AfterContainer
    static void unchangedAndDropped() throws Exception {
        try {
            assertThat(fingerprint(mysql)).isEqualTo(mysqlBefore);
            assertThat(fingerprint(postgres)).isEqualTo(postgresBefore);
        } finally {
            mysql.drop().run();
            postgres.drop().run();
        }
    }

    private static ChaosDb seeded(String kind) throws Exception {
        ChaosDb db = ChaosDb.fresh(kind, dir);
        db.run(CURRENT);
        return db;
    }

    private static ChaosFingerprint fingerprint(ChaosDb db) throws Exception {
        return ChaosFingerprint.of(db, List.of("items"), null);
    }

    // ---- URLs ----

    @Property
    void badUrlsFailCleanlyAndNeverPrintThePassword(@ForAll("badUrls") String url, @ForAll("readingOrWriting") String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--url", url));
        if (!command.equals("status")) {
            args.addAll(List.of("--schema", "schema.sql")); // status takes no desired schema
        }
        Result r = cli(args);
        assertCleanFailure(r, Set.of(1), true, url);
    }

    @Provide
    Arbitrary<String> readingOrWriting() {
        return Arbitraries.of("plan", "check", "apply --auto", "create-tables", "status");
    }

    @Provide
    Arbitrary<String> badUrls() {
        return Arbitraries.oneOf(malformedUrls(), closedPortUrls(), wrongCredentialUrls());
    }

    private static Arbitrary<String> password() {
        return Arbitraries.strings().withChars("abcXYZ019!$*()-_.~;,").ofMaxLength(8).map(s -> s + MARKER);
    }

    private static Arbitrary<String> junk() {
        return Arbitraries.strings().withChars("ab:/@?=&%#[] .-_\\'\"\t").ofMaxLength(12);
    }

    /**
     * Junk for the user name: no '@', '/', '?' or '#', which would end the authority early and leave
     * a URL of the default host and port, where a real server may listen.
     */
    private static Arbitrary<String> userJunk() {
        return Arbitraries.strings().withChars("ab:=&%[] .-_\\'\"\t").ofMaxLength(8);
    }

    private static Arbitrary<String> malformedUrls() {
        // not "postgresql:/" or "mysql:" (no "//"): such a URL is taken as a database name on the default
        // host, where a real server may listen, and echoes the password in its error (see docs/reliability.md)
        Arbitrary<String> scheme = Arbitraries.of("postgresql://", "mysql://", "mariadb://", "jdbc:postgresql://",
                "foo://", "", "://");
        // never a host part that falls back to a default host or port: a server may listen there
        Arbitrary<String> host = Arbitraries.of("[::1", "127.0.0.1:abc", "127.0.0.1:-1", "127.0.0.1:99999",
                "127.0.0.1:" + freePort() + ":5", "127.0.0.1:" + freePort(), "%zz", "@@", "[]");
        return Combinators.combine(scheme, userJunk(), password(), host, junk(), junk())
                .as((s, user, pw, h, db, query) -> s + user + ":" + pw + "@" + h + "/" + db + (query.isEmpty() ? "" : "?" + query));
    }

    private static Arbitrary<String> closedPortUrls() {
        return Combinators.combine(Arbitraries.of("postgresql", "mysql", "mariadb"), password(), Arbitraries.of(1, 2, 3))
                .as((s, pw, n) -> s + "://someone:" + pw + "@127.0.0.1:" + freePort() + "/db" + n);
    }

    private static Arbitrary<String> wrongCredentialUrls() {
        Arbitrary<String> user = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(u -> "nobody_" + u);
        Arbitrary<String> my = password().map(pw -> mysql.url().replaceFirst("://([^:@/]*)(:[^@]*)?@", "://$1:" + java.util.regex.Matcher.quoteReplacement(pw) + "@"));
        Arbitrary<String> pg = Combinators.combine(user, password())
                .as((u, pw) -> postgres.url().replaceFirst("://[^@]*@", java.util.regex.Matcher.quoteReplacement("://" + u + ":" + pw + "@")));
        return Arbitraries.oneOf(my, pg);
    }

    /** A local port nothing listens on at the moment it is picked (the OS hands out a free one). */
    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- options ----

    @Property
    void badOptionsFailWithOneErrorLineAndTheUsage(@ForAll("badOptions") List<String> commandAndBad) throws Exception {
        String command = commandAndBad.get(0);
        List<String> bad = commandAndBad.subList(1, commandAndBad.size());
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--url", sqlite.url()));
        if (!Set.of("status", "upgrade", "history").contains(command)) {
            args.addAll(List.of("--schema", "schema.sql")); // only the commands that compare take a desired schema
        }
        args.addAll(bad);
        Result r = cli(args);
        assertCleanFailure(r, Set.of(1), false, String.join(" ", bad));
        assertThat(fingerprint(sqlite)).isEqualTo(sqliteBefore);
    }

    /**
     * A command and one bad option: unknown names and malformed values go to every command; values
     * only plan, check and apply read ({@code --using}, {@code --backfill}, {@code --rename}) go to those.
     */
    @Provide
    Arbitrary<List<String>> badOptions() {
        Arbitrary<String> any = Arbitraries.of("plan", "check", "apply --auto", "create-tables", "status", "verify", "upgrade", "history");
        Arbitrary<String> diffing = Arbitraries.of("plan", "check", "apply --auto");
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> notANumber = Arbitraries.strings().withChars("abc-+.e ,x").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.strip().matches("[+-]?\\d+"));
        Arbitrary<List<String>> forAny = Arbitraries.oneOf(
                word.map(w -> List.of("--x" + w)),
                Arbitraries.of('b', 'g', 'k', 'y', 'z').map(c -> List.of("-" + c + "Z")), // not -h, -q, -v, -V
                notANumber.map(v -> List.of("--lock-timeout", v)),
                Arbitraries.of("--url", "--schema", "--lock-timeout").map(List::of));
        Arbitrary<List<String>> forDiffing = Arbitraries.oneOf(
                word.map(w -> List.of("--using", w)),
                word.map(w -> List.of("--backfill", w)),
                word.map(w -> List.of("--rename", w)),
                Arbitraries.of("--using", "--rename", "--backfill").map(List::of));
        return Arbitraries.oneOf(
                Combinators.combine(any, forAny).as(ChaosBadInputProperties::prepend),
                Combinators.combine(diffing, forDiffing).as(ChaosBadInputProperties::prepend));
    }

    private static List<String> prepend(String command, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(command));
        out.addAll(rest);
        return out;
    }

    // ---- schema files ----

    @Property
    void brokenSchemaFilesChangeNothing(@ForAll("brokenSchemas") byte[] schema, @ForAll("applyOrPlan") String command) throws Exception {
        Files.write(dir.resolve("broken.sql"), schema);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--url", sqlite.url(), "--schema", "broken.sql"));
        Result r = cli(args);
        assertCleanFailure(r, Set.of(0, 1, 2, 3), true, new String(schema, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fingerprint(sqlite)).isEqualTo(sqliteBefore);
    }

    @Provide
    Arbitrary<String> applyOrPlan() {
        return Arbitraries.of("apply --auto", "plan", "create-tables");
    }

    @Provide
    Arbitrary<byte[]> brokenSchemas() {
        byte[] sql = SCHEMA.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(1, sql.length - 1).map(n -> java.util.Arrays.copyOf(sql, n));
        return Arbitraries.oneOf(random, truncated);
    }

    // ---- edited migration files ----

    @Property
    void editedMigrationFilesAreRefusedAndChangeNothing(@ForAll("edits") String edited) throws Exception {
        Path work = Files.createTempDirectory(dir, "mig");
        Path migrations = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__users.sql"), MIGRATION);
        ChaosDb db = ChaosDb.fresh("sqlite", work);
        db.run(CURRENT);
        Result up = CliRunner.run(work, Map.of(), "upgrade", "--url", db.url());
        assertThat(up.code()).as(up.err()).isZero();
        ChaosFingerprint before = ChaosFingerprint.of(db, List.of("items", "users"), null);
        Files.writeString(migrations.resolve("V1__users.sql"), edited);
        Result r = CliRunner.run(work, Map.of(), "upgrade", "--url", db.url());
        boolean same = edited.replace("\r\n", "\n").equals(MIGRATION);
        assertCleanFailure(r, same ? Set.of(0) : Set.of(3), true, edited);
        if (!same) {
            assertThat(r.err()).contains("V1__users.sql", "syncdb repair");
        }
        assertThat(ChaosFingerprint.of(db, List.of("items", "users"), null)).isEqualTo(before);
    }

    @Provide
    Arbitrary<String> edits() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, MIGRATION.length());
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(
                Combinators.combine(at, text).as((i, t) -> MIGRATION.substring(0, i) + t + MIGRATION.substring(i)),
                Combinators.combine(at, at).as((a, b) -> MIGRATION.substring(0, Math.min(a, b)) + MIGRATION.substring(Math.max(a, b))),
                text.map(t -> MIGRATION + t));
    }

    // ---- checks ----

    private static Result cli(List<String> args) {
        return CliRunner.run(dir, Map.of(), args.toArray(String[]::new));
    }

    /**
     * The run ended with one of {@code codes}; no stack trace and no password anywhere; a failure is
     * one "error:" line (the usage may follow it when {@code oneLine} is false).
     */
    static void assertCleanFailure(Result r, Set<Integer> codes, boolean oneLine, String input) {
        String all = r.out() + r.err();
        String what = "input " + input + "\nexit " + r.code() + "\nstdout: " + r.out() + "\nstderr: " + r.err();
        assertThat(r.code()).as(what).isIn(codes);
        assertThat(STACK_LINE.matcher(all).find()).as("stack trace in " + what).isFalse();
        assertThat(all).as(what).doesNotContain(MARKER);
        if (r.code() == 0 || r.code() == 2) {
            return;
        }
        List<String> lines = r.errLines();
        assertThat(lines).as(what).isNotEmpty();
        assertThat(lines.get(0)).as(what).startsWith("error: ").doesNotContainPattern("^error: (java|javax|org|com)\\.");
        if (oneLine) {
            assertThat(lines).as(what).hasSize(1);
        } else {
            assertThat(lines.stream().filter(l -> l.startsWith("error: "))).as(what).hasSize(1);
        }
    }
}
