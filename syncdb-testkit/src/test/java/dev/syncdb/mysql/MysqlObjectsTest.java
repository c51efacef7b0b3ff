package dev.syncdb.mysql;

import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.testkit.MysqlServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the MySQL inspector writes triggers, routines and events: the same objects created under
 * another definer, sql_mode and character set read the same, and an event's start time that is
 * not in the future (the creation time, when the statement gave none) is left out.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlObjectsTest {
    private final MysqlServer server = MysqlServer.local();
    private final List<String> dbs = new ArrayList<>();

    private static final String TABLE = "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))";
    private static final List<String> PLAIN = List.of(
            "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN\n  SET NEW.v = UPPER(NEW.v);\nEND",
            "CREATE FUNCTION f(a INT, b VARCHAR(10)) RETURNS VARCHAR(20) DETERMINISTIC RETURN CONCAT(a, b)",
            "CREATE PROCEDURE p(IN a INT, OUT b INT) READS SQL DATA SQL SECURITY INVOKER COMMENT 'counts'\n"
                    + "BEGIN SELECT COUNT(*) INTO b FROM t WHERE id > a; END",
            "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DISABLE DO DELETE FROM t");
    private static final List<String> NOISY = List.of(
            "SET SESSION sql_mode = 'ANSI_QUOTES,NO_ENGINE_SUBSTITUTION'",
            "SET NAMES utf8mb3 COLLATE utf8mb3_unicode_ci",
            "CREATE DEFINER = CURRENT_USER TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN\n  SET NEW.v = UPPER(NEW.v);\nEND",
            "CREATE DEFINER = CURRENT_USER FUNCTION f(a INT, b VARCHAR(10)) RETURNS VARCHAR(20) CHARSET utf8mb4 "
                    + "DETERMINISTIC RETURN CONCAT(a, b)",
            "CREATE DEFINER = CURRENT_USER PROCEDURE p(IN a INT, OUT b INT) COMMENT 'counts' SQL SECURITY INVOKER "
                    + "READS SQL DATA\nBEGIN SELECT COUNT(*) INTO b FROM t WHERE id > a; END",
            "CREATE DEFINER = CURRENT_USER EVENT e ON SCHEDULE EVERY 1 HOUR STARTS CURRENT_TIMESTAMP - INTERVAL 1 DAY "
                    + "DISABLE DO DELETE FROM t");

    @AfterEach
    void drop() {
        dbs.forEach(server::dropDatabase);
    }

    @Test
    void definerSqlModeAndCharacterSetDoNotCount() {
        Map<String, String> plain = definitions(build(PLAIN));
        Map<String, String> noisy = definitions(build(NOISY));
        assertThat(noisy).isEqualTo(plain);
        assertThat(plain).containsOnlyKeys("TRIGGER t.t_bi", "FUNCTION f", "PROCEDURE p", "EVENT e");
        assertThat(plain.get("FUNCTION f")).isEqualTo(
                "CREATE FUNCTION `f`(`a` int(11), `b` varchar(10)) RETURNS varchar(20) DETERMINISTIC\nRETURN CONCAT(a, b)");
        assertThat(plain.get("PROCEDURE p")).isEqualTo("CREATE PROCEDURE `p`(IN `a` int(11), OUT `b` int(11)) COMMENT 'counts'"
                + " READS SQL DATA SQL SECURITY INVOKER\nBEGIN SELECT COUNT(*) INTO b FROM t WHERE id > a; END");
        assertThat(plain.get("TRIGGER t.t_bi")).isEqualTo(
                "CREATE TRIGGER `t_bi` BEFORE INSERT ON `t` FOR EACH ROW BEGIN\n  SET NEW.v = UPPER(NEW.v);\nEND");
        assertThat(plain.get("EVENT e")).isEqualTo(
                "CREATE EVENT `e` ON SCHEDULE EVERY 1 HOUR ON COMPLETION NOT PRESERVE DISABLE DO DELETE FROM t");
    }

    @Test
    void definitionsRunAsTheyRead() {
        Map<String, String> first = definitions(build(PLAIN));
        List<String> again = new ArrayList<>(List.of("CREATE EVENT x ON SCHEDULE AT '2034-05-06 07:08:09' DISABLE DO SELECT 1"));
        again.addAll(first.values());
        Map<String, String> second = definitions(build(again));
        second.remove("EVENT x");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aFutureStartAndAnEndAreKept() {
        Map<String, String> d = definitions(build(List.of("CREATE EVENT e ON SCHEDULE EVERY '1:30' HOUR_MINUTE"
                + " STARTS '2033-01-01 00:00:00' ENDS '2034-01-01 00:00:00' ON COMPLETION PRESERVE DO SELECT 1")));
        assertThat(d.get("EVENT e")).isEqualTo("CREATE EVENT `e` ON SCHEDULE EVERY '1:30' HOUR_MINUTE"
                + " STARTS '2033-01-01 00:00:00' ENDS '2034-01-01 00:00:00' ON COMPLETION PRESERVE DO SELECT 1");
    }

    private String build(List<String> statements) {
        String db = server.freshDatabase();
        dbs.add(db);
        try (var c = server.connect(db); var st = c.createStatement()) {
            st.execute(TABLE);
            for (String s : statements) {
                st.execute(s);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    private static Map<String, String> definitions(String db) {
        Schema s = MysqlSync.inspect(db);
        return s.objects().stream().collect(Collectors.toMap(o -> o.kind() + " " + o.identity(), SchemaObject::definition,
                (a, b) -> a, java.util.TreeMap::new));
    }
}
