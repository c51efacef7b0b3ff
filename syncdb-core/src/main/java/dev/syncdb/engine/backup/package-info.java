/**
 * Backups and restores of the managed namespace: where a backup goes
 * ({@link dev.syncdb.engine.backup.Backup}, also taken by apply and migrations before they change
 * anything), and the standalone backup and restore use cases.
 */
package dev.syncdb.engine.backup;
