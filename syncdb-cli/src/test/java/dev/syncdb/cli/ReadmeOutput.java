package dev.syncdb.cli;

import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.readme.ReadmeBlocks;
import dev.syncdb.testkit.readme.ReadmeCheck;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** What the README output tests share: the repository root, the marked blocks, and the comparison. */
final class ReadmeOutput {
    static final Path ROOT = ReadmeCheck.ROOT;

    private ReadmeOutput() {
    }

    static ReadmeBlocks readme() {
        return ReadmeCheck.blocks();
    }

    /** Fails, writing the real output to target/readme-output/NAME.txt, when the block is not what was printed. */
    static void assertShows(String block, List<String> output, Normalize normalize) {
        ReadmeCheck.assertShows(block, output, normalize);
    }

    /**
     * As {@link #assertShows(String, List, Normalize)}, with {@code also} applied to both sides after
     * {@code normalize}: what else one test's output differs in from run to run (a connection number).
     */
    static void assertShows(String block, List<String> output, Normalize normalize, UnaryOperator<String> also) {
        ReadmeCheck.assertShows(block, output, normalize, also);
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
