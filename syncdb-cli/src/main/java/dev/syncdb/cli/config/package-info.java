/**
 * Where one run's settings come from: the common options, the environment, the {@code .env} file and
 * {@code syncdb.yaml}, resolved first match wins into {@link dev.syncdb.cli.config.Settings}; and the
 * one builder of the engine request every command uses, {@link dev.syncdb.cli.config.RunRequest}.
 */
package dev.syncdb.cli.config;
