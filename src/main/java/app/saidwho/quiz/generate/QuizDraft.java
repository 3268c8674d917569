package app.saidwho.quiz.generate;

import java.util.List;

/** What the generator made of one article: the questions that passed validation and those dropped. */
public record QuizDraft(List<DraftQuestion> questions, List<DroppedQuestion> dropped) {
}
