package dev.syncdb.spring;

import dev.syncdb.dialect.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up run as an info entry: its fields, and a database URL that never shows the password. */
class SyncdbRunTest {
    private static final Instant STARTED = Instant.parse("2026-12-04T10:15:30.250Z");

    @Test
    void detailsNameEveryPartAndMaskThePasswordOfTheUrlAndOfItsParameters() {
        DatabaseUrl target = DatabaseUrl.parse(
                DataSourceTarget.withCredentials("jdbc:postgresql://db:5432/shop?sslmode=require", "app", "s3cr&t"));
        SyncdbRun run = SyncdbRun.of(SyncdbProperties.Mode.APPLY, new SyncdbRun.Outcome(SyncdbRun.Result.APPLIED, 3,
                "applied 3 step(s) to postgresql PostgreSQL 17.11 (public) in 42 ms; it is in sync with entities in com.shop"),
                target, "entities in com.shop", STARTED, Duration.ofMillis(1234));

        Map<String, Object> details = run.details();
        assertThat(details).containsOnlyKeys("mode", "result", "changes", "summary", "database", "desiredSchema",
                "startedAt", "durationMs");
        assertThat(details).containsEntry("mode", "apply").containsEntry("result", "applied").containsEntry("changes", 3)
                .containsEntry("desiredSchema", "entities in com.shop")
                .containsEntry("startedAt", "2026-12-04T10:15:30.250Z").containsEntry("durationMs", 1234L);
        assertThat((String) details.get("database"))
                .isEqualTo("jdbc:postgresql://db:5432/shop?sslmode=require&user=app&password=***")
                .doesNotContain("s3cr");

        SyncdbRun userInfo = SyncdbRun.of(SyncdbProperties.Mode.VALIDATE,
                new SyncdbRun.Outcome(SyncdbRun.Result.IN_SYNC, 0, "in sync"),
                DatabaseUrl.parse("postgresql://app:hunter2@db/shop"), "classpath:db/schema.sql", STARTED, Duration.ZERO);
        assertThat(userInfo.details()).containsEntry("database", "postgresql://app:***@db/shop")
                .containsEntry("result", "in-sync");
    }

    @Test
    void anOffRunNamesNeitherDatabaseNorDesiredSchema() {
        SyncdbRun off = SyncdbRun.of(SyncdbProperties.Mode.OFF, new SyncdbRun.Outcome(SyncdbRun.Result.OFF, 0, "off"),
                null, null, STARTED, Duration.ZERO);
        assertThat(off.details()).containsOnlyKeys("mode", "result", "changes", "summary", "startedAt", "durationMs")
                .containsEntry("mode", "off").containsEntry("result", "off");
    }

    @Test
    void theContributorAddsTheEntryOnlyOnceTheRunHappened() {
        SyncdbStartup notRun = new SyncdbStartup(null, new SyncdbProperties(), null, null, null);
        Info.Builder before = new Info.Builder();
        new SyncdbInfoContributor(notRun).contribute(before);
        assertThat(before.build().getDetails()).doesNotContainKey("syncdb");

        SyncdbProperties off = new SyncdbProperties();
        off.setMode(SyncdbProperties.Mode.OFF);
        SyncdbStartup offStartup = new SyncdbStartup(null, off, null, null, null);
        offStartup.afterPropertiesSet();
        Info.Builder after = new Info.Builder();
        new SyncdbInfoContributor(offStartup).contribute(after);
        assertThat(after.build().getDetails().get("syncdb")).isEqualTo(offStartup.run().details());
        assertThat(offStartup.outcome()).isEqualTo("off");
    }
}
