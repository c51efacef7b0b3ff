package dev.syncdb.sqlite.parse;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Generated;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreateTableParserTest {

    @Test
    void lexerKeepsQuotedNamesStringsAndOperators() {
        List<SqlToken> t = SqlLexer.tokens("SELECT \"a \"\"b\", [c d], `e`, 'it''s', x'0A', 1.5e-3 -- note\n>= /* c */ ->>");
        assertThat(t).extracting(SqlToken::kind).containsExactly(SqlToken.Kind.WORD, SqlToken.Kind.QUOTED_NAME,
                SqlToken.Kind.SYMBOL, SqlToken.Kind.QUOTED_NAME, SqlToken.Kind.SYMBOL, SqlToken.Kind.QUOTED_NAME,
                SqlToken.Kind.SYMBOL, SqlToken.Kind.STRING, SqlToken.Kind.SYMBOL, SqlToken.Kind.BLOB,
                SqlToken.Kind.SYMBOL, SqlToken.Kind.NUMBER, SqlToken.Kind.SYMBOL, SqlToken.Kind.SYMBOL);
        assertThat(t.get(1).name()).isEqualTo("a \"b");
        assertThat(t.get(3).name()).isEqualTo("c d");
        assertThat(t.get(12).text()).isEqualTo(">=");
    }

    @Test
    void canonicalSpellingIgnoresLayoutAndIsStable() {
        String a = SqlText.canonical("length( name )>0 AND x IN (1,2)");
        assertThat(a).isEqualTo("length(name) > 0 AND x IN (1, 2)");
        assertThat(SqlText.canonical(a)).isEqualTo(a);
        assertThat(SqlText.canonical("length(name)  >  0\n AND x IN(1 ,2)")).isEqualTo(a);
    }

    @Test
    void readsWhatOnlyTheCreateTextHolds() {
        ParsedTable p = CreateTableParser.parse("""
                CREATE TABLE IF NOT EXISTS main."Orders" (
                  id INTEGER CONSTRAINT orders_pk PRIMARY KEY AUTOINCREMENT,
                  code TEXT NOT NULL COLLATE nocase CONSTRAINT code_uq UNIQUE ON CONFLICT ABORT,
                  qty INT DEFAULT (1 + 2) CHECK (qty > 0),
                  price DECIMAL(10, 2) DEFAULT -1,
                  total REAL GENERATED ALWAYS AS (qty * price) STORED,
                  half REAL AS (price / 2),
                  customer_id INT CONSTRAINT orders_customer_fk REFERENCES customers (id) ON DELETE SET NULL,
                  CONSTRAINT orders_total_ck CHECK (total < 1000),
                  UNIQUE (qty, price),
                  FOREIGN KEY (qty) REFERENCES things ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
                ) WITHOUT ROWID, STRICT
                """);
        assertThat(p.primaryKeyName()).isEqualTo("orders_pk");
        assertThat(p.column("ID").orElseThrow().autoincrement()).isTrue();
        assertThat(p.column("code").orElseThrow().collation()).isEqualTo("NOCASE");
        assertThat(p.column("total").orElseThrow().generated()).isEqualTo(new Generated("qty * price", true));
        assertThat(p.column("half").orElseThrow().generated()).isEqualTo(new Generated("price / 2", false));
        assertThat(p.column("price").orElseThrow().generated()).isNull();
        assertThat(p.checks()).containsExactly(new CheckConstraint(null, "qty > 0"),
                new CheckConstraint("orders_total_ck", "total < 1000"));
        assertThat(p.uniqueName(List.of("CODE"))).isEqualTo("code_uq");
        assertThat(p.uniqueName(List.of("qty", "price"))).isNull();
        assertThat(p.foreignKeys()).containsExactly(
                new ParsedTable.ParsedForeignKey("orders_customer_fk", List.of("customer_id"), "customers", false, false),
                new ParsedTable.ParsedForeignKey(null, List.of("qty"), "things", true, true));
        assertThat(p.withoutRowid()).isTrue();
        assertThat(p.strict()).isTrue();
    }

    @Test
    void readsIndexKeysPredicatesAndViewQueries() {
        var i = CreateIndexParser.parseIndex("CREATE UNIQUE INDEX ix ON t (lower(name) COLLATE NOCASE DESC, \"b c\", a ASC) WHERE  a>1");
        assertThat(i.keys()).extracting(k -> k.expression() + "|" + k.isExpression() + "|" + k.descending() + "|" + k.collation())
                .containsExactly("lower(name)|true|true|NOCASE", "b c|false|false|null", "a|false|false|null");
        assertThat(i.predicate()).isEqualTo("a > 1");
        assertThat(CreateIndexParser.viewQuery("CREATE VIEW v (x) AS SELECT a AS x FROM t;")).isEqualTo("SELECT a AS x FROM t");
    }
}
