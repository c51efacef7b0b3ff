package dev.syncdb.sql;

import dev.syncdb.dialect.SplitOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreatedSchemasTest {
    private static final SplitOptions OPTIONS = new SplitOptions(true, false, false, true);

    @Test
    void readsTheSchemasTheScriptsCreateInOrderOnce() {
        List<SqlScript> scripts = List.of(
                new SqlScript("a.sql", """
                        -- billing first
                        CREATE SCHEMA Billing;
                        CREATE TABLE billing.invoices (id bigint PRIMARY KEY);
                        /* quoted */ create schema if not exists "Audit ""Log""\";
                        CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'CREATE SCHEMA ghost'; END $$;
                        """),
                new SqlScript("b.sql", "CREATE SCHEMA billing;\nCREATE SCHEMA util AUTHORIZATION app;\n"));
        assertThat(CreatedSchemas.read(scripts, OPTIONS)).containsExactly("billing", "Audit \"Log\"", "util");
    }

    @Test
    void otherStatementsCreateNoSchema() {
        assertThat(CreatedSchemas.created("CREATE TABLE schema_versions (id int)")).isNull();
        assertThat(CreatedSchemas.created("COMMENT ON SCHEMA billing IS 'x'")).isNull();
        assertThat(CreatedSchemas.created("CREATE SCHEMAS x")).isNull();
    }
}
