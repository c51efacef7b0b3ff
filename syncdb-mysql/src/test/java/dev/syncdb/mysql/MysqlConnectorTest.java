package dev.syncdb.mysql;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The four URL forms into MariaDB Connector/J URLs and properties; nothing printable holds the password. */
class MysqlConnectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"mysql://app:p%40ss@db.example:3307/shop?sslMode=verify-full",
            "mariadb://app:p%40ss@db.example:3307/shop?sslMode=verify-full",
            "jdbc:mysql://db.example:3307/shop?user=app&password=p%40ss&sslMode=verify-full",
            "jdbc:mariadb://db.example:3307/shop?user=app&password=p%40ss&sslMode=verify-full"})
    void everyFormConnectsTheSameWay(String text) {
        DatabaseUrl url = DatabaseUrl.parse(text);
        assertThat(new MysqlDialect().accepts(url)).isTrue();
        assertThat(MysqlConnector.jdbcUrl(url, null)).isEqualTo("jdbc:mariadb://db.example:3307/shop");
        Properties p = MysqlConnector.properties(url, DialectContext.system());
        assertThat(p.getProperty("user")).isEqualTo("app");
        assertThat(p.getProperty("password")).isEqualTo("p@ss");
        assertThat(p.getProperty("sslMode")).isEqualTo("verify-full");
        assertThat(new MysqlDialect().defaultSchemaName(url)).isEqualTo("shop");
        assertThat(url.masked()).doesNotContain("p%40ss").doesNotContain("p@ss");
    }

    @Test
    void defaultsAreLocalhostPort3306AndRoot() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://localhost/app");
        assertThat(MysqlConnector.jdbcUrl(url, null)).isEqualTo("jdbc:mariadb://localhost:3306/app");
        assertThat(MysqlConnector.jdbcUrl(url, "")).isEqualTo("jdbc:mariadb://localhost:3306/");
        assertThat(MysqlConnector.properties(url, DialectContext.system()).getProperty("user")).isEqualTo("root");
    }

    @Test
    void aUrlWithoutPasswordTakesMysqlPwdFromTheCallersEnvironment() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://app@localhost/shop");
        DialectContext context = new DialectContext(java.util.Map.of("MYSQL_PWD", "from-env"), "tester", w -> { });
        assertThat(MysqlConnector.properties(url, context).getProperty("password")).isEqualTo("from-env");
        DialectContext empty = new DialectContext(java.util.Map.of(), "tester", w -> { });
        assertThat(MysqlConnector.properties(url, empty).getProperty("password")).isNull();
    }

    @Test
    void aUrlWithoutDatabaseHasNoDefaultSchema() {
        assertThatThrownBy(() -> new MysqlDialect().defaultSchemaName(DatabaseUrl.parse("mysql://u:secret@h:3306")))
                .hasMessageContaining("names no database").hasMessageNotContaining("secret");
    }

    @Test
    void otherSchemesAreNotAccepted() {
        assertThat(new MysqlDialect().accepts(DatabaseUrl.parse("postgresql://h/db"))).isFalse();
        assertThat(new MysqlDialect().accepts(DatabaseUrl.parse("sqlite:app.db"))).isFalse();
    }
}
