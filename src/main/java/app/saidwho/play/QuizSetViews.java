package app.saidwho.play;

import app.saidwho.play.PlayViews.ArticleView;
import app.saidwho.play.PlayViews.ListedQuiz;
import app.saidwho.play.PlayViews.QuizSetView;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads published quiz sets for the learner pages. */
@ApplicationScoped
public class QuizSetViews {
    private final EntityManager em;
    private final ArticleHtml articles;

    QuizSetViews(EntityManager em, ArticleHtml articles) {
        this.em = em;
        this.articles = articles;
    }

    /**
     * The listed sets with their question counts, read as one query of plain values: the home page needs no
     * entities (nor their articles and questions) loaded and checked for changes.
     */
    @Transactional
    public List<ListedQuiz> listed() {
        return em.createQuery("select new app.saidwho.play.PlayViews$ListedQuiz(s.slug, s.title, a.publisher,"
                        + " a.published, (select count(q) from Question q"
                        + " where q.quizSet = s and q.retired = false and q.status = :approved))"
                        + " from QuizSet s join s.article a where s.status = :published and s.listed = true"
                        + " and s.archived = false order by s.title", ListedQuiz.class)
                .setParameter("approved", QuestionStatus.APPROVED).setParameter("published", QuizSetStatus.PUBLISHED)
                .getResultList();
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
