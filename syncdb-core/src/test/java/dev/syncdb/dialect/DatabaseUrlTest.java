package dev.syncdb.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void libpqStyleUrl() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://app:s3cr%40t@db.example.com:6543/shop?sslmode=require");
        assertThat(u.scheme()).isEqualTo("postgresql");
        assertThat(u.jdbc()).isFalse();
        assertThat(u.user()).isEqualTo("app");
        assertThat(u.password()).isEqualTo("s3cr@t");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).isEqualTo(6543);
        assertThat(u.path()).isEqualTo("shop");
        assertThat(u.params()).containsEntry("sslmode", "require");
        assertThat(u.masked()).doesNotContain("s3cr").contains("app:***@db.example.com");
        assertThat(u.toString()).doesNotContain("s3cr");
    }

    @Test
    void jdbcUrlWithCredentialsInQuery() {
        DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/app?user=u&password=p4ss");
        assertThat(u.jdbc()).isTrue();
        assertThat(u.user()).isEqualTo("u");
        assertThat(u.password()).isEqualTo("p4ss");
        assertThat(u.masked()).doesNotContain("p4ss").contains("password=***");
    }

    @Test
    void sqliteForms() {
        assertThat(DatabaseUrl.parse("sqlite:data/app.db").path()).isEqualTo("data/app.db");
        assertThat(DatabaseUrl.parse("sqlite::memory:").path()).isEqualTo(":memory:");
        assertThat(DatabaseUrl.parse("jdbc:sqlite:app.db").scheme()).isEqualTo("sqlite");
        DatabaseUrl abs = DatabaseUrl.parse("sqlite:///var/lib/app.db");
        assertThat(abs.host()).isEmpty();
        assertThat(abs.path()).isEqualTo("var/lib/app.db");
    }

    @Test
    void maskTextCoversFreeText() {
        assertThat(DatabaseUrl.maskText("cannot connect to mysql://root:hunter2@h/db"))
                .isEqualTo("cannot connect to mysql://root:***@h/db");
        assertThat(DatabaseUrl.maskText("user=a password=xyz host=h")).doesNotContain("xyz");
    }

    @Test
    void aPasswordWithoutAUserNameIsMaskedToo() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://:hunter2@/app");
        assertThat(u.masked()).isEqualTo("postgresql://:***@/app");
        assertThat(DatabaseUrl.maskText("cannot connect to mysql://:hunter2@h/db")).doesNotContain("hunter2");
    }

    @Test
    void aPasswordAfterAUserNameWithASpaceIsMasked() {
        assertThat(DatabaseUrl.parse("postgresql:// a b:hunter2@h:1/app").masked()).doesNotContain("hunter2");
        assertThat(DatabaseUrl.maskText("bad port in database URL: postgresql:// a:hunter2@h:abc/")).doesNotContain("hunter2");
        assertThat(DatabaseUrl.maskText("bad port in database URL: postgresql://: :hunter2@h:abc/")).doesNotContain("hunter2");
    }

    @Test
    void anIpv6HostWithoutItsClosingBracketIsABadUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:hunter2@[::1/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closing ']'")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aUrlWithoutSchemeIsRejectedWithoutShowingItsUserInfo() {
        assertThatThrownBy(() -> DatabaseUrl.parse(":hunter2@db.example.com/app"))
                .hasMessageContaining("***@db.example.com/app").hasMessageNotContaining("hunter2");
    }

    @Test
    void rejectsNonUrls() {
        assertThatThrownBy(() -> DatabaseUrl.parse("localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:pw@h:notaport/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw@");
    }

    @Test
    void userInfoWithoutSlashesIsRefusedWithoutRepeatingThePassword() {
        for (String url : new String[]{"postgresql:app:s3cret-pw@db.example/shop", "mysql:root:s3cret-pw@127.0.0.1/db",
                "jdbc:postgresql:u:s3cret-pw@h/db"}) {
            assertThatThrownBy(() -> DatabaseUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("://user:password@host").hasMessageNotContaining("s3cret-pw");
        }
        assertThat(DatabaseUrl.parse("sqlite:data/app@2.db").path()).isEqualTo("data/app@2.db");
    }

    @Test
    void aPortOutsideItsRangeIsABadPort() {
        for (String url : new String[]{"mysql://:pw-marker@127.0.0.1:-1/", "postgresql://u:pw-marker@h:70000/db", "postgresql://u@h:0/db"}) {
            assertThatThrownBy(() -> DatabaseUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bad port").hasMessageNotContaining("pw-marker");
        }
    }
}
