package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML review pages of {@code plan --format html}, {@code check --format html} and
 * {@code apply --report} for the demo schema (plus a table whose names are HTML), opened in a real
 * headless Chromium: the page loads without a script error, nothing from the database runs as
 * markup, nothing overflows a 1280 px window, and the screenshot is a real picture. Skipped, with
 * the reason, only where no Chromium is installed ({@code .ci/run} installs one).
 */
class ReviewPageBrowserTest {
    static final String HOSTILE = "CREATE TABLE \"<script>document.title='owned'</script>\" (id INTEGER PRIMARY KEY,"
            + " \"</style><img src=x onerror=alert(1)>\" TEXT);\n";

    @TempDir
    Path dir;

    static Path chromium;

    @BeforeAll
    static void findBrowser() {
        chromium = Browser.find();
        Assumptions.assumeTrue(chromium != null, "no Chromium found (/usr/bin/chromium, chromium or SYNCDB_CHROMIUM):"
                + " install the Debian package chromium to run the browser test");
    }

    @Test
    void planCheckAndApplyPagesLoadCleanlyInABrowser() throws Exception {
        SqliteDb db = new SqliteDb(dir.resolve("shop.db"));
        db.run(demo("v1.sql").replaceAll("(?m)^--.*$", ""));
        db.run(demo("seed.sql").replaceAll("(?m)^--.*$", "") + ";INSERT INTO orders (id, customer_id, total) VALUES (6, 2, NULL)");
        Files.writeString(dir.resolve("v2.sql"), demo("v2.sql") + HOSTILE);
        Map<String, String> env = Map.of("DATABASE_URL", db.url());

        Result plan = CliRunner.run(dir, env, "plan", "--schema", "v2.sql", "--format", "html");
        assertThat(plan.code()).as(plan.err()).isZero();
        Path planPage = Files.writeString(dir.resolve("plan.html"), plan.out());
        String planDom = Browser.dumpDom(chromium, planPage, dir);
        assertLoadedCleanly(planDom);
        assertThat(planDom).contains("preflight blocks", "DD201", "<span class=\"k\">CREATE</span>",
                "&lt;script&gt;document.title='owned'&lt;/script&gt;", "Diagram of the change", "+ added");

        Result check = CliRunner.run(dir, env, "check", "--schema", "v2.sql", "--format", "html");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.out()).startsWith("<!DOCTYPE html>").contains("syncdb check");

        Result refused = CliRunner.run(dir, env, "apply", "--schema", "v2.sql", "--auto", "--report", "refused.html");
        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("refused.html"))).contains("<th>outcome</th><td>not applied: ",
                "<th>backup</th><td>none taken</td>");

        db.run("UPDATE orders SET total = 0 WHERE total IS NULL");
        Result apply = CliRunner.run(dir, env, "apply", "--schema", "v2.sql", "--auto", "--report", "report.html");
        assertThat(apply.code()).as(apply.out() + apply.err()).isZero();
        Path report = dir.resolve("report.html");
        Path png = dir.resolve("report.png");
        String dom = Browser.dumpDomAndScreenshot(chromium, report, png, dir);
        assertLoadedCleanly(dom);
        assertThat(dom).contains("Apply", "applied", "backup", dir.resolve("backups").toString(), "sqlite:");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG Chromium wrote").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(distinctColours(image)).as("colours in the screenshot").isGreaterThan(8);
    }

    /** The page's own script ran, saw no error, the page is no wider than the window, and no database text became markup. */
    private static void assertLoadedCleanly(String dom) {
        assertThat(attribute(dom, "data-ready")).as("the page's load handler ran").isEqualTo("yes");
        assertThat(attribute(dom, "data-js-errors")).as("script errors").isEmpty();
        int scroll = Integer.parseInt(attribute(dom, "data-scroll-width"));
        int client = Integer.parseInt(attribute(dom, "data-client-width"));
        assertThat(scroll).as("scroll width against the window's %d px", client).isLessThanOrEqualTo(client);
        assertThat(client).isBetween(1200, 1280);
        assertThat(dom).doesNotContain("<title>owned", "<img src=\"x\"");
        assertThat(dom).as("nothing loads from the network").doesNotContain("<link", "<iframe", " src=\"http", "url(http", "@import");
        assertThat(Pattern.compile("<script[ >]").matcher(dom).results().count()).as("script elements").isEqualTo(1);
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as("attribute %s in the DOM", name).isTrue();
        return m.group(1);
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String demo(String name) throws IOException {
        try (InputStream in = ReviewPageBrowserTest.class.getResourceAsStream("/dev/syncdb/cli/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Headless Chromium, run as a child process on a local file. */
    static final class Browser {
        private Browser() {
        }

        static Path find() {
            List<String> candidates = new ArrayList<>();
            String env = System.getenv("SYNCDB_CHROMIUM");
            if (env != null && !env.isBlank()) {
                candidates.add(env);
            }
            candidates.add("/usr/bin/chromium");
            candidates.add("/usr/bin/chromium-browser");
            String path = System.getenv().getOrDefault("PATH", "");
            for (String d : path.split(java.io.File.pathSeparator)) {
                candidates.add(d + "/chromium");
            }
            return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        }

        static String dumpDom(Path chromium, Path page, Path work) throws Exception {
            return run(chromium, work, "--dump-dom", page.toUri().toString());
        }

        /** The DOM after the page loaded, and a screenshot of the 1280 x 2000 window, from one browser run. */
        static String dumpDomAndScreenshot(Path chromium, Path page, Path png, Path work) throws Exception {
            String dom = run(chromium, work, "--dump-dom", "--screenshot=" + png, "--hide-scrollbars", page.toUri().toString());
            assertThat(png).exists();
            return dom;
        }

        private static String run(Path chromium, Path work, String... args) throws Exception {
            Path profile = Files.createTempDirectory(work, "chromium-profile");
            List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--no-default-browser-check", "--mute-audio",
                    "--user-data-dir=" + profile, "--window-size=1280,2000", "--virtual-time-budget=1000"));
            cmd.addAll(List.of(args));
            Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
            Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish in 90 s: " + Files.readString(err));
            }
            assertThat(p.exitValue()).as("Chromium's exit code; stderr: %s", Files.readString(err)).isZero();
            return Files.readString(out);
        }
    }
}
