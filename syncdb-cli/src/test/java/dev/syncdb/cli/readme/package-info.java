/** Test support that keeps the README's real-output blocks true: reading them, and matching real output. */
package dev.syncdb.cli.readme;
