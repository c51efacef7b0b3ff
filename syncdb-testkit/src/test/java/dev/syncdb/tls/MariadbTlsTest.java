package dev.syncdb.tls;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.testkit.MysqlAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TLS verification on MariaDB in the driver's, the mysql client's and libpq's spellings, against a
 * second mariadbd the test starts in a temporary directory with a certificate from a CA it made.
 */
class MariadbTlsTest {
    @TempDir
    static Path dir;
    private static TlsCerts certs;
    private static MariadbInstance server;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(MariadbInstance.installed() || MysqlAvailable.promised(),
                "mariadbd is not installed (CI installs it)");
        certs = TlsCerts.generate(dir);
        server = MariadbInstance.start(dir, certs);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String base(String scheme, String host) {
        return scheme + "://root@" + host + ":" + server.port() + "/mysql";
    }

    @Test
    void verifiedTlsWithTheRightCaInEverySpelling() throws Exception {
        String ca = certs.caCert().toString();
        for (String url : new String[]{
                base("mysql", "localhost") + "?ssl-mode=VERIFY_IDENTITY&ssl-ca=" + ca,
                base("mariadb", "localhost") + "?ssl-mode=VERIFY_CA&ssl-ca=" + ca,
                base("mysql", "localhost") + "?sslmode=verify-full&sslrootcert=" + ca,
                "jdbc:mariadb://localhost:" + server.port() + "/mysql?user=root&sslMode=verify-full&serverSslCert=" + ca,
                "jdbc:mysql://localhost:" + server.port() + "/mysql?user=root&sslMode=verify-ca&serverSslCert=" + ca,
                base("mysql", "127.0.0.1") + "?ssl-mode=VERIFY_CA&ssl-ca=" + ca}) {
            assertThat(cipher(url)).as(url).isNotBlank();
        }
    }

    @Test
    void wrongCaIsRefusedWithOneLineNamingTheCertificate() {
        for (String mode : new String[]{"VERIFY_CA", "VERIFY_IDENTITY"}) {
            String url = base("mysql", "localhost") + "?ssl-mode=" + mode + "&ssl-ca=" + certs.otherCaCert();
            SyncdbException e = catchThrowableOfType(() -> cipher(url), SyncdbException.class);
            assertThat(e).as(mode).isNotNull();
            assertThat(e.getMessage()).as(mode).doesNotContain("\n")
                    .contains("TLS: the server's certificate is not signed by a trusted CA (CA file " + certs.otherCaCert());
        }
    }

    @Test
    void verifyIdentityRefusesAHostNameTheCertificateDoesNotName() {
        String url = base("mysql", "127.0.0.1") + "?ssl-mode=VERIFY_IDENTITY&ssl-ca=" + certs.caCert();
        SyncdbException e = catchThrowableOfType(() -> cipher(url), SyncdbException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").contains("TLS: the server's certificate does not name host 127.0.0.1");
    }

    private static String cipher(String url) throws Exception {
        try (Session s = Session.open(DatabaseUrl.parse(url), null, false);
             Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
            rs.next();
            return rs.getString(2);
        }
    }
}
