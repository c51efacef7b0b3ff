package dev.syncdb.cli;

import java.io.Console;

/**
 * The prompt on the process's console. Without a console (stdin or stdout not a terminal) it is
 * not interactive and never reads input, so piped and CI runs cannot hang.
 */
final class ConsolePrompt implements Prompt {

    @Override
    public boolean interactive() {
        return System.console() != null;
    }

    @Override
    public String ask(String question) {
        Console console = System.console();
        return console == null ? null : console.readLine("%s", question);
    }
}
