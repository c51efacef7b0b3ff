package dev.syncdb.testkit.corpus;

/**
 * A database family of the corpus: the sqldef tool directory its cases live in and whether syncdb
 * supports it yet. The key is the dialect's name in case ids ({@code postgresql/file/case}).
 */
public enum CorpusDialect {
    POSTGRESQL("postgresql", "psqldef", true),
    SQLITE("sqlite", "sqlite3def", true),
    MYSQL("mysql", "mysqldef", true);

    private final String key;
    private final String toolDir;
    private final boolean supported;

    CorpusDialect(String key, String toolDir, boolean supported) {
        this.key = key;
        this.toolDir = toolDir;
        this.supported = supported;
    }

    public String key() {
        return key;
    }

    public String toolDir() {
        return toolDir;
    }

    public boolean supported() {
        return supported;
    }

    /** The id of a case of this dialect as the known-failures list writes it: {@code dialect/file/case}. */
    public String caseId(CorpusCase c) {
        return key + "/" + c.file() + "/" + c.name();
    }
}
