/**
 * The service-provider interface each database implements ({@link dev.syncdb.dialect.Dialect}),
 * found at run time through {@link java.util.ServiceLoader} by {@link dev.syncdb.dialect.Dialects}.
 */
package dev.syncdb.dialect;
