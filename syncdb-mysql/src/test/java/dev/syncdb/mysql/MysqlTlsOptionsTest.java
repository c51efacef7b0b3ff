package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mysql client's and libpq's TLS parameters as MariaDB Connector/J options. */
class MysqlTlsOptionsTest {

    @ParameterizedTest
    @CsvSource({
            "mysql://h/db?ssl-mode=VERIFY_CA&ssl-ca=/etc/ca.pem, verify-ca",
            "mysql://h/db?ssl-mode=VERIFY_IDENTITY&ssl-ca=/etc/ca.pem, verify-full",
            "mariadb://h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem, verify-full",
            "jdbc:mysql://h/db?ssl-mode=verify_ca&ssl-ca=/etc/ca.pem, verify-ca",
            "jdbc:mariadb://h/db?sslMode=verify-full&serverSslCert=/etc/ca.pem, verify-full",
            "mysql://h/db?ssl-mode=REQUIRED&ssl-ca=/etc/ca.pem, trust",
            "mysql://h/db?sslmode=require&ssl-ca=/etc/ca.pem, trust",
            "mysql://h/db?ssl-mode=DISABLED&ssl-ca=/etc/ca.pem, disable"})
    void modesAndCaFileBecomeDriverOptions(String text, String mode) {
        Properties p = MysqlConnector.properties(DatabaseUrl.parse(text), DialectContext.system());
        assertThat(p.getProperty("sslMode")).isEqualTo(mode);
        assertThat(p.getProperty("serverSslCert")).isEqualTo("/etc/ca.pem");
        assertThat(p.stringPropertyNames()).doesNotContain("ssl-mode", "ssl-ca", "sslmode", "sslrootcert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://h/db?ssl-mode=PREFERRED", "mysql://h/db?sslmode=prefer"})
    void preferredLeavesTheDriversDefault(String text) {
        assertThat(MysqlConnector.properties(DatabaseUrl.parse(text), DialectContext.system()).getProperty("sslMode"))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://h/db?ssl-cert=/c.pem", "mysql://h/db?ssl-key=/k.pem", "mysql://h/db?ssl-mode=STRICT"})
    void whatCannotBeHonouredIsRefusedNotIgnored(String text) {
        assertThatThrownBy(() -> MysqlConnector.properties(DatabaseUrl.parse(text), DialectContext.system()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text.substring(text.indexOf('?') + 1,
                        text.indexOf('=')).equals("ssl-mode") ? "STRICT" : text.substring(text.indexOf('?') + 1, text.indexOf('=')));
    }
}
