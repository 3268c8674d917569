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
 * {@code answer} -1. {@code checkKey} is null for a key the engine is sure of, otherwise the reason in words a
 * teacher should check it ("check this key"); {@code claim} says who the key claims said which words, for keys
 * about a speaker (null for the others), so {@code quiz-eval} can check it against annotations; a MATCH has one
 * such claim per pair in {@code pairClaims} (in the order of {@code pairs}), empty for the other types.
 */
public record DraftQuestion(ItemType type, Skill skill, String prompt, List<String> options, int answer,
                            List<MatchPair> pairs, Rubric rubric, String explanation, CharSpan evidence,
                            Difficulty difficulty, String checkKey, KeyClaim claim, List<KeyClaim> pairClaims) {

    public DraftQuestion {
        pairClaims = List.copyOf(pairClaims);
    }

    /** What a speaker key asserts: {@code speaker} said the words at {@code words} in the article. */
    public record KeyClaim(String speaker, CharSpan words) {
    }

    /** A multiple-choice question from the validated generators. */
    public DraftQuestion(Skill skill, String prompt, List<String> options, int answer, String explanation,
                         CharSpan evidence, Difficulty difficulty, String checkKey, KeyClaim claim) {
        this(ItemType.CHOICE, skill, prompt, options, answer, List.of(), null, explanation, evidence, difficulty,
                checkKey, claim, List.of());
    }

    /** A question of any type whose key needs no check. */
    public DraftQuestion(ItemType type, Skill skill, String prompt, List<String> options, int answer,
                         List<MatchPair> pairs, Rubric rubric, String explanation, CharSpan evidence,
                         Difficulty difficulty) {
        this(type, skill, prompt, options, answer, pairs, rubric, explanation, evidence, difficulty, null, null, List.of());
    }

    /** A multiple-choice question. */
    public DraftQuestion(Skill skill, String prompt, List<String> options, int answer, String explanation,
                         CharSpan evidence, Difficulty difficulty) {
        this(ItemType.CHOICE, skill, prompt, options, answer, List.of(), null, explanation, evidence, difficulty);
    }

    public String key() {
        return answer >= 0 ? options.get(answer) : "";
    }

    public boolean flagged() {
        return checkKey != null;
    }
}
