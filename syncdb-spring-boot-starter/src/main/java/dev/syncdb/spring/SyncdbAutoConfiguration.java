package dev.syncdb.spring;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;
import java.util.List;

/**
 * The auto-configuration that runs syncdb on the application's {@link DataSource} before JPA starts:
 * it comes after the DataSource's auto-configuration and before Hibernate's (named for Boot 3 and
 * Boot 4, whose packages differ), and makes the entity manager factory and JDBC templates depend on
 * the {@link SyncdbStartup} bean. With Spring Boot Actuator on the class path it also adds the
 * {@code syncdb} info entry ({@link SyncdbInfoContributor}).
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
        beforeName = {
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(SyncdbProperties.class)
public class SyncdbAutoConfiguration {
    /** The name of the start-up bean that JPA and JDBC beans depend on. */
    public static final String STARTUP_BEAN = "syncdbStartup";

    /** Bean types that must wait for syncdb (those missing from the class path are skipped). */
    static final List<String> DEPENDENTS = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");

    @Bean(name = STARTUP_BEAN)
    SyncdbStartup syncdbStartup(DataSource dataSource, SyncdbProperties properties, Environment environment,
                                ResourceLoader resources, BeanFactory beanFactory) {
        return new SyncdbStartup(dataSource, properties, environment, resources, beanFactory);
    }

    @Bean
    static DependsOnSyncdb syncdbDependsOn() {
        return new DependsOnSyncdb(STARTUP_BEAN, DEPENDENTS);
    }

    /**
     * The actuator part, only when the application has Spring Boot Actuator (the class is named, so
     * applications without it never load actuator types): the {@code syncdb} info entry.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
    static class Actuator {
        @Bean
        SyncdbInfoContributor syncdbInfoContributor(SyncdbStartup syncdbStartup) {
            return new SyncdbInfoContributor(syncdbStartup);
        }
    }
}
