package app.saidwho.quiz.file;

import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.Skill;
import java.time.LocalDate;
import java.util.List;

/** The checked content of one quiz-set file; see docs/quiz-set-format.md. */
public record QuizSetFile(String slug, String title, QuizSetStatus status, ArticleData article,
                          List<QuestionData> questions) {

    /** The article: metadata and its text exactly as in the file. */
    public record ArticleData(String title, String publisher, String url, LocalDate published, String text,
                              List<String> boilerplate) {
    }

    /** One question; the evidence is located in the article text by offsets (end exclusive). */
    public record QuestionData(String id, Skill skill, String prompt, List<String> options, int answerIndex,
                               String explanation, String evidence, int evidenceStart, int evidenceEnd) {
    }
}
