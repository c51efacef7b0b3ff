package dev.syncdb.spring;

import dev.syncdb.dialect.DatabaseUrl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The DataSource's JDBC URL with the credentials of spring.datasource added as parameters. */
class DataSourceTargetTest {

    @Test
    void addsUserAndEncodedPasswordOnlyWhenSetAndNotInTheUrl() {
        String url = DataSourceTarget.withCredentials("jdbc:postgresql://db:5432/shop", "app", "p@ss&w=rd");
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        assertThat(parsed.user()).isEqualTo("app");
        assertThat(parsed.password()).isEqualTo("p@ss&w=rd");
        assertThat(parsed.masked()).doesNotContain("p@ss");

        assertThat(DataSourceTarget.withCredentials("jdbc:postgresql://db/shop?sslmode=require", "app", null))
                .isEqualTo("jdbc:postgresql://db/shop?sslmode=require&user=app");
        assertThat(DataSourceTarget.withCredentials("jdbc:sqlite:/data/app.db", "", null)).isEqualTo("jdbc:sqlite:/data/app.db");
        assertThat(DataSourceTarget.withCredentials("jdbc:mysql://db/shop?user=root", "root", null))
                .isEqualTo("jdbc:mysql://db/shop?user=root");
    }
}
