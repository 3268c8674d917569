package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.play.AnswerLog;
import app.saidwho.play.AnswerTallies;
import app.saidwho.play.Attempt;
import app.saidwho.play.Response;
import app.saidwho.play.TallyChange;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.RubricLevel;
import app.saidwho.web.PageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Teachers score written answers on the question's three-level rubric: the "to score" list of a set, and the
 * score itself, which puts the answer's points into the attempt's score (until then it counts in none).
 */
@ApplicationScoped
public class WrittenScores {
    private final SetAccess access;
    private final AnswerTallies tallies;

    WrittenScores(SetAccess access, AnswerTallies tallies) {
        this.access = access;
        this.tallies = tallies;
    }

    /** One written answer as the scoring page shows it, with the rubric beside it. */
    public record WrittenAnswer(long id, String learner, String prompt, String text, Rubric rubric, String level,
                                boolean pending) {
        /** The levels to score it on, each with its rubric text, the one given so far checked. */
        public List<LevelChoice> levels() {
            return Arrays.stream(RubricLevel.values()).map(l -> new LevelChoice(l.name(), l.label, l.points,
                    describe(l), l.name().substring(0, 1).toLowerCase(Locale.ROOT), l.name().equals(level),
                    l.ordinal() == 0)).toList();
        }

        private String describe(RubricLevel level) {
            return switch (level) {
                case PROFICIENT -> rubric.proficient();
                case EMERGENT -> rubric.emergent();
                case BASIC -> rubric.basic();
            };
        }
    }

    /** One radio button of the scoring form ({@code key}: the end of its id; {@code first}: the one marked required). */
    public record LevelChoice(String name, String label, int points, String description, String key, boolean checked,
                              boolean first) {
    }

    /** The set's written answers: pending first (oldest first), then the scored ones. */
    public record ToScore(String slug, String title, List<WrittenAnswer> pending, List<WrittenAnswer> scored) {
    }

    @Transactional
    public ToScore list(String slug) {
        QuizSet set = access.owned(slug);
        List<WrittenAnswer> all = Response.<Response>list("question.quizSet = ?1 and question.type = ?2 "
                        + "order by answeredAt, id", set, ItemType.SHORT_ANSWER).stream()
                .map(r -> new WrittenAnswer(r.id, r.attempt.learnerName, r.question.prompt, r.textAnswer,
                        r.question.rubric(), r.rubricLevel == null ? null : r.rubricLevel.name(), r.pending()))
                .toList();
        return new ToScore(set.slug, set.title, all.stream().filter(WrittenAnswer::pending).toList(),
                all.stream().filter(a -> !a.pending()).toList());
    }

    /** Scores one written answer of the set (or scores it again) and brings its attempt's score up to date. */
    @Transactional
    public void score(String slug, long responseId, String levelName) {
        QuizSet set = access.owned(slug);
        RubricLevel level = RubricLevel.parse(levelName).orElseThrow(() -> PageException.badRequest(
                "Choose Proficient, Emergent or Basic for the answer."));
        Response response = Response.<Response>findByIdOptional(responseId)
                .filter(r -> r.question.quizSet.id.equals(set.id) && r.question.type == ItemType.SHORT_ANSWER)
                .orElseThrow(() -> PageException.notFound("This written answer is not part of this quiz set."));
        Attempt attempt = Attempt.findById(response.attempt.id, LockModeType.PESSIMISTIC_WRITE);
        Attempt.getEntityManager().refresh(attempt); // as the lock found it, for what leaves the report tallies
        TallyChange change = TallyChange.withdrawing(attempt);
        response.rubricLevel = level;
        response.points = level.points;
        response.maxPoints = RubricLevel.MAX_POINTS;
        response.correct = level == RubricLevel.PROFICIENT;
        response.scoredAt = Instant.now();
        Response.flush();
        List<Response> stored = Response.listFor(attempt);
        attempt.points = stored.stream().mapToInt(r -> r.points).sum();
        attempt.maxPoints = stored.stream().mapToInt(r -> r.maxPoints).sum();
        attempt.correctCount = (int) stored.stream().filter(r -> r.correct).count();
        attempt.answerLog = AnswerLog.of(stored);
        tallies.apply(change.add(attempt));
    }
}
