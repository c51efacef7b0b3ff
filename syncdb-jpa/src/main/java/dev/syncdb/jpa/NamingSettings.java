package dev.syncdb.jpa;

import dev.syncdb.SyncdbException;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.cfg.AvailableSettings;

import java.util.HashMap;
import java.util.Map;

/**
 * The Hibernate naming settings for a {@code --naming} value: {@code spring} (snake_case physical
 * names and Spring's join-table names, what Spring Boot applications get; in Hibernate 7.4 Spring
 * Boot 3's {@code CamelCaseToUnderscoresNamingStrategy} is a deprecated alias of
 * {@code PhysicalNamingStrategySnakeCaseImpl}), {@code jpa} (alias
 * {@code hibernate}: names as written in the code), or the class name of a
 * {@link PhysicalNamingStrategy} or {@link ImplicitNamingStrategy} with a no-argument constructor.
 */
final class NamingSettings {

    private NamingSettings() {
    }

    static Map<String, Object> forNaming(String naming, ClassLoader userLoader) {
        Map<String, Object> settings = new HashMap<>();
        switch (naming) {
            case "spring" -> {
                settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new PhysicalNamingStrategySnakeCaseImpl());
                settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringJoinTableNaming());
            }
            case "jpa", "hibernate" -> {
                settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new PhysicalNamingStrategyStandardImpl());
                settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new ImplicitNamingStrategyJpaCompliantImpl());
            }
            default -> putCustom(settings, naming, userLoader);
        }
        return settings;
    }

    private static void putCustom(Map<String, Object> settings, String className, ClassLoader userLoader) {
        Object strategy = instantiate(className, userLoader);
        boolean used = false;
        if (strategy instanceof PhysicalNamingStrategy physical) {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, physical);
            used = true;
        }
        if (strategy instanceof ImplicitNamingStrategy implicit) {
            settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, implicit);
            used = true;
        }
        if (!used) {
            throw SyncdbException.error("naming class " + className + " is neither a Hibernate PhysicalNamingStrategy"
                    + " nor an ImplicitNamingStrategy (use spring, jpa, or such a class)");
        }
    }

    private static Object instantiate(String className, ClassLoader userLoader) {
        Class<?> c;
        try {
            c = Class.forName(className, true, userLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw SyncdbException.error("unknown naming '" + className + "': use spring (default), jpa,"
                    + " or the class name of a Hibernate naming strategy on the classpath");
        }
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw SyncdbException.error("cannot create naming strategy " + className + ": " + e);
        }
    }
}
