package dev.syncdb.spring;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * The actuator info entry {@code syncdb}: what syncdb's start-up run did ({@link SyncdbRun#details()}),
 * the database's URL without its password. Only created when the application has Spring Boot Actuator.
 */
public class SyncdbInfoContributor implements InfoContributor {
    /** The key of the entry in the info endpoint's map. */
    public static final String KEY = "syncdb";

    private final SyncdbStartup startup;

    SyncdbInfoContributor(SyncdbStartup startup) {
        this.startup = startup;
    }

    @Override
    public void contribute(Info.Builder builder) {
        SyncdbRun run = startup.run();
        if (run != null) {
            builder.withDetail(KEY, run.details());
        }
    }
}
