package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.DatabaseSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another database as the desired schema ({@code --desired-url}) on the same MariaDB server: the
 * target is compared with the database the desired URL names, not with itself.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlDesiredDatabaseTest {
    private final MysqlServer server = MysqlServer.local();
    private String target;
    private String desired;

    @BeforeEach
    void createDatabases() {
        target = server.freshDatabase();
        desired = server.freshDatabase();
        server.run(desired, "CREATE TABLE users (id int PRIMARY KEY, email varchar(200) NOT NULL);"
                + " CREATE TABLE orders (id int PRIMARY KEY, user_id int NOT NULL,"
                + " CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id));");
    }

    @AfterEach
    void dropDatabases() {
        server.dropDatabase(target);
        server.dropDatabase(desired);
    }

    @Test
    void anEmptyTargetIsPlannedAgainstTheOtherDatabaseAndConverges() {
        SyncRequest request = new SyncRequest(DatabaseUrl.parse(server.url(target)), null,
                new DatabaseSource(DatabaseUrl.parse(server.url(desired)), null), null);

        PlanResult plan = new PlanUseCase().run(request);
        assertThat(plan.plan().isEmpty()).as("an empty database against a full one is not in sync").isFalse();
        assertThat(plan.plan().steps()).extracting(s -> s.change().describe())
                .contains("create table users", "create table orders");

        new ApplyUseCase().run(request, ApplyOptions.auto(false));
        assertThat(new PlanUseCase().run(request).plan().isEmpty()).isTrue();
    }
}
