package dev.syncdb.cli.output;

import org.jline.terminal.spi.TerminalProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JLine's JNI terminal provider (the native Windows console, through jline-native's DLLs) is on the
 * runtime classpath: without it JLine on a Windows console falls back to a dumb terminal.
 */
class WindowsTerminalProviderTest {
    @Test
    void theJniProviderLoads() throws Exception {
        TerminalProvider jni = TerminalProvider.load("jni");
        assertThat(jni.name()).isEqualTo("jni");
        assertThat(getClass().getClassLoader().getResource("org/jline/nativ/Windows/x86_64/jlinenative.dll")).isNotNull();
    }
}
