package dev.syncdb.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout and stderr as syncdb prints to them: unchanged when their charset shows
 * every symbol syncdb uses, otherwise a stream that writes {@link AsciiFallback}'s stand-ins for the
 * characters the charset lacks (a legacy Windows console, code page 437 or 1252), instead of the
 * {@code ?} the JDK would print.
 */
public final class ConsoleStreams {
    private ConsoleStreams() {
    }

    /** stdout for syncdb's output. */
    public static PrintStream out() {
        return forCharset(System.out, charset("stdout"));
    }

    /** stderr for syncdb's output. */
    public static PrintStream err() {
        return forCharset(System.err, charset("stderr"));
    }

    /**
     * The charset the JDK encodes the stream with: {@code stdout.encoding} (JDK 19+), else
     * {@code sun.stdout.encoding} (set for a Windows console), else the default charset.
     */
    static Charset charset(String stream) {
        for (String key : new String[]{stream + ".encoding", "sun." + stream + ".encoding"}) {
            String name = System.getProperty(key);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    /** {@code raw} (bytes written as they are, in {@code charset}) as a stream that falls back to ASCII where needed. */
    public static PrintStream forCharset(PrintStream raw, Charset charset) {
        if (!AsciiFallback.needed(charset)) {
            return raw;
        }
        return new PrintStream(new Mapping(raw, charset), true, StandardCharsets.UTF_8);
    }

    /** Decodes the UTF-8 the wrapping print stream writes, maps what {@code charset} lacks, encodes in it. */
    private static final class Mapping extends OutputStream {
        private final OutputStream out;
        private final Charset charset;
        private final CharsetEncoder encoder;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(4096);
        private final CharBuffer chars = CharBuffer.allocate(4096);
        private final StringBuilder text = new StringBuilder();

        Mapping(OutputStream out, Charset charset) {
            this.out = out;
            this.charset = charset;
            this.encoder = charset.newEncoder();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(in.remaining(), len);
                in.put(b, off, n);
                off += n;
                len -= n;
                drain();
            }
        }

        private void drain() throws IOException {
            in.flip();
            while (true) {
                var result = decoder.decode(in, chars, false);
                chars.flip();
                text.append(chars);
                chars.clear();
                if (result.isUnderflow()) {
                    break;
                }
            }
            in.compact();
            int end = text.length();
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            if (end > 0) {
                out.write(AsciiFallback.map(text.subSequence(0, end), encoder).getBytes(charset));
                text.delete(0, end);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }
    }
}
