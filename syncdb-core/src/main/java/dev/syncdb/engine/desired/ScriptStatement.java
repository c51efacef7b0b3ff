package dev.syncdb.engine.desired;

import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlScript;

/** One statement of a SQL script, with the script and the place in it where the statement is. */
record ScriptStatement(SqlScript script, SqlChunk chunk) {

    String sql() {
        return chunk.sql();
    }
}
