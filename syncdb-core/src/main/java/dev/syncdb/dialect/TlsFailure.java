package dev.syncdb.dialect;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognizes a failed TLS certificate check in a driver's connect error and says it in one line the
 * user can act on: the server's certificate is not signed by the trusted CA, does not name the host
 * connected to, or is out of its validity dates. Drivers word these differently and bury the JDK's
 * reason in the cause chain; each connector passes its own URL parameter names.
 */
public final class TlsFailure {
    private TlsFailure() {
    }

    /**
     * A one-line description of the certificate failure behind {@code error}, or empty when it is not
     * one. {@code trusted} names where the trusted CA came from (e.g. {@code "sslrootcert=/etc/ca.pem"}),
     * {@code host} the host name connected to.
     */
    public static Optional<String> describe(Throwable error, String trusted, String host) {
        String text = chainText(error);
        String reason = firstLine(rootCause(error).getMessage());
        if (has(error, CertificateExpiredException.class) || has(error, CertificateNotYetValidException.class)) {
            return Optional.of("TLS: the server's certificate is outside its validity dates (" + reason + ")");
        }
        if (has(error, CertPathBuilderException.class) || has(error, CertPathValidatorException.class)
                || text.contains("pkix path")) {
            return Optional.of("TLS: the server's certificate is not signed by a trusted CA (" + trusted + "): "
                    + reason);
        }
        if (text.contains("hostname") && text.contains("could not be verified")
                || text.contains("doesn't correspond to certificate") || text.contains("no name matching")
                || text.contains("no subject alternative")) {
            return Optional.of("TLS: the server's certificate does not name host " + host
                    + " (verify-full checks the host name; connect by a name in the certificate, or use verify-ca)");
        }
        return Optional.empty();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String chainText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append(' ');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl >= 0 ? line.substring(0, nl).strip() : line;
    }
}
