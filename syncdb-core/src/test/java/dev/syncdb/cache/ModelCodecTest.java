package dev.syncdb.cache;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.EnumType;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Generated;
import dev.syncdb.model.Identity;
import dev.syncdb.model.Index;
import dev.syncdb.model.IndexKey;
import dev.syncdb.model.PrimaryKey;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Sequence;
import dev.syncdb.model.Table;
import dev.syncdb.model.UniqueKey;
import dev.syncdb.model.Unsupported;
import dev.syncdb.model.View;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelCodecTest {
    private final ModelCodec codec = new ModelCodec();

    /** A schema that uses every record, every nullable component both ways, and non-ASCII text. */
    static Schema sample() {
        Column id = new Column("id", new DataType("bigint", "bigint", null, null, null, false), false, null,
                new Identity(Identity.Generation.BY_DEFAULT, 1L, 1L, null, Long.MAX_VALUE), null, null, null);
        Column name = new Column("näme", new DataType("character varying(200)", "character varying", 200, null, null, false),
                true, "'x'::character varying", null, null, "C", "the name, 名前");
        Column total = new Column("total", new DataType("numeric(12,2)", "numeric", null, 12, 2, false), true, null,
                null, new Generated("(id * 2)", true), null, null);
        Column tags = new Column("tags", new DataType("text[]", "text", null, null, null, true), true, null, null, null, null, null);
        Table parent = Table.builder("parent").column(id).primaryKey(new PrimaryKey("parent_pkey", List.of("id"))).build();
        Table child = Table.builder("child").column(id).column(name).column(total).column(tags)
                .primaryKey(new PrimaryKey("child_pkey", List.of("id")))
                .unique(new UniqueKey("child_name_key", List.of("näme"), true, true, false))
                .index(new Index("child_expr", false, "btree", List.of(new IndexKey("lower(näme)", true, true, false, "text_ops", "C"),
                        IndexKey.column("id")), List.of("total"), "(total > 0)", false, "CREATE INDEX child_expr ..."))
                .foreignKey(new ForeignKey("child_parent_fk", List.of("id"), "other", "parent", List.of("id"),
                        "CASCADE", "NO ACTION", true, true, "FULL"))
                .check(new CheckConstraint("child_total_check", "(total >= (0)::numeric)"))
                .comment("children")
                .option("unlogged", "true").option("a", "b")
                .build();
        return new Schema("public", List.of(parent, child), List.of(new EnumType("mood", List.of("sad", "ok", "happy"), null)),
                List.of(new Sequence("s", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "child", "id")),
                List.of(new View("v", " SELECT 1;", true, List.of("child"), "a view")),
                List.of(new Unsupported("trigger", "t", "on child")));
    }

    @Test
    void decodesExactlyWhatWasEncoded() throws IOException {
        Schema s = sample();
        byte[] bytes = codec.encode(s);
        Schema back = codec.decode(bytes);
        assertThat(back).isEqualTo(s);
        // DataType compares its SQL text only: the bytes of the copy show every other part came back too
        assertThat(codec.encode(back)).isEqualTo(bytes);
        assertThat(back.tables().get(1).columns().get(1).type().length()).isEqualTo(200);
        assertThat(back.tables().get(1).columns().get(2).type().scale()).isEqualTo(2);
    }

    @Test
    void writesEveryStringOnceAndTheSameBytesForTheSameModel() {
        Schema empty = Schema.empty(null);
        assertThat(codec.encode(empty)).isEqualTo(codec.encode(Schema.empty(null)));
        assertThat(codec.encode(sample())).hasSizeLessThan(1200);
    }

    @Test
    void refusesTruncatedOrAlteredBytes() {
        byte[] bytes = codec.encode(sample());
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length / 2))).isInstanceOf(IOException.class);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> codec.decode(longer)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> codec.decode(new byte[]{1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F}))
                .isInstanceOf(IOException.class);
    }

    @Test
    void fingerprintNamesTheModelShape() {
        assertThat(codec.fingerprint()).hasSize(64).isEqualTo(new ModelCodec().fingerprint());
    }
}
