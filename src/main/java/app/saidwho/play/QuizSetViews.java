package app.saidwho.play;

import app.saidwho.play.PlayViews.ArticleView;
import app.saidwho.play.PlayViews.QuizSetView;
import app.saidwho.quiz.QuizSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads published quiz sets for the learner pages. */
@ApplicationScoped
public class QuizSetViews {
    private final ArticleHtml articles;

    QuizSetViews(ArticleHtml articles) {
        this.articles = articles;
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

    /** A published quiz's article page. */
    @Transactional
    public ArticleView article(String slug) {
        QuizSet set = QuizSet.findPublishedBySlug(slug).orElseThrow(() -> AttemptService.noQuiz(slug));
        return new ArticleView(view(set), articles.of(set.article));
    }

    /** The published quiz with this join code. */
    @Transactional
    public Optional<String> slugForCode(String code) {
        return QuizSet.findPublishedByCode(code).map(s -> s.slug);
    }

    static QuizSetView view(QuizSet set) {
        var article = set.article;
        return new QuizSetView(set.slug, set.title, article.title, article.publisher, article.webUrl(),
                article.published == null ? null : article.published.toString(), set.activeQuestionCount());
    }
}
