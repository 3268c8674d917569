package app.saidwho.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.play.AnswerTallies;
import app.saidwho.play.Attempt;
import app.saidwho.play.AttemptRemoval;
import app.saidwho.play.Response;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.Teachers;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The report tallies kept with every finished attempt say what a count of the attempts says: after finished
 * and unfinished attempts, written answers scored (which moves an attempt to another score), one attempt
 * deleted and all of a name deleted, the default report equals the same report counted from the attempt rows,
 * and the tally rows equal the ones counted again from the stored answers (the migration's statements).
 */
@QuarkusTest
class ReportTalliesTest {
    static final String SLUG = "tally-park";

    @Inject
    QuizSetLoader loader;

    @Inject
    ReportService reports;

    @Inject
    AnswerTallies tallies;

    @Inject
    AttemptRemoval removal;

    @Test
    void shouldKeepTalliesThatEqualACountOfTheAttempts() {
        TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.everyType("Tally quiz"));
        long owner = Teachers.account("tally-teacher");
        QuarkusTransaction.requiringNew().run(() -> {
            QuizSet set = QuizSet.<QuizSet>find("slug", SLUG).firstResult();
            set.ownerId = owner;
            set.listed = false; // off the home page, whose links PageLinksTest crawls within a page budget
        });
        answer("Ada", 4, true);
        answer("Bo", 4, false);
        answer("Cy", 4, true);
        answer("Di", 2, true);
        LearnerClient teacher = Teachers.signedIn("tally-teacher");
        score(teacher, "Ada", "PROFICIENT");
        score(teacher, "Bo", "BASIC");
        QuarkusTransaction.requiringNew().run(() -> removal.one(attemptOf("Cy")));
        answer("Eve", 4, false);
        QuarkusTransaction.requiringNew().run(() -> removal.byName("EVE", List.of(set())));
        answer("Fay", 4, true);

        ReportFilter everyDate = new ReportFilter(set(), null, null, true);
        Report tallied = reports.report(everyDate);
        assertThat(tallied.started()).isEqualTo(4);
        assertThat(tallied.finished()).isEqualTo(3);
        assertThat(tallied).isEqualTo(reports.report(new ReportFilter(set(), Instant.EPOCH, null, true)));
        long setId = set().id;
        Set<Object> kept = rows(setId);
        QuarkusTransaction.requiringNew().run(() -> tallies.recount(setId));
        assertThat(rows(setId)).isEqualTo(kept).isNotEmpty();
    }

    /** One learner answers the first {@code count} questions in the order asked, each right or each wrong. */
    private static void answer(String name, int count, boolean right) {
        List<Question> questions = TestQuizzes.activeQuestions(SLUG);
        LearnerClient learner = new LearnerClient();
        String attempt = learner.start(SLUG, name);
        for (int i = 0; i < count; i++) {
            String page = learner.nextQuestion(attempt);
            long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
            Question q = questions.stream().filter(x -> x.id == id).findFirst().orElseThrow();
            learner.get(page);
            switch (q.type) {
                case MATCH -> learner.submitRepeated(page, "pair", right ? List.of("0", "1") : List.of("1", "0"));
                case SHORT_ANSWER -> learner.submit(page, Map.of("text", "Ask who the critics are."));
                default -> learner.submit(page, Map.of("choice", String.valueOf(right ? q.answerIndex : 1 - q.answerIndex)));
            }
        }
    }

    private static void score(LearnerClient teacher, String learner, String level) {
        long id = QuarkusTransaction.requiringNew().call(() -> Response.<Response>find("attempt.learnerName = ?1"
                + " and attempt.quizSet.slug = ?2 and question.type = ?3", learner, SLUG, ItemType.SHORT_ANSWER).firstResult().id);
        teacher.get("/teach/sets/" + SLUG + "/to-score");
        teacher.submit("/teach/sets/" + SLUG + "/responses/" + id + "/score", Map.of("level", level)).then().statusCode(303);
    }

    private static Attempt attemptOf(String learner) {
        return Attempt.<Attempt>find("learnerName = ?1 and quizSet.slug = ?2", learner, SLUG).firstResult();
    }

    private static QuizSet set() {
        return QuarkusTransaction.requiringNew().call(() -> QuizSet.findBySlug(SLUG).orElseThrow());
    }

    private Set<Object> rows(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<Object> rows = new HashSet<>(tallies.answers(setId));
            rows.addAll(tallies.scores(setId));
            return rows;
        });
    }
}
