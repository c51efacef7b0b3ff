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

    /** Kill points the build samples: the first step, the middle one and the last. */
    static final int SAMPLED_KILL_POINTS = 3;

    /** 1-based kill points: every step of the plan, or {@link #SAMPLED_KILL_POINTS} spread over it. */
    static List<Integer> killPoints(int steps) {
        List<Integer> out = new ArrayList<>();
        if (FULL) {
            for (int k = 1; k <= steps; k++) {
                out.add(k);
            }
            return out;
        }
        for (int i = 0; i < SAMPLED_KILL_POINTS; i++) {
            int k = 1 + (int) Math.round(i * (steps - 1) / (double) (SAMPLED_KILL_POINTS - 1));
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    static int concurrentTrials() {
        return FULL ? 100 : 10;
    }

    /** Generated inputs per command family (a jqwik "tries" value). */
    static int tries() {
        return FULL ? 1000 : 50;
    }
}
