package dev.syncdb.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The table a hand-written statement changes, read from its text to name the sessions holding its locks. */
class LockRetryTest {

    @Test
    void findsTheTableOfCommonStatements() {
        assertThat(LockRetry.tableOf("ALTER TABLE accounts ADD COLUMN note text")).isEqualTo("accounts");
        assertThat(LockRetry.tableOf("alter table if exists only public.\"Accounts\" add c int")).isEqualTo("Accounts");
        assertThat(LockRetry.tableOf("-- syncdb:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS a_idx"
                + " ON ONLY app.accounts (email)")).isEqualTo("accounts");
        assertThat(LockRetry.tableOf("ALTER TABLE `shop`.`orders` ADD INDEX o_idx (a), ALGORITHM=INPLACE")).isEqualTo("orders");
        assertThat(LockRetry.tableOf("UPDATE accounts SET score = 0")).isEqualTo("accounts");
        assertThat(LockRetry.tableOf("INSERT INTO audit VALUES (1)")).isEqualTo("audit");
    }

    @Test
    void saysNothingWhenItCannotTell() {
        assertThat(LockRetry.tableOf("VACUUM accounts")).isNull();
        assertThat(LockRetry.tableOf("CREATE TABLE t (id int)")).isNull();
        assertThat(LockRetry.tableOf("SELECT 1")).isNull();
    }
}
