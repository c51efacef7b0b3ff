package dev.syncdb.tls;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.readme.ReadmeCheck;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code sslmode=verify-ca|verify-full} with {@code sslrootcert} in every PostgreSQL URL form, against
 * an embedded server started with {@code ssl=on} and a certificate from a CA made by the test.
 */
class PostgresTlsTest {
    @TempDir
    static Path dir;
    private static TlsCerts certs;
    private static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws Exception {
        certs = TlsCerts.generate(dir);
        pg = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certs.serverCert().toString())
                .setServerConfig("ssl_key_file", certs.serverKey().toString())
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static String base(String host) {
        return "postgresql://postgres@" + host + ":" + pg.getPort() + "/postgres";
    }

    @Test
    void verifyFullWithTheRightCaConnectsOverTlsInEveryUrlForm() throws Exception {
        String ca = certs.caCert().toString();
        for (String url : new String[]{
                base("localhost") + "?sslmode=verify-full&sslrootcert=" + ca,
                "postgres://postgres@localhost:" + pg.getPort() + "/postgres?sslrootcert=" + ca + "&sslmode=verify-full",
                "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres&sslmode=verify-full&sslrootcert=" + ca,
                base("localhost") + "?sslmode=verify-ca&sslrootcert=" + ca}) {
            assertThat(sslInUse(url)).as(url).isTrue();
        }
    }

    @Test
    void wrongCaIsRefusedWithOneLineNamingTheCertificate() {
        for (String mode : new String[]{"verify-ca", "verify-full"}) {
            String url = base("localhost") + "?sslmode=" + mode + "&sslrootcert=" + certs.otherCaCert();
            SyncdbException e = catchThrowableOfType(() -> sslInUse(url), SyncdbException.class);
            assertThat(e).as(mode).isNotNull();
            assertThat(e.getMessage()).as(mode).doesNotContain("\n").contains("TLS: the server's certificate is not signed by a trusted CA (sslrootcert=" + certs.otherCaCert() + ")");
        }
    }

    @Test
    void verifyFullRefusesAHostNameTheCertificateDoesNotNameButVerifyCaAcceptsIt() throws Exception {
        String ca = certs.caCert().toString();
        String full = base("127.0.0.1") + "?sslmode=verify-full&sslrootcert=" + ca;
        SyncdbException e = catchThrowableOfType(() -> sslInUse(full), SyncdbException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").contains("TLS: the server's certificate does not name host 127.0.0.1");
        assertThat(sslInUse(base("127.0.0.1") + "?sslmode=verify-ca&sslrootcert=" + ca)).isTrue();
    }

    /** The README's TLS block: the two refusals as the command line prints them ("error: " and the message). */
    @Test
    void theReadmeShowsBothRefusals() {
        String wrongCa = base("localhost") + "?sslmode=verify-ca&sslrootcert=" + certs.otherCaCert();
        String wrongHost = base("127.0.0.1") + "?sslmode=verify-full&sslrootcert=" + certs.caCert();
        List<String> printed = List.of(refusal(wrongCa), refusal(wrongHost));
        ReadmeCheck.assertShows("tls-errors", printed, new Normalize()
                .replacing(dir + "/", "").replacing(":" + pg.getPort() + "/", ":38531/"));
    }

    private static String refusal(String url) {
        SyncdbException e = catchThrowableOfType(() -> sslInUse(url), SyncdbException.class);
        assertThat(e).as(url).isNotNull();
        return "error: " + e.getMessage();
    }

    @Test
    void missingRootCertificateFileIsAOneLineError() {
        String url = base("localhost") + "?sslmode=verify-full&sslrootcert=" + dir.resolve("absent.pem");
        SyncdbException e = catchThrowableOfType(() -> sslInUse(url), SyncdbException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").contains("absent.pem");
    }

    private static boolean sslInUse(String url) throws Exception {
        try (Session s = Session.open(DatabaseUrl.parse(url), null, false);
             Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
