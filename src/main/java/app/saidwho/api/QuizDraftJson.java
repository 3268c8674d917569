package app.saidwho.api;

import app.saidwho.attribution.json.AttributionJson;
import app.saidwho.quiz.generate.DraftQuestion;
import app.saidwho.quiz.generate.DroppedQuestion;
import app.saidwho.quiz.generate.QuizDraft;
import java.util.List;

/** The JSON shape of {@code POST /api/v1/quiz-drafts} (see DESIGN.md), plus what the validator dropped;
 * {@code checkKey} is the reason a teacher should check the key, or null. */
public record QuizDraftJson(List<Question> questions, List<Dropped> dropped) {

    public record Question(String skill, String prompt, List<String> options, int answer, String explanation,
                           AttributionJson.Span evidence, String difficulty, String checkKey) {
    }

    public record Dropped(String skill, String prompt, String reason) {
    }

    public static QuizDraftJson of(QuizDraft draft, String text) {
        return new QuizDraftJson(draft.questions().stream().map(q -> question(q, text)).toList(),
                draft.dropped().stream().map(QuizDraftJson::dropped).toList());
    }

    private static Question question(DraftQuestion q, String text) {
        return new Question(q.skill().name(), q.prompt(), q.options(), q.answer(), q.explanation(),
                new AttributionJson.Span(q.evidence().start(), q.evidence().end(), q.evidence().text(text)),
                q.difficulty().name(), q.checkKey());
    }

    private static Dropped dropped(DroppedQuestion d) {
        return new Dropped(d.skill().name(), d.prompt(), d.reason());
    }
}
