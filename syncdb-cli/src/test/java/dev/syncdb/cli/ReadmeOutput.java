package dev.syncdb.cli;

import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.readme.ReadmeBlocks;
import dev.syncdb.testkit.readme.ReadmeCheck;

import java.nio.file.Path;
import java.util.List;

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

    /** The replacements every test needs: its temporary directory and the user name shown as the README's. */
    static Normalize common(Path dir) {
        return new Normalize().replacing("(lock file " + dir, "(lock file /tmp/mdemo")
                .replacing("sqlite:" + dir + "/", "sqlite:").replacing(ROOT + "/", "")
                .replacing(dir + "/", "").replacing(dir.toString(), "/tmp/mdemo")
                .replacing(" by " + System.getProperty("user.name"), " by root")
                .replacing("  " + System.getProperty("user.name") + "  ", "  root  ");
    }
}
