package dev.syncdb.sql;

import dev.syncdb.dialect.SplitOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schemas that desired scripts create themselves ({@code CREATE SCHEMA [IF NOT EXISTS] name}),
 * in script order, each once: what {@code --all-schemas} manages beside the run's own schema. An
 * unquoted name is folded to lower case, a quoted one kept as written.
 */
public final class CreatedSchemas {
    private static final Pattern CREATE = Pattern.compile(
            "(?is)CREATE\\s+SCHEMA\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)");
    private static final Pattern LEADING_COMMENTS = Pattern.compile("(?s)\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*");

    private CreatedSchemas() {
    }

    /** The schemas {@code scripts} create, split into statements as {@code options} say. */
    public static List<String> read(List<SqlScript> scripts, SplitOptions options) {
        SqlSplitter splitter = new SqlSplitter(options);
        List<String> names = new ArrayList<>();
        for (SqlScript script : scripts) {
            for (SqlChunk chunk : splitter.split(script.text())) {
                String name = created(chunk.sql());
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The schema {@code statement} creates, or null when it is not a CREATE SCHEMA. */
    static String created(String statement) {
        String body = LEADING_COMMENTS.matcher(statement).replaceFirst("");
        Matcher m = CREATE.matcher(body);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name.toLowerCase(Locale.ROOT);
    }
}
