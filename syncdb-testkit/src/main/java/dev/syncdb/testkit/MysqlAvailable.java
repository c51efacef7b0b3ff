package dev.syncdb.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;

/**
 * The JUnit condition of tests that need a MySQL / MariaDB server ({@link MysqlServer#local()}).
 * They run when the server answers, and also when it does not but a run promised one (the variable
 * {@code CI} is {@code true}, as in {@code .ci/run}, which starts MariaDB, or
 * {@code SYNCDB_TEST_MYSQL_URL} is set): then they fail, loudly. Only on a developer machine with
 * neither a server nor such a promise are they skipped, with the reason, so the test command still
 * runs with only a JDK and Maven.
 */
public final class MysqlAvailable implements ExecutionCondition {
    private static volatile String unavailable;
    private static volatile boolean probed;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String why = unavailableReason();
        if (why == null || promised()) {
            return ConditionEvaluationResult.enabled("a MySQL/MariaDB server is expected");
        }
        return ConditionEvaluationResult.disabled(why);
    }

    /** Whether the run said a server is there (CI, or an explicit server URL). */
    public static boolean promised() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("SYNCDB_TEST_MYSQL_URL") != null;
    }

    /** Null when the server answers; otherwise why the MySQL tests do not run. */
    public static synchronized String unavailableReason() {
        if (!probed) {
            probed = true;
            try (Connection c = MysqlServer.local().connect("")) {
                c.isValid(5);
            } catch (Exception e) {
                unavailable = "no MySQL/MariaDB server answers at " + MysqlServer.local()
                        + " (" + e.getMessage() + "); start one as .ci/run does, or set SYNCDB_TEST_MYSQL_URL";
            }
        }
        return unavailable;
    }
}
