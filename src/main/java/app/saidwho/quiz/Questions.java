package app.saidwho.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The one way questions are stored, whoever made them (generator, teacher, uploaded or loaded file), with
 * one version rule: a question learners have answered is frozen, so a change retires it and adds the next
 * version of the same key (highest version so far + 1); past responses keep what they were asked.
 */
@ApplicationScoped
public class Questions {
    private final AnsweredQuestions answered;

    Questions(AnsweredQuestions answered) {
        this.answered = answered;
    }

    /** A new question of the set under this key, after any versions the key already had. */
    @Transactional
    public Question add(QuizSet set, String key, int position, QuestionContent content, QuestionStatus status,
                        QuestionOrigin origin) {
        Question question = new Question();
        question.quizSet = set;
        question.questionKey = key;
        question.version = nextVersion(set, key);
        question.position = position;
        question.status = status;
        question.origin = origin;
        content.copyTo(question);
        question.persist();
        return question;
    }

    /** The question with new content: changed in place, or, once answered, retired for a new version. */
    @Transactional
    public Question revise(Question current, QuestionContent content) {
        if (!answered.isAnswered(current)) {
            content.copyTo(current);
            return current;
        }
        current.retired = true;
        return add(current.quizSet, current.questionKey, current.position, content, current.status, current.origin);
    }

    /** Lookups for a change never see retired versions: only what learners would be asked now. */
    public Optional<Question> findCurrent(QuizSet set, long id) {
        return Question.findCurrent(set, id);
    }

    /** The position after every current question of the set. */
    public int nextPosition(QuizSet set) {
        return Question.listCurrent(set).stream().mapToInt(q -> q.position + 1).max().orElse(0);
    }

    private static int nextVersion(QuizSet set, String key) {
        Integer max = Question.getEntityManager()
                .createQuery("select max(q.version) from Question q where q.quizSet = :s and q.questionKey = :k",
                        Integer.class)
                .setParameter("s", set).setParameter("k", key).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
