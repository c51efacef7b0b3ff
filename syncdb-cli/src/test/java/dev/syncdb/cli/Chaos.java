package dev.syncdb.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes of the chaos suite. The build runs a bounded sample; {@code -Dsyncdb.chaos=full} runs the
 * whole campaign (every kill point, 100 concurrent trials, 1,000 generated inputs per family).
 */
final class Chaos {
    static final boolean FULL = "full".equals(System.getProperty("syncdb.chaos"));

    private Chaos() {
    }

    /** 1-based kill points: every step of the plan, or (the build's sample) the middle step and the last. */
    static List<Integer> killPoints(int steps) {
        List<Integer> out = new ArrayList<>();
        if (FULL) {
            for (int k = 1; k <= steps; k++) {
                out.add(k);
            }
            return out;
        }
        out.add(Math.max(1, steps / 2));
        if (steps > 1) {
            out.add(steps);
        }
        return out;
    }

    static int concurrentTrials() {
        return FULL ? 100 : 4;
    }

    /** Generated inputs per command family (a jqwik "tries" value). */
    static int tries() {
        return FULL ? 1000 : 25;
    }
}
