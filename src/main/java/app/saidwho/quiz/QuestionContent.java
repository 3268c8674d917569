package app.saidwho.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * What a question says, apart from where it stands (set, key, version, position, status). Generated,
 * edited, uploaded and loaded questions are all turned into this first, and only {@link Questions}
 * copies it into a stored question.
 */
public record QuestionContent(ItemType type, Skill skill, String prompt, List<String> options, int answerIndex,
                              List<MatchPair> pairs, Rubric rubric, String explanation, int evidenceStart,
                              int evidenceEnd, String evidenceText) {

    public QuestionContent {
        options = List.copyOf(options);
        pairs = List.copyOf(pairs);
    }

    /** A multiple-choice question's content. */
    public QuestionContent(Skill skill, String prompt, List<String> options, int answerIndex, String explanation,
                           int evidenceStart, int evidenceEnd, String evidenceText) {
        this(ItemType.CHOICE, skill, prompt, options, answerIndex, List.of(), null, explanation, evidenceStart,
                evidenceEnd, evidenceText);
    }

    /** The same options and key as another type that has them (EVIDENCE keeps its type when edited). */
    public QuestionContent asType(ItemType wanted) {
        return new QuestionContent(wanted, skill, prompt, options, answerIndex, pairs, rubric, explanation,
                evidenceStart, evidenceEnd, evidenceText);
    }

    /** The content of a stored question. */
    public static QuestionContent of(Question q) {
        return new QuestionContent(q.type, q.skill, q.prompt, q.options, q.answerIndex, q.matchPairs(), q.rubric(),
                q.explanation, q.evidenceStart, q.evidenceEnd, q.evidenceText);
    }

    void copyTo(Question q) {
        q.type = type;
        q.setMatchPairs(pairs);
        q.setRubric(rubric);
        q.skill = skill;
        q.prompt = prompt;
        q.options = new ArrayList<>(options);
        q.answerIndex = answerIndex;
        q.explanation = explanation;
        q.evidenceStart = evidenceStart;
        q.evidenceEnd = evidenceEnd;
        q.evidenceText = evidenceText;
    }
}
