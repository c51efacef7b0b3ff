package dev.syncdb.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Ten versions of a small blog schema in SQL both PostgreSQL and SQLite accept; version N is the
 * first N pieces together. Version 9 drops a column (destructive), version 10 adds an index.
 */
final class MigrationSchemas {
    private static final List<String> PIECES = List.of(
            "CREATE TABLE users (id integer PRIMARY KEY, email varchar(200) NOT NULL);\n",
            "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id), title varchar(200) NOT NULL);\n",
            "ALTER TABLE users ADD COLUMN name varchar(100);\n",
            "CREATE INDEX posts_user_idx ON posts (user_id);\n",
            "CREATE TABLE tags (id integer PRIMARY KEY, label varchar(50) NOT NULL UNIQUE);\n",
            "ALTER TABLE posts ADD COLUMN body text;\n",
            "CREATE TABLE post_tags (post_id integer NOT NULL REFERENCES posts (id), tag_id integer NOT NULL REFERENCES tags (id), PRIMARY KEY (post_id, tag_id));\n",
            "ALTER TABLE users ADD COLUMN created_at timestamp;\n",
            "ALTER TABLE users DROP COLUMN name;\n",
            "CREATE INDEX users_email_idx ON users (email);\n");

    static final int COUNT = PIECES.size();
    static final int DESTRUCTIVE = 9;

    private MigrationSchemas() {
    }

    /** The desired schema of version {@code n} (1-based). */
    static String version(int n) {
        return String.join("", PIECES.subList(0, n));
    }

    /** The table names of version {@code n}. */
    static List<String> tables(int n) {
        List<String> out = new ArrayList<>(List.of("users"));
        if (n >= 2) {
            out.add("posts");
        }
        if (n >= 5) {
            out.add("tags");
        }
        if (n >= 7) {
            out.add("post_tags");
        }
        return out;
    }
}
