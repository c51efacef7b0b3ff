/**
 * JPA entities as the desired schema: {@link dev.syncdb.jpa.EntitySource} scans the classpath for
 * {@code jakarta.persistence} entities, builds Hibernate's boot metamodel for the target dialect and
 * server version without connecting, and materializes Hibernate's CREATE script in the target
 * dialect's scratch place. Hibernate's types never leave this package.
 */
package dev.syncdb.jpa;
