package app.saidwho.play;

import app.saidwho.play.PlayViews.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Shuffles a question's options per learner: the same attempt always sees the same order (reloads,
 * resuming), two attempts usually see different ones, and the key is not always first.
 */
final class OptionOrder {
    private OptionOrder() {
    }

    static List<Option> forLearner(String attemptToken, String questionKey, List<String> options) {
        List<Option> shuffled = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            shuffled.add(new Option(i, options.get(i)));
        }
        // String.hashCode and java.util.Random are specified exactly, so the order is stable across restarts.
        Collections.shuffle(shuffled, new Random(31L * attemptToken.hashCode() + questionKey.hashCode()));
        return List.copyOf(shuffled);
    }
}
