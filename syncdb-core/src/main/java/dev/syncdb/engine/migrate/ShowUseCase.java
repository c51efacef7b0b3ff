package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.Version;

import java.nio.file.Path;
import java.util.List;

/** Finds one migration in the directory ("head" = the newest) for {@code show}; needs no database. */
public final class ShowUseCase {

    public Migration run(Path dir, String version) {
        List<Migration> all = new MigrationDirectory(dir).migrations();
        if (version.equals("head")) {
            if (all.isEmpty()) {
                throw SyncdbException.error("no migrations in " + dir);
            }
            return all.get(all.size() - 1);
        }
        return all.stream().filter(m -> Version.valid(version) && m.version().equals(new Version(version)))
                .findFirst().orElseThrow(() -> SyncdbException.error("no migration " + version + " in " + dir));
    }
}
