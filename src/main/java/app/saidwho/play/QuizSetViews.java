package app.saidwho.play;

import app.saidwho.play.PlayViews.QuizSetView;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.QuizSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads published quiz sets for the learner pages. */
@ApplicationScoped
public class QuizSetViews {

    @Transactional
    public List<QuizSetView> published() {
        return QuizSet.listListed().stream().map(QuizSetViews::view).toList();
    }

    /** The published quiz, when it takes new attempts now; otherwise the page that says why not. */
    @Transactional
    public QuizSetView startable(String slug) {
        QuizSet set = QuizSet.findPublishedBySlug(slug).orElseThrow(() -> AttemptService.noQuiz(slug));
        if (!set.oneAttemptPerName) {
            // With one attempt per name, a learner may come back to resume even when the sitting is closed.
            AttemptService.ensureOpen(set);
        }
        return view(set);
    }

    @Transactional
    public QuizSetView published(String slug) {
        return QuizSet.findPublishedBySlug(slug).map(QuizSetViews::view)
                .orElseThrow(() -> AttemptService.noQuiz(slug));
    }

    /** The published quiz with this join code. */
    @Transactional
    public java.util.Optional<String> slugForCode(String code) {
        return QuizSet.findPublishedByCode(code).map(s -> s.slug);
    }

    /** The article of the quiz an attempt belongs to, even if the set was unpublished since. */
    @Transactional
    public QuizSetView ofAttempt(String token) {
        return app.saidwho.play.Attempt.findByToken(token).map(a -> view(a.quizSet))
                .orElseThrow(() -> AttemptService.noQuiz(token));
    }

    private static QuizSetView view(QuizSet set) {
        Article article = set.article;
        return new QuizSetView(set.slug, set.title, article.title, article.publisher, article.webUrl(),
                article.published == null ? null : article.published.toString(), set.activeQuestions().size(),
                ArticleText.paragraphs(article.body, article.boilerplate));
    }
}
