/**
 * Spring Boot auto-configuration for syncdb: before JPA starts, the application's own database is
 * checked against (or brought to) the desired schema, the schema files, the entities or the
 * migrations the {@code syncdb.*} properties name.
 */
package dev.syncdb.spring;
