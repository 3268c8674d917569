package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.List;

/**
 * A generated question: the key is {@code options.get(answer)}; the evidence is a span of the article.
 * {@code checkKey} is null for a key the engine is sure of, otherwise the reason in words a teacher should
 * check it ("check this key"); {@code claim} says who the key claims said which words, for keys about a
 * speaker (null for the others), so {@code quiz-eval} can check it against annotations.
 */
public record DraftQuestion(Skill skill, String prompt, List<String> options, int answer, String explanation,
                            CharSpan evidence, Difficulty difficulty, String checkKey, KeyClaim claim) {

    /** What a speaker key asserts: {@code speaker} said the words at {@code words} in the article. */
    public record KeyClaim(String speaker, CharSpan words) {
    }

    public String key() {
        return options.get(answer);
    }

    public boolean flagged() {
        return checkKey != null;
    }
}
