package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.Skill;
import java.util.List;

/**
 * A generated question: the key is {@code options.get(answer)}; the evidence is a span of the article. A MATCH
 * has {@code pairs} (its options are the pool of speakers) and a SHORT_ANSWER a {@code rubric}; both have
 * {@code answer} -1.
 */
public record DraftQuestion(ItemType type, Skill skill, String prompt, List<String> options, int answer,
                            List<MatchPair> pairs, Rubric rubric, String explanation, CharSpan evidence,
                            Difficulty difficulty) {

    /** A multiple-choice question. */
    public DraftQuestion(Skill skill, String prompt, List<String> options, int answer, String explanation,
                         CharSpan evidence, Difficulty difficulty) {
        this(ItemType.CHOICE, skill, prompt, options, answer, List.of(), null, explanation, evidence, difficulty);
    }

    public String key() {
        return answer >= 0 ? options.get(answer) : "";
    }
}
