package dev.syncdb.cli.wizard;

/**
 * The user's terminal as the command line sees it: whether one is attached, and a way to ask it a
 * question. Injected so tests can script answers; without a terminal nothing ever waits for input.
 */
public interface Prompt {

    /** Whether a person can answer: a real terminal on stdin and stdout. */
    public boolean interactive();

    /** Asks a question and returns the answer, or null when there is no one to answer. */
    public String ask(String question);

    /** A yes/no question whose default is no. */
    public default boolean confirm(String question) {
        String answer = interactive() ? ask(question) : null;
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** A yes/no question; an empty answer takes {@code defaultYes}, no answer at all (end of input) is no. */
    public default boolean confirm(String question, boolean defaultYes) {
        String answer = interactive() ? ask(question) : null;
        if (answer == null) {
            return false;
        }
        String a = answer.strip();
        return a.isEmpty() ? defaultYes : a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes");
    }

    /**
     * The width of a real terminal in columns, for displays that redraw a line (progress bars); 0 when
     * output is not a terminal that can redraw (scripted prompts, dumb terminals): plain lines then.
     */
    public default int width() {
        return 0;
    }

    /** A prompt for runs without a terminal (scripts, CI, tests): it never asks. */
    public static Prompt none() {
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
