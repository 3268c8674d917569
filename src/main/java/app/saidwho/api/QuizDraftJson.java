package app.saidwho.api;

import app.saidwho.attribution.json.AttributionJson;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.generate.DraftQuestion;
import app.saidwho.quiz.generate.DroppedQuestion;
import app.saidwho.quiz.generate.QuizDraft;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON shape of {@code POST /api/v1/quiz-drafts} (see DESIGN.md), plus what the validator dropped.
 * {@code answer} is the key's index for CHOICE and EVIDENCE; a MATCH has {@code pairs} instead (its options
 * are the pool of speakers) and a SHORT_ANSWER a {@code rubric} and no options; {@code checkKey} is the reason
 * a teacher should check the key; absent fields are left out.
 */
public record QuizDraftJson(List<Question> questions, List<Dropped> dropped) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String type, String skill, String prompt, List<String> options, Integer answer,
                           List<MatchPair> pairs, Rubric rubric, String explanation, AttributionJson.Span evidence,
                           String difficulty, String checkKey) {
    }

    public record Dropped(String skill, String prompt, String reason) {
    }

    public static QuizDraftJson of(QuizDraft draft, String text) {
        return new QuizDraftJson(draft.questions().stream().map(q -> question(q, text)).toList(),
                draft.dropped().stream().map(QuizDraftJson::dropped).toList());
    }

    private static Question question(DraftQuestion q, String text) {
        boolean keyed = q.type() == ItemType.CHOICE || q.type() == ItemType.EVIDENCE;
        return new Question(q.type().name(), q.skill().name(), q.prompt(),
                q.type() == ItemType.SHORT_ANSWER ? null : q.options(), keyed ? q.answer() : null,
                q.type() == ItemType.MATCH ? q.pairs() : null, q.rubric(), q.explanation(),
                new AttributionJson.Span(q.evidence().start(), q.evidence().end(), q.evidence().text(text)),
                q.difficulty().name(), q.checkKey());
    }

    private static Dropped dropped(DroppedQuestion d) {
        return new Dropped(d.skill().name(), d.prompt(), d.reason());
    }
}
