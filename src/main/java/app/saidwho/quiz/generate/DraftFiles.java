package app.saidwho.quiz.generate;

import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.file.QuizSetFile;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A generated draft as a quiz-set file (status draft), to review in an editor and load from quizzes/. */
public final class DraftFiles {
    private DraftFiles() {
    }

    public static QuizSetFile toFile(String slug, String title, ArticleData article, QuizDraft draft) {
        Map<app.saidwho.quiz.Skill, Integer> numbers = new EnumMap<>(app.saidwho.quiz.Skill.class);
        List<QuestionData> questions = new ArrayList<>();
        for (DraftQuestion q : draft.questions()) {
            int n = numbers.merge(q.skill(), 1, Integer::sum);
            String id = q.skill().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n;
            String evidence = q.evidence().text(article.text());
            questions.add(new QuestionData(id, q.type(), q.skill(), q.prompt(), q.options(), q.answer(), q.pairs(),
                    q.rubric(), q.explanation(), evidence, q.evidence().start(), q.evidence().end()));
        }
        return new QuizSetFile(slug, title, QuizSetStatus.DRAFT, article, questions);
    }
}
