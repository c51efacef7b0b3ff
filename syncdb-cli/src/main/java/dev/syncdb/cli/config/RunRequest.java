package dev.syncdb.cli.config;

import dev.syncdb.cache.ModelCache;
import dev.syncdb.engine.desired.DatabaseSource;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.DesiredSourceProvider;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.VersionProvider;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one builder of the engine request of every command that compares the database with a desired
 * schema (plan, check, apply, the wizard, verify, create-tables, migrate generate, --force-recreate),
 * from the resolved settings and the options:
 * the desired source (SQL files or entities with the desired-model cache, {@code --cache-dir},
 * {@code --no-cache}; or another database, as the settings say), the declared renames, whether privileges
 * are compared, the data fixes, and a
 * fresh {@link Timings} that {@code --timings} prints afterwards.
 */
public final class RunRequest {
    /** The cache directory when neither {@code --cache-dir} nor {@code SYNCDB_CACHE_DIR} names one. */
    public static final String DEFAULT_CACHE_DIR = ".syncdb/cache";

    private RunRequest() {
    }

    public static SyncRequest of(CliContext ctx, CommonOptions o, Settings s) {
        DesiredSource desired = s.desiredUrl() != null ? s.desired()
                : s.entities() != null ? DesiredSourceProvider.forEntities(s.entities().withCache(cache(ctx, o), cacheVersion()))
                : new SqlFilesSource(s.schema(), s.devUrl(), cache(ctx, o), cacheVersion());
        return new SyncRequest(s.url(), s.schemaName(), desired, null, o.fixes(), new Timings())
                .withDiffOptions(o.diffOptions().withPrivileges(s.privileges())).withContext(s.context(ctx))
                .withOnline(s.online());
    }

    /** The cache the options ask for, or null with {@code --no-cache}. */
    static ModelCache cache(CliContext ctx, CommonOptions o) {
        if (o.desired.noCache) {
            return null;
        }
        String dir = o.desired.cacheDir != null ? o.desired.cacheDir : ctx.env().getOrDefault("SYNCDB_CACHE_DIR", DEFAULT_CACHE_DIR);
        return new ModelCache(ctx.resolve(dir));
    }

    /**
     * The syncdb version as part of cache keys; a development build adds its jar's size and time, so a
     * rebuilt inspector never reads what an earlier build cached.
     */
    static String cacheVersion() {
        String v = VersionProvider.version();
        if (!v.endsWith("SNAPSHOT") && !v.equals("unknown")) {
            return v;
        }
        try {
            Path code = Path.of(RunRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return v + " build " + Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return v + " build unknown";
        }
    }
}
