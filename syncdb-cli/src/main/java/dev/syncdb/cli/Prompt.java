package dev.syncdb.cli;

/**
 * The user's terminal as the command line sees it: whether one is attached, and a way to ask it a
 * question. Injected so tests can script answers; without a terminal nothing ever waits for input.
 */
public interface Prompt {

    /** Whether a person can answer: a real terminal on stdin and stdout. */
    boolean interactive();

    /** Asks a question and returns the answer, or null when there is no one to answer. */
    String ask(String question);

    /** A yes/no question whose default is no. */
    default boolean confirm(String question) {
        String answer = interactive() ? ask(question) : null;
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** A prompt for runs without a terminal (scripts, CI, tests): it never asks. */
    static Prompt none() {
        return new Prompt() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String question) {
                return null;
            }
        };
    }
}
