package app.saidwho.play;

import app.saidwho.play.PlayViews.AttemptView;
import app.saidwho.play.PlayViews.ResultView;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.SittingClosed;
import app.saidwho.web.PageException;
import app.saidwho.web.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Starts attempts, records answers once, and builds what the learner pages show. */
@ApplicationScoped
public class AttemptService {
    private final AnswerTallies tallies;

    AttemptService(AnswerTallies tallies) {
        this.tallies = tallies;
    }

    /**
     * Starts an attempt, or, when the set allows one attempt per name, returns the attempt this name
     * already has. A closed sitting refuses new attempts with a page saying why.
     */
    @Transactional
    public String start(String slug, String learnerName) {
        QuizSet set = QuizSet.findPublishedBySlug(slug).orElseThrow(() -> noQuiz(slug));
        if (set.oneAttemptPerName) {
            Optional<Attempt> earlier = Attempt.findByName(set, learnerName);
            if (earlier.isPresent()) {
                return earlier.get().token;
            }
        }
        ensureOpen(set);
        Attempt attempt = new Attempt();
        attempt.quizSet = set;
        attempt.learnerName = learnerName;
        attempt.token = Tokens.next();
        attempt.startedAt = Instant.now();
        attempt.persist();
        return attempt.token;
    }

    /** Throws the learner's "closed" page when the set takes no new attempts now. */
    static void ensureOpen(QuizSet set) {
        set.closedFor(Instant.now()).ifPresent(why -> {
            throw closed(why);
        });
    }

    static PageException closed(SittingClosed why) {
        return switch (why) {
            case CLOSED -> new PageException(403, "This quiz is closed",
                    "Your teacher has closed this quiz for now, so no new attempt can start. If you already "
                            + "started, open your attempt link to carry on; otherwise ask your teacher.");
            case PAST_CLOSING_TIME -> new PageException(410, "This quiz has closed",
                    "The time for this quiz is over. If you already started, open your attempt link to see "
                            + "your answers; otherwise ask your teacher.");
            case ARCHIVED -> new PageException(410, "This quiz is no longer offered",
                    "Your teacher has archived this quiz. Pick another quiz on the home page.");
        };
    }

    /** The id of the first question still to answer; empty once the attempt is finished. */
    @Transactional
    public Optional<Long> nextQuestion(String token) {
        Attempt attempt = attempt(token);
        Optional<Long> next = AttemptPlan.of(attempt).nextUnanswered();
        if (next.isEmpty()) {
            markFinished(attempt);
        }
        return next;
    }

    /**
     * Stores the answer to the attempt's next unanswered question; any other (a second answer after a
     * double click, the back button or a replay, or a question further on) is ignored and false returned.
     * The attempt row is locked first, so answers to one attempt are taken one at a time and the running
     * counts are read from the stored answers, never from a stale copy. The answer is scored for the
     * question's type ({@link AnswerScoring}); an unfinished one throws {@link IncompleteAnswer} and stores nothing.
     * The answer that finishes the attempt puts it into the report tallies, in the same transaction.
     */
    @Transactional
    public boolean answer(String token, long questionId, LearnerAnswer given) {
        Attempt attempt = lockedAttempt(token);
        AttemptPlan plan = AttemptPlan.of(attempt);
        plan.step(questionId).orElseThrow(AttemptService::noQuestion);
        if (!plan.isNext(questionId)) {
            return false;
        }
        Question question = Question.findWithOptions(questionId).orElseThrow(AttemptService::noQuestion);
        Response response = AnswerScoring.score(question, given);
        TallyChange change = TallyChange.withdrawing(attempt); // before the new answer is stored
        response.attempt = attempt;
        response.answeredAt = Instant.now();
        response.persist();
        Response.flush();
        countAnswers(attempt, plan, response);
        tallies.apply(change.add(attempt));
        return true;
    }

    /** A CHOICE or EVIDENCE answer: the stored index of the option picked. */
    @Transactional
    public boolean answer(String token, long questionId, int choice) {
        return answer(token, questionId, LearnerAnswer.choice(choice));
    }

    /** Whether the attempt holds an answer to the question (to tell a lost race from a real failure). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isAnswered(String token, long questionId) {
        return AttemptPlan.of(attempt(token)).step(questionId).map(AttemptPlan.Step::answered).orElse(false);
    }

    /**
     * Counts and the finish time come from the stored answers, so they always agree with them: the plan was
     * read after the attempt row was locked, so its answers and the one just stored are all there are.
     */
    private static void countAnswers(Attempt attempt, AttemptPlan plan, Response added) {
        List<AttemptPlan.Answer> stored = plan.answers();
        attempt.answeredCount = stored.size() + 1;
        attempt.correctCount = (int) stored.stream().filter(AttemptPlan.Answer::correct).count() + (added.correct ? 1 : 0);
        attempt.points = stored.stream().mapToInt(AttemptPlan.Answer::points).sum() + added.points;
        attempt.maxPoints = stored.stream().mapToInt(AttemptPlan.Answer::maxPoints).sum() + added.maxPoints;
        attempt.answerLog = AnswerLog.of(plan, added.question.id, added.choice, added.correct);
        if (!plan.hasUnansweredBesides(added.question.id)) {
            finish(attempt);
        }
    }

    @Transactional
    public Optional<ResultView> result(String token) {
        Attempt attempt = attempt(token);
        AttemptPlan plan = AttemptPlan.of(attempt);
        if (plan.nextUnanswered().isPresent()) {
            return Optional.empty();
        }
        markFinished(attempt);
        return Optional.of(AttemptViews.resultOf(attempt, plan));
    }

    /** Score per skill and every answer so far, finished or not: the teacher's view of an attempt. */
    @Transactional
    public ResultView review(String token) {
        Attempt attempt = attempt(token);
        return AttemptViews.resultOf(attempt, AttemptPlan.of(attempt));
    }

    private static void finish(Attempt attempt) {
        if (attempt.finishedAt == null) {
            attempt.finishedAt = now();
        }
    }

    /** Whole microseconds, as the database keeps them: the tallies' seconds agree with a count from the rows. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * For a plan that ran out without a new answer (its last questions retired): only the finish time is
     * written, by one SQL update, so a page view never overwrites the counts an answer wrote meanwhile.
     */
    private void markFinished(Attempt attempt) {
        if (attempt.finishedAt == null) {
            // The loaded entity is left as it is: changing it would write every column at commit.
            if (Attempt.update("finishedAt = ?1 where id = ?2 and finishedAt is null", now(), attempt.id) == 1) {
                // The update locked the row: read again, the counts are the ones the tallies must get.
                Attempt.getEntityManager().refresh(attempt);
                tallies.apply(TallyChange.adding(attempt));
            }
        }
    }

    private static Attempt lockedAttempt(String token) {
        if (!Tokens.wellFormed(token)) {
            throw noAttempt();
        }
        return Attempt.findByTokenForUpdate(token).orElseThrow(AttemptService::noAttempt);
    }

    private static Attempt attempt(String token) {
        if (!Tokens.wellFormed(token)) {
            throw noAttempt();
        }
        return Attempt.findByToken(token).orElseThrow(AttemptService::noAttempt);
    }

    static PageException noQuiz(String slug) {
        return PageException.notFound("There is no published quiz at this address. Ask your teacher for the link "
                + "or pick a quiz on the home page.");
    }

    static PageException noAttempt() {
        return PageException.notFound("This quiz attempt does not exist. Check that you copied the whole link, "
                + "or start the quiz again from its page.");
    }

    static PageException noQuestion() {
        return PageException.notFound("This question is not part of your quiz attempt.");
    }
}
