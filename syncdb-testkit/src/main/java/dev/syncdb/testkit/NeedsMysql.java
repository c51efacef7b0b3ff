package dev.syncdb.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a test class that needs a MySQL / MariaDB server; see {@link MysqlAvailable} for when it runs. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MysqlAvailable.class)
public @interface NeedsMysql {
}
