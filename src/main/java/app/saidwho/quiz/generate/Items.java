package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.Skill;
import java.util.List;

/** Draft questions of the types other than CHOICE, built in one place so each type's fields stay consistent. */
final class Items {
    private Items() {
    }

    /**
     * Quotations to speakers: the options are the pool of speakers, each pair's answer among them; {@code claims}
     * says, pair by pair, which words of the article each row's speaker said (for {@code quiz-eval}).
     */
    static DraftQuestion match(Skill skill, String prompt, List<MatchPair> pairs, List<DraftQuestion.KeyClaim> claims,
                               List<String> pool, String explanation, CharSpan evidence) {
        return new DraftQuestion(ItemType.MATCH, skill, prompt, List.copyOf(pool), -1, List.copyOf(pairs), null,
                explanation, evidence, pairs.size() > 3 ? Difficulty.HARD : Difficulty.MEDIUM, null, null, claims);
    }

    /** Verbatim passages of the article, the key among them (order as given: the caller shuffles). */
    static DraftQuestion evidence(Skill skill, String prompt, List<String> passages, int key, String explanation,
                                  CharSpan evidence) {
        return new DraftQuestion(ItemType.EVIDENCE, skill, prompt, List.copyOf(passages), key, List.of(), null,
                explanation, evidence, Difficulty.MEDIUM);
    }

    /** A written answer the teacher scores on the rubric. */
    static DraftQuestion written(Skill skill, String prompt, Rubric rubric, String explanation, CharSpan evidence) {
        return new DraftQuestion(ItemType.SHORT_ANSWER, skill, prompt, List.of(), -1, List.of(), rubric, explanation,
                evidence, Difficulty.HARD);
    }
}
