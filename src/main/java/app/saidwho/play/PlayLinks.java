package app.saidwho.play;

import app.saidwho.web.Link;
import io.quarkus.qute.TemplateExtension;

/** Links to the learner's pages, for templates: {@code {play:quiz(quiz.slug)}}. */
@TemplateExtension(namespace = "play")
public final class PlayLinks {
    private static final Link QUIZ = Link.to(QuizSetPages.class, "quiz");
    private static final Link ARTICLE = Link.to(QuizSetPages.class, "article");
    private static final Link START = Link.to(QuizSetPages.class, "start");
    private static final Link ATTEMPT = Link.to(AttemptPages.class);
    private static final Link RESULT = Link.to(AttemptPages.class, "result");
    private static final Link QUESTION = Link.to(AttemptPages.class, "question");

    private PlayLinks() {
    }

    /** A quiz's start page. */
    static String quiz(String slug) {
        return QUIZ.with(slug);
    }

    static String article(String slug) {
        return ARTICLE.with(slug);
    }

    /** Where the start form posts. */
    static String start(String slug) {
        return START.with(slug);
    }

    /** An attempt: resumes at its first unanswered question. */
    static String attempt(String token) {
        return ATTEMPT.with(token);
    }

    static String result(String token) {
        return RESULT.with(token);
    }

    /** A question of an attempt (the answer form posts here too). */
    static String question(String token, long questionId) {
        return QUESTION.with(token, questionId);
    }
}
