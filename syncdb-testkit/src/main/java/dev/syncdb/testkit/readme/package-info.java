/**
 * Test support, for every module's tests, that keeps the README's real-output blocks true: reading
 * them, and matching real output.
 */
package dev.syncdb.testkit.readme;
