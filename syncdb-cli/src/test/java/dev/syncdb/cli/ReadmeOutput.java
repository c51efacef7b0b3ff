package dev.syncdb.cli;

import dev.syncdb.cli.readme.Normalize;
import dev.syncdb.cli.readme.OutputMatch;
import dev.syncdb.cli.readme.ReadmeBlocks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README output tests share: the repository root, the marked blocks, and the comparison. */
final class ReadmeOutput {
    static final Path ROOT = ReadmeBlocks.readme(Path.of("")).getParent();
    private static ReadmeBlocks readme;

    private ReadmeOutput() {
    }

    static synchronized ReadmeBlocks readme() {
        if (readme == null) {
            readme = ReadmeBlocks.read(ROOT.resolve("README.md"));
        }
        return readme;
    }

    /** Fails, writing the real output to target/readme-output/NAME.txt, when the block is not what was printed. */
    static void assertShows(String block, List<String> output, Normalize normalize) {
        assertShows(block, output, normalize, UnaryOperator.identity());
    }

    /**
     * As {@link #assertShows(String, List, Normalize)}, with {@code also} applied to both sides after
     * {@code normalize}: what else one test's output differs in from run to run (a connection number).
     */
    static void assertShows(String block, List<String> output, Normalize normalize, UnaryOperator<String> also) {
        String mismatch = OutputMatch.mismatch(readme().block(block), output, l -> also.apply(normalize.apply(l)));
        if (mismatch != null) {
            writeActual(block, output, normalize);
        }
        assertThat(mismatch).as("README block '" + block + "'").isNull();
    }

    private static void writeActual(String block, List<String> output, Normalize normalize) {
        try {
            Path out = Files.createDirectories(Path.of("target", "readme-output")).resolve(block + ".txt");
            Files.write(out, output.stream().map(normalize::shown).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The replacements every test needs: its temporary directory and the user name shown as the README's. */
    static Normalize common(Path dir) {
        return new Normalize().replacing("(lock file " + dir, "(lock file /tmp/mdemo")
                .replacing("sqlite:" + dir + "/", "sqlite:").replacing(ROOT + "/", "")
                .replacing(dir + "/", "").replacing(dir.toString(), "/tmp/mdemo")
                .replacing(" by " + System.getProperty("user.name"), " by root")
                .replacing("  " + System.getProperty("user.name") + "  ", "  root  ");
    }
}
