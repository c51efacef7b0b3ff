package dev.syncdb.testkit.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's checked output blocks: each fenced block preceded by a line
 * {@code <!-- output: NAME -->}, by name, as its lines (indentation of the fence removed).
 */
public final class ReadmeBlocks {
    private static final Pattern MARK = Pattern.compile("^\\s*<!-- output: ([a-z0-9-]+) -->\\s*$");
    private final Map<String, List<String>> blocks;

    private ReadmeBlocks(Map<String, List<String>> blocks) {
        this.blocks = blocks;
    }

    /** The README of the repository that holds {@code moduleDir}. */
    public static Path readme(Path start) {
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("examples"))) {
                return p.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md above " + start);
    }

    /** Reads every marked block of {@code file}. */
    public static ReadmeBlocks read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadmeBlocks parse(List<String> lines) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            String fence = lines.get(open);
            int indent = fence.indexOf("```");
            if (indent < 0) {
                throw new IllegalStateException("README line " + (i + 1) + ": the output mark is not followed by a fenced block");
            }
            List<String> body = new ArrayList<>();
            int j = open + 1;
            while (!lines.get(j).trim().equals("```")) {
                String l = lines.get(j);
                body.add(l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.strip());
                j++;
            }
            if (found.put(m.group(1), body) != null) {
                throw new IllegalStateException("README: two output blocks named " + m.group(1));
            }
            i = j;
        }
        return new ReadmeBlocks(found);
    }

    /** The lines of the block named {@code name}. */
    public List<String> block(String name) {
        List<String> b = blocks.get(name);
        if (b == null) {
            throw new IllegalStateException("README has no block marked <!-- output: " + name + " -->");
        }
        return b;
    }

    /** Every block name, in README order. */
    public List<String> names() {
        return List.copyOf(blocks.keySet());
    }
}
