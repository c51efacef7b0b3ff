package dev.syncdb.mysql;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * TLS parameters of a syncdb MySQL URL as MariaDB Connector/J options. The driver's own spellings
 * ({@code sslMode=verify-full}, {@code serverSslCert}, {@code trustStore}, ...) pass through untouched;
 * the mysql client's ({@code ssl-mode=VERIFY_CA}, {@code ssl-ca=/ca.pem}) and libpq's
 * ({@code sslmode=verify-full}, {@code sslrootcert=/ca.pem}) become {@code sslMode} and
 * {@code serverSslCert}, so one URL style works on every server. A client certificate as PEM files
 * ({@code ssl-cert}, {@code ssl-key}) has no driver equivalent (it takes a {@code keyStore}) and is
 * refused rather than silently ignored, as is an unknown mode.
 */
final class MysqlTlsOptions {
    /** Mode values of the mysql client and libpq as the driver's sslMode. "" = the driver's default (no TLS). */
    private static final Map<String, String> MODES = Map.ofEntries(
            Map.entry("disabled", "disable"), Map.entry("disable", "disable"),
            Map.entry("preferred", ""), Map.entry("prefer", ""), Map.entry("allow", ""),
            Map.entry("required", "trust"), Map.entry("require", "trust"), Map.entry("trust", "trust"),
            Map.entry("verify_ca", "verify-ca"), Map.entry("verify-ca", "verify-ca"),
            Map.entry("verify_identity", "verify-full"), Map.entry("verify-full", "verify-full"));

    private MysqlTlsOptions() {
    }

    /** Whether {@code key} is a TLS parameter this class maps (so it is not passed on as it is). */
    static boolean mapped(String key) {
        return switch (key) {
            case "ssl-mode", "sslmode", "ssl-ca", "sslrootcert", "ssl-cert", "ssl-key", "sslcert", "sslkey" -> true;
            default -> false;
        };
    }

    /** Sets sslMode and serverSslCert from the URL's parameters; throws IllegalArgumentException on what cannot be honoured. */
    static void apply(Map<String, String> params, Properties p) {
        for (String clientCert : new String[]{"ssl-cert", "ssl-key", "sslcert", "sslkey"}) {
            if (params.containsKey(clientCert)) {
                throw new IllegalArgumentException(clientCert + " (a client certificate as PEM files) is not supported"
                        + " by the MariaDB driver: give keyStore=<PKCS12 file>&keyStorePassword=... instead");
            }
        }
        String mode = params.containsKey("ssl-mode") ? params.get("ssl-mode") : params.get("sslmode");
        if (mode != null) {
            String sslMode = MODES.get(mode.toLowerCase(Locale.ROOT));
            if (sslMode == null) {
                throw new IllegalArgumentException("unknown ssl-mode " + mode
                        + " (DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY)");
            }
            if (!sslMode.isEmpty()) {
                p.setProperty("sslMode", sslMode);
            }
        }
        String ca = params.containsKey("ssl-ca") ? params.get("ssl-ca") : params.get("sslrootcert");
        if (ca != null) {
            p.setProperty("serverSslCert", ca);
        }
    }

    /** Where the trusted CA comes from, for an error message. */
    static String trusted(Map<String, String> params, Properties p) {
        if (p.getProperty("serverSslCert") != null) {
            return "CA file " + p.getProperty("serverSslCert");
        }
        if (p.getProperty("trustStore") != null) {
            return "trustStore=" + p.getProperty("trustStore");
        }
        return "no ssl-ca given: the JVM's default CAs";
    }
}
