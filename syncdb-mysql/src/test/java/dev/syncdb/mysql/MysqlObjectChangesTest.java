package dev.syncdb.mysql;

import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateObject;
import dev.syncdb.diff.SchemaChange.DropObject;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Table;
import dev.syncdb.plan.RenderContext;
import dev.syncdb.plan.Statement;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How MySQL plans and renders changed triggers, routines and events. */
class MysqlObjectChangesTest {
    private final MysqlRenderer renderer = new MysqlRenderer();
    private final RenderContext ctx = new RenderContext(Schema.empty("db"), Schema.empty("db"));

    private static SchemaObject trigger(String body) {
        return new SchemaObject(Kind.TRIGGER, "t_ai", "t", "t.t_ai",
                "CREATE TRIGGER `t_ai` AFTER INSERT ON `t` FOR EACH ROW " + body, Map.of(),
                List.of(new ObjectRef(Kind.TABLE, "t")), List.of());
    }

    private static SchemaObject function(String body) {
        return new SchemaObject(Kind.FUNCTION, "f", null, "f", "CREATE FUNCTION `f`() RETURNS int(11)\n" + body,
                Map.of(), List.of(), List.of());
    }

    private static SchemaObject event(String name) {
        return new SchemaObject(Kind.EVENT, name, null, name, "CREATE EVENT `" + name + "` ON SCHEDULE EVERY 1 DAY"
                + " ON COMPLETION NOT PRESERVE DO SELECT 1", Map.of(), List.of(), List.of());
    }

    private List<String> sql(SchemaChange c) {
        return renderer.render(c, ctx).stream().map(Statement::sql).toList();
    }

    @Test
    void dropsNameTheKindAndCreatesAreTheDefinition() {
        assertThat(sql(new DropObject(trigger("SET @a = 1")))).containsExactly("DROP TRIGGER `t_ai`");
        assertThat(sql(new DropObject(function("RETURN 1")))).containsExactly("DROP FUNCTION `f`");
        assertThat(sql(new DropObject(event("e")))).containsExactly("DROP EVENT `e`");
        SchemaObject p = new SchemaObject(Kind.PROCEDURE, "p", null, "p", "CREATE PROCEDURE `p`()\nBEGIN SELECT 1; END",
                Map.of(), List.of(), List.of());
        assertThat(sql(new DropObject(p))).containsExactly("DROP PROCEDURE `p`");
        assertThat(sql(new CreateObject(p))).containsExactly("CREATE PROCEDURE `p`()\nBEGIN SELECT 1; END");
        assertThat(sql(new ReplaceObject(function("RETURN 1"), function("RETURN 2"))))
                .containsExactly("DROP FUNCTION `f`", "CREATE FUNCTION `f`() RETURNS int(11)\nRETURN 2");
    }

    @Test
    void aChangedTriggerIsADropAndACreateButARoutineOrEventOneReplacement() {
        Table t = Table.builder("t").column(dev.syncdb.model.Column.of("a", "int")).build();
        Schema from = new Schema("db", List.of(t), List.of(), List.of(), List.of(),
                List.of(trigger("SET @a = 1"), function("RETURN 1"), event("e")), List.of());
        Schema to = new Schema("db", List.of(t), List.of(), List.of(), List.of(),
                List.of(trigger("SET @a = 2"), function("RETURN 2"),
                        new SchemaObject(Kind.EVENT, "e", null, "e", "CREATE EVENT `e` ON SCHEDULE EVERY 2 DAY"
                                + " ON COMPLETION NOT PRESERVE DO SELECT 1", Map.of(), List.of(), List.of())), List.of());
        List<SchemaChange> changes = new Differ(new MysqlDiffHooks()).diff(from, to);
        assertThat(changes).extracting(SchemaChange::describe).containsExactlyInAnyOrder(
                "drop trigger t.t_ai", "create trigger t.t_ai", "replace function f", "replace event e");
    }
}
