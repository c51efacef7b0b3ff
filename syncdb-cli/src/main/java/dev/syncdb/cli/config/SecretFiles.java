package dev.syncdb.cli.config;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The warning for a settings file ({@code .env}, {@code syncdb.yaml}) that holds a database
 * password while other users may read it (POSIX file systems): one line saying so and how to fix it.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** The warning for {@code file} when one of the URLs it gave has a password and group or others may read it. */
    public static Optional<String> warning(Path file, List<String> urls) {
        boolean password = urls.stream().filter(Objects::nonNull).anyMatch(SecretFiles::hasPassword);
        if (!password) {
            return Optional.empty();
        }
        try {
            return OwnerOnlyFiles.readableByOthers(file).map(mode -> "warning: " + file + " holds a database password"
                    + " and other users can read it (mode " + mode + "): chmod 600 " + file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hasPassword(String url) {
        try {
            String p = DatabaseUrl.parse(url).password();
            return p != null && !p.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
