package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.List;

/** A generated question: the key is {@code options.get(answer)}; the evidence is a span of the article. */
public record DraftQuestion(Skill skill, String prompt, List<String> options, int answer, String explanation,
                            CharSpan evidence, Difficulty difficulty) {

    public String key() {
        return options.get(answer);
    }
}
