package app.saidwho.play;

import app.saidwho.play.PlayViews.ListedQuiz;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSetStatus;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The home page's list of quizzes, read by one plain SQL statement without a transaction (as the question page's
 * reads, decision 79), and the page itself kept rendered per list: the page shows nothing else (its join form
 * is a GET, without a CSRF token), so equal lists render equal pages, and a changed set, article or question
 * count is a different list at once, on every node, with nothing to invalidate.
 */
@ApplicationScoped
public class HomePage {
    private static final String LISTED = "select s.slug, s.title, a.publisher, a.published, (select count(*)"
            + " from question q where q.quiz_set_id = s.id and q.retired = false and q.status = ?) from quiz_set s"
            + " join article a on a.id = s.article_id where s.status = ? and s.listed = true and s.archived = false"
            + " order by s.title";

    private final DataSource database;
    private final Cache rendered;

    HomePage(DataSource database, @CacheName("home-page") Cache rendered) {
        this.database = database;
        this.rendered = rendered;
    }

    /** The page as it stands: rendered once for each list of quizzes it has shown. */
    public String html() {
        List<ListedQuiz> quizzes = listed();
        return CachedValues.get(rendered, quizzes, () -> QuizSetPages.Templates.home(quizzes, "", null).render());
    }

    /** The listed published sets with their question counts, in title order. */
    public List<ListedQuiz> listed() {
        try (Connection c = database.getConnection(); PreparedStatement find = c.prepareStatement(LISTED)) {
            find.setString(1, QuestionStatus.APPROVED.name());
            find.setString(2, QuizSetStatus.PUBLISHED.name());
            List<ListedQuiz> quizzes = new ArrayList<>();
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    quizzes.add(new ListedQuiz(row.getString(1), row.getString(2), row.getString(3),
                            row.getObject(4, LocalDate.class), row.getLong(5)));
                }
            }
            return List.copyOf(quizzes);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the listed quizzes failed", e);
        }
    }
}
