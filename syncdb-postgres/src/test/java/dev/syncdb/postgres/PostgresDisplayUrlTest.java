package dev.syncdb.postgres;

import dev.syncdb.dialect.DatabaseUrl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The target as output names it: the database PostgreSQL connects to is written in when the URL leaves it out. */
class PostgresDisplayUrlTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private String shown(String url) {
        return dialect.displayUrl(DatabaseUrl.parse(url));
    }

    @Test
    void aUrlWithoutADatabaseNamesTheOneUsed() {
        assertThat(shown("postgresql://postgres@127.0.0.1:5432")).isEqualTo("postgresql://postgres@127.0.0.1:5432/postgres");
        assertThat(shown("postgresql://app:secret@db.example.com/?sslmode=require"))
                .isEqualTo("postgresql://app:***@db.example.com/app?sslmode=require");
        assertThat(shown("postgres://bob@h?sslmode=disable")).isEqualTo("postgres://bob@h/bob?sslmode=disable");
    }

    @Test
    void aUrlWithADatabaseIsShownAsWritten() {
        assertThat(shown("postgresql://u:pw@h:5432/shop")).isEqualTo("postgresql://u:***@h:5432/shop");
        assertThat(shown("jdbc:postgresql://h:5432/shop?user=u")).isEqualTo(DatabaseUrl.parse("jdbc:postgresql://h:5432/shop?user=u").masked());
    }
}
