package app.saidwho.quiz.generate;

import app.saidwho.quiz.MatchPair;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validator's rules for MATCH, EVIDENCE and SHORT_ANSWER drafts, beside those every question meets (a clear
 * prompt, an explanation, evidence found once in the article): each rule that fails gives its reason.
 */
final class ItemChecks {
    static final int MIN_PAIRS = 3;
    static final int MAX_PAIRS = 5;
    private static final int MAX_PROMPT_WORDS = 60;
    private static final int MAX_ROW_WORDS = 25;

    private ItemChecks() {
    }

    static Optional<String> problem(DraftQuestion q, String text) {
        if (q.prompt().isBlank() || Excerpts.wordCount(q.prompt()) > MAX_PROMPT_WORDS || q.explanation().isBlank()) {
            return Optional.of("the prompt is too long or the explanation missing");
        }
        if (q.evidence() == null || q.evidence().isEmpty() || q.evidence().end() > text.length()
                || text.indexOf(q.evidence().text(text)) != q.evidence().start()) {
            return Optional.of("no evidence passage found once in the article");
        }
        return switch (q.type()) {
            case MATCH -> match(q.pairs(), q.options());
            case EVIDENCE -> evidence(q.options(), q.answer(), text);
            case SHORT_ANSWER -> q.rubric() == null || q.rubric().proficient().isBlank() || q.rubric().emergent().isBlank()
                    || q.rubric().basic().isBlank() ? Optional.of("a written question needs all three rubric levels")
                    : Optional.empty();
            case CHOICE -> Optional.of("a multiple-choice question goes through the choice validator");
        };
    }

    private static Optional<String> match(List<MatchPair> pairs, List<String> pool) {
        if (pairs.size() < MIN_PAIRS || pairs.size() > MAX_PAIRS) {
            return Optional.of("a match needs " + MIN_PAIRS + " to " + MAX_PAIRS + " pairs, not " + pairs.size());
        }
        if (pool.size() < pairs.size() || !distinct(pool)) {
            return Optional.of("the pool of speakers is smaller than the pairs or names one person twice");
        }
        Set<String> speakers = new HashSet<>();
        Set<String> quotations = new HashSet<>();
        for (MatchPair pair : pairs) {
            if (!pool.contains(pair.answer()) || !speakers.add(pair.answer())) {
                return Optional.of("each pair needs its own speaker from the pool");
            }
            if (Excerpts.wordCount(pair.prompt()) > MAX_ROW_WORDS || !quotations.add(Options.normal(pair.prompt()))) {
                return Optional.of("a quotation of the match is too long or given twice");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> evidence(List<String> passages, int key, String text) {
        if (passages.size() < 3 || passages.size() > 4 || key < 0 || key >= passages.size()) {
            return Optional.of("an evidence question needs 3 or 4 passages, the key among them");
        }
        if (!distinct(passages)) {
            return Optional.of("two passages read the same");
        }
        if (passages.stream().anyMatch(p -> p.isBlank() || !text.contains(p))) {
            return Optional.of("a passage is not found word for word in the article");
        }
        return Optional.empty();
    }

    private static boolean distinct(List<String> options) {
        return options.stream().map(Options::normal).distinct().count() == options.size();
    }
}
