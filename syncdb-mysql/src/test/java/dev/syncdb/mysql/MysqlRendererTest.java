package dev.syncdb.mysql;

import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Column and index text, defaults and type-change judgement, without a database. */
class MysqlRendererTest {

    private static DataType type(String sql, String base, Integer length) {
        return new DataType(sql, base, length, null, null, false);
    }

    @Test
    void defaultsAreWrittenAsLiteralsOrParenthesizedExpressions() {
        assertThat(MysqlTableSql.defaultClause("'it''s'")).isEqualTo("DEFAULT 'it''s'");
        assertThat(MysqlTableSql.defaultClause("0")).isEqualTo("DEFAULT 0");
        assertThat(MysqlTableSql.defaultClause("current_timestamp()")).isEqualTo("DEFAULT current_timestamp()");
        assertThat(MysqlTableSql.defaultClause("uuid()")).isEqualTo("DEFAULT (uuid())");
        assertThat(MysqlTableSql.defaultClause("current_timestamp() ON UPDATE current_timestamp()"))
                .isEqualTo("DEFAULT current_timestamp() ON UPDATE current_timestamp()");
        assertThat(MysqlTableSql.defaultClause("ON UPDATE current_timestamp(6)")).isEqualTo("ON UPDATE current_timestamp(6)");
    }

    @Test
    void aColumnIsWrittenWhole() {
        Column c = new Column("id", type("bigint(20) unsigned", "bigint", null), false, null,
                Identity.of(Identity.Generation.AUTOINCREMENT), null, null, "the key");
        assertThat(MysqlTableSql.column(c, null)).isEqualTo("`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT 'the key'");
        Column name = new Column("na`me", type("varchar(20)", "varchar", 20), true, "'x'", null, null, "utf8mb4_bin", null);
        assertThat(MysqlTableSql.column(name, null)).isEqualTo("`na``me` varchar(20) COLLATE utf8mb4_bin NULL DEFAULT 'x'");
    }

    @Test
    void indexesCarryPrefixLengthsDescAndKind() {
        Index i = new Index("t_name", false, null, List.of(new IndexKey("name", false, false, null, null, null, 10),
                new IndexKey("created", false, true, null, null, null)), List.of(), null, false, null);
        assertThat(MysqlTableSql.addIndex(i)).isEqualTo("ADD INDEX `t_name` (`name`(10), `created` DESC)");
        Index ft = new Index("t_body", false, "FULLTEXT", List.of(IndexKey.column("body")), List.of(), null, false, null);
        assertThat(MysqlTableSql.indexClause(ft)).isEqualTo("FULLTEXT KEY `t_body` (`body`)");
    }

    @Test
    void typeChangesKnowMysqlFamilies() {
        MysqlDiffHooks h = new MysqlDiffHooks();
        assertThat(h.classifyTypeChange(type("int(11)", "int", null), type("bigint(20)", "bigint", null)))
                .isEqualTo(TypeChangeKind.WIDENING);
        assertThat(h.classifyTypeChange(type("int(11)", "int", null), type("int(10) unsigned", "int", null)))
                .isEqualTo(TypeChangeKind.NARROWING);
        assertThat(h.classifyTypeChange(type("varchar(100)", "varchar", 100), type("text", "text", null)))
                .isEqualTo(TypeChangeKind.WIDENING);
        assertThat(h.classifyTypeChange(type("enum('a','b')", "enum", null), type("enum('a','b','c')", "enum", null)))
                .isEqualTo(TypeChangeKind.WIDENING);
        assertThat(h.classifyTypeChange(type("enum('a','b')", "enum", null), type("enum('b','a')", "enum", null)))
                .isEqualTo(TypeChangeKind.NARROWING);
        assertThat(MysqlTypes.labels(type("enum('it''s','x,y')", "enum", null))).containsExactly("it's", "x,y");
    }
}
