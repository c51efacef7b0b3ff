package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.plan.OnlineOptions;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How live tables are changed, from the options ({@code --online}/{@code --no-online},
 * {@code --online-threshold-rows}, {@code --lock-wait-timeout}, {@code --lock-retries},
 * {@code --allow-rewrite}) over {@code syncdb.yaml} ({@code online: true|false|auto},
 * {@code online-threshold-rows}, {@code lock-wait-timeout}, {@code lock-retries}) over the defaults
 * ({@link OnlineOptions#DEFAULT}: online for tables of a million estimated rows or more, 3 s, 4 retries).
 */
final class OnlineSettings {

    private OnlineSettings() {
    }

    static OnlineOptions resolve(CommonOptions o, ConfigFile config) {
        OnlineOptions.Mode mode = o.online.online != null ? (o.online.online ? OnlineOptions.Mode.ON : OnlineOptions.Mode.OFF)
                : config.text("online").map(v -> mode(config, v)).orElse(OnlineOptions.Mode.AUTO);
        long threshold = o.online.onlineThresholdRows != null ? o.online.onlineThresholdRows
                : config.text("online-threshold-rows").map(v -> number(config.file() + " (online-threshold-rows)", v))
                .orElse(OnlineOptions.DEFAULT_THRESHOLD_ROWS);
        Duration wait = Optional.ofNullable(o.online.lockWaitTimeout).map(v -> duration("--lock-wait-timeout", v))
                .or(() -> config.text("lock-wait-timeout").map(v -> duration(config.file() + " (lock-wait-timeout)", v)))
                .orElse(OnlineOptions.DEFAULT_LOCK_WAIT);
        int retries = o.online.lockRetries != null ? o.online.lockRetries
                : config.text("lock-retries").map(v -> (int) number(config.file() + " (lock-retries)", v))
                .orElse(OnlineOptions.DEFAULT_RETRIES);
        if (threshold < 0 || retries < 0) {
            throw SyncdbException.error("--online-threshold-rows and --lock-retries must not be negative");
        }
        return new OnlineOptions(mode, threshold, wait, retries, o.online.allowRewrite);
    }

    private static OnlineOptions.Mode mode(ConfigFile config, String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> OnlineOptions.Mode.ON;
            case "false" -> OnlineOptions.Mode.OFF;
            case "auto" -> OnlineOptions.Mode.AUTO;
            default -> throw SyncdbException.error(config.file() + ": 'online' must be true, false or auto, not '" + v + "'");
        };
    }

    private static long number(String where, String v) {
        try {
            return Long.parseLong(v.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw SyncdbException.error(where + ": expected a whole number, not '" + v + "'");
        }
    }

    /** "3s", "500ms", "2m" or a number of seconds ("1.5"). */
    static Duration duration(String where, String v) {
        String t = v.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            } else if (t.endsWith("m")) {
                d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()) * 60);
            } else {
                String s = t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t;
                d = Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
            }
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw SyncdbException.error(where + ": expected a positive duration such as 3s or 500ms, not '" + v + "'");
        }
    }
}
