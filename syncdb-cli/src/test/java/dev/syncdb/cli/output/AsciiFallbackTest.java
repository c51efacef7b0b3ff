package dev.syncdb.cli.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The ASCII fallback for consoles whose code page lacks syncdb's symbols (legacy Windows consoles). */
class AsciiFallbackTest {
    static final Charset CP437 = Charset.forName("IBM437");
    static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void keepsWhatTheCharsetHasAndMapsTheRest() {
        String line = "✅ users  ❌ orders (missing)  a → b  ⚠️ done…";
        assertThat(AsciiFallback.map(line, CP1252.newEncoder()))
                .as("cp1252 has the ellipsis, not the rest").isEqualTo("[ok] users  [FAIL] orders (missing)  a -> b  [!] done…");
        assertThat(AsciiFallback.map("┌─┐ │x│ └─┘ ✅ 🚀", CP437.newEncoder()))
                .as("cp437 has box drawing").isEqualTo("┌─┐ │x│ └─┘ [ok] ?");
        assertThat(AsciiFallback.map("┌─┐ ✔ ✖", StandardCharsets.US_ASCII.newEncoder())).isEqualTo("+-+ [ok] [FAIL]");
    }

    @Test
    void onlyLegacyCharsetsNeedIt() {
        assertThat(AsciiFallback.needed(StandardCharsets.UTF_8)).isFalse();
        assertThat(AsciiFallback.needed(CP437)).isTrue();
        assertThat(AsciiFallback.needed(CP1252)).isTrue();
        PrintStream utf8 = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(ConsoleStreams.forCharset(utf8, StandardCharsets.UTF_8)).isSameAs(utf8);
    }

    @Test
    void aPrintStreamOnACodePageWritesStandInsInThatCodePage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream console = ConsoleStreams.forCharset(new PrintStream(bytes, true), CP1252);
        console.println("✅ connected, schema public");
        console.printf("  %s %s%n", "❌", "audit_log → missing: café");
        console.print("emoji split across writes: ");
        byte[] rocket = "🚀!".getBytes(StandardCharsets.UTF_8);
        for (byte b : rocket) {
            console.write(b);
        }
        console.flush();
        assertThat(bytes.toString(CP1252)).isEqualTo("[ok] connected, schema public" + System.lineSeparator()
                + "  [FAIL] audit_log -> missing: café" + System.lineSeparator() + "emoji split across writes: ?!");
    }
}
