package dev.syncdb.engine.backup;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether a backup file would end up in version control: it lies inside a git work tree (a folder
 * with {@code .git} above it) and no {@code .gitignore} between the file and the work tree's root
 * ignores it. The rules read are git's common ones (blank lines and comments skipped, {@code !}
 * re-includes, a trailing {@code /} matches folders only, a pattern with a {@code /} is relative to
 * its {@code .gitignore}, otherwise it matches a name at any depth; the deepest file decides, its
 * last matching line wins); files already tracked are not looked at.
 */
final class GitExposure {

    private GitExposure() {
    }

    /** The work tree's root when {@code file} is inside one and not ignored there; else empty. */
    static Optional<Path> exposedIn(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = workTree(abs.getParent());
        if (root == null) {
            return Optional.empty();
        }
        for (Path dir = abs.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Boolean ignored = decide(dir.resolve(".gitignore"), dir.relativize(abs));
            if (ignored != null) {
                return ignored ? Optional.empty() : Optional.of(root);
            }
        }
        return Optional.of(root);
    }

    /** The nearest folder at or above {@code dir} that holds {@code .git} (a folder, or a file in a linked work tree). */
    static Path workTree(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }

    /** What one {@code .gitignore} says of {@code relative}: true ignored, false re-included, null nothing. */
    static Boolean decide(Path gitignore, Path relative) {
        List<String> lines;
        try {
            lines = Files.isRegularFile(gitignore) ? Files.readAllLines(gitignore) : List.of();
        } catch (IOException e) {
            return null;
        }
        Boolean verdict = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negate = line.startsWith("!");
            String pattern = negate ? line.substring(1) : line;
            if (matches(pattern, relative)) {
                verdict = !negate;
            }
        }
        return verdict;
    }

    /** Whether a pattern matches the path or one of the folders it lies in (a folder's exclusion covers its files). */
    static boolean matches(String pattern, Path relative) {
        boolean dirOnly = pattern.endsWith("/");
        String p = dirOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
        boolean anchored = p.contains("/");
        p = p.startsWith("/") ? p.substring(1) : p;
        if (p.isEmpty()) {
            return false;
        }
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
        int n = relative.getNameCount();
        for (int i = 1; i <= n; i++) {
            boolean isDir = i < n;
            if (dirOnly && !isDir) {
                continue;
            }
            Path candidate = anchored ? relative.subpath(0, i) : relative.getName(i - 1);
            if (matcher.matches(candidate)) {
                return true;
            }
        }
        return false;
    }
}
