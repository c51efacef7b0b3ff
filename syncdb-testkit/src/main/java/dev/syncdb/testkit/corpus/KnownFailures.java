package dev.syncdb.testkit.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of corpus cases known to fail, kept in the repository: one line per case,
 * {@code dialect/file/case: cause}; blank lines and lines starting with {@code #} are ignored.
 * A failing case not on the list is a regression; a listed case that passes can be removed.
 */
public final class KnownFailures {
    /** The list's place in the repository, relative to the repository root. */
    public static final String PATH = "syncdb-testkit/src/test/resources/corpus/known-failures.txt";

    private final Map<String, String> causes;

    public KnownFailures(Map<String, String> causes) {
        this.causes = Map.copyOf(causes);
    }

    public static KnownFailures parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(": ");
            m.put(colon < 0 ? l : l.substring(0, colon), colon < 0 ? "" : l.substring(colon + 2));
        }
        return new KnownFailures(m);
    }

    public static KnownFailures read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read known-failures list " + file, e);
        }
    }

    public boolean contains(String caseId) {
        return causes.containsKey(caseId);
    }

    public Map<String, String> causes() {
        return causes;
    }

    /** The list text for the failed cases of these runs, with a header saying how it is made. */
    public static String render(List<DialectRun> runs) {
        List<String> lines = new ArrayList<>();
        lines.add("# Corpus cases (sqldef) known to fail with syncdb: dialect/file/case: cause");
        lines.add("# CorpusTest fails on a failing case not listed here and reports listed cases that pass.");
        lines.add("# Regenerate: mvn -q -pl syncdb-testkit -am compile org.codehaus.mojo:exec-maven-plugin:java "
                + "-Dexec.args=--write-known-failures");
        for (DialectRun run : runs) {
            for (CaseOutcome o : run.with(CaseOutcome.Status.FAILED)) {
                lines.add(o.id() + ": " + FailureCauses.scrub(o.reason()));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
