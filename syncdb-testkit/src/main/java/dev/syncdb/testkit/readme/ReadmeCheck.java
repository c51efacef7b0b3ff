package dev.syncdb.testkit.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The repository README's marked blocks, checked against what a test really printed. A failure names
 * the block, says where it stops matching, and leaves the real output (as the README would show it)
 * in {@code target/readme-output/NAME.txt} of the module under test.
 */
public final class ReadmeCheck {
    /** The repository root: the directory above the working directory that holds README.md and examples/. */
    public static final Path ROOT = ReadmeBlocks.readme(Path.of("")).getParent();
    private static ReadmeBlocks readme;

    private ReadmeCheck() {
    }

    /** Every marked block of the README, read once. */
    public static synchronized ReadmeBlocks blocks() {
        if (readme == null) {
            readme = ReadmeBlocks.read(ROOT.resolve("README.md"));
        }
        return readme;
    }

    /** Fails when the README block {@code block} does not show {@code output}, after {@code normalize}. */
    public static void assertShows(String block, List<String> output, Normalize normalize) {
        assertShows(block, output, normalize, UnaryOperator.identity());
    }

    /**
     * As {@link #assertShows(String, List, Normalize)}, with {@code also} applied to both sides after
     * {@code normalize}: what else one test's output differs in from run to run (a connection number).
     */
    public static void assertShows(String block, List<String> output, Normalize normalize, UnaryOperator<String> also) {
        String mismatch = OutputMatch.mismatch(blocks().block(block), output, l -> also.apply(normalize.apply(l)));
        if (mismatch != null) {
            writeActual(block, output, normalize);
            throw new AssertionError("README block '" + block + "': " + mismatch);
        }
    }

    private static void writeActual(String block, List<String> output, Normalize normalize) {
        try {
            Path out = Files.createDirectories(Path.of("target", "readme-output")).resolve(block + ".txt");
            Files.write(out, output.stream().map(normalize::shown).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
