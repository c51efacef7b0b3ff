package dev.syncdb.cli.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan text stays runnable SQL: every line of a multi-line note or hazard is a comment. */
class PlanTextCommentTest {

    @Test
    void everyLineOfAMultiLineTextIsCommented() {
        assertThat(PlanText.commented("not managed: rule t.r (CREATE RULE r AS\n    ON DELETE TO t DO INSTEAD NOTHING)"))
                .isEqualTo("-- not managed: rule t.r (CREATE RULE r AS\n--     ON DELETE TO t DO INSTEAD NOTHING)");
        assertThat(PlanText.commented("one line\r\n")).isEqualTo("-- one line");
    }
}
