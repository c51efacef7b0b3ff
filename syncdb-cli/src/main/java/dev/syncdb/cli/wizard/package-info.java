/**
 * The interactive wizard ({@code syncdb} on a terminal): its numbered steps, the state they share,
 * and the {@link dev.syncdb.cli.wizard.Prompt} through which it asks the user (JLine on a real
 * terminal, scripted in tests, nobody without a terminal).
 */
package dev.syncdb.cli.wizard;
