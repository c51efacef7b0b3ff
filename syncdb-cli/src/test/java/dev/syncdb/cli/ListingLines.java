package dev.syncdb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ls -la DIR} as a README transcript shows it, built from each entry's real POSIX attributes
 * (mode, links, owner, group, size, modification time), and the normalization that keeps of such a
 * line only what syncdb decides: the mode of the folder and of the files it writes, and file sizes.
 */
final class ListingLines {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ENGLISH);
    private static final Pattern LINE = Pattern.compile(
            "^([d-][rwx-]{9}) +\\d+ +\\S+ +\\S+ +(\\d+) +[A-Z][a-z]{2} +\\d+ +\\d\\d:\\d\\d (.+)$");

    private ListingLines() {
    }

    /** The lines of {@code ls -la dir}: {@code .}, {@code ..}, then the entries by name. */
    static List<String> of(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(line(dir, "."));
        lines.add(line(dir.toAbsolutePath().getParent(), ".."));
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                lines.add(line(p, p.getFileName().toString()));
            }
        }
        return lines;
    }

    private static String line(Path p, String name) throws IOException {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Object links = Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        return (a.isDirectory() ? "d" : "-") + PosixFilePermissions.toString(a.permissions()) + " " + links + " "
                + a.owner().getName() + " " + a.group().getName() + " " + String.format("%4d", a.size()) + " "
                + WHEN.format(a.lastModifiedTime().toInstant().atZone(ZoneId.systemDefault())) + " " + name;
    }

    /**
     * A listing line with links, owner, group and time as {@code #}, a folder's size too, and the mode
     * of {@code ..} and of {@code .gitignore} (the umask's, not syncdb's); other lines unchanged.
     */
    static String normalized(String line) {
        var m = LINE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String name = m.group(3);
        boolean umasks = name.equals("..") || name.equals(".gitignore");
        String size = m.group(1).startsWith("d") ? "#" : m.group(2);
        return (umasks ? "#" : m.group(1)) + " # # # " + size + " # " + name;
    }
}
