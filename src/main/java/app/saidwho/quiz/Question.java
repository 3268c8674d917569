package app.saidwho.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One multiple-choice question. A question that learners have answered is never changed: an edit
 * retires it and adds a new version, so old responses keep pointing at what was actually asked.
 */
@Entity
public class Question extends PanacheEntity {
    @ManyToOne(optional = false)
    public QuizSet quizSet;

    /** Stable id of the question within its set (the {@code id} in the quiz-set file). */
    public String questionKey;
    public int version;
    public int position;

    @Enumerated(EnumType.STRING)
    public Skill skill;

    public String prompt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "option_text")
    public List<String> options = new ArrayList<>();

    public int answerIndex;
    public String explanation;

    /** Where the evidence lies in the article body: UTF-16 offsets, end exclusive, and its text. */
    public int evidenceStart;
    public int evidenceEnd;
    public String evidenceText;

    @Enumerated(EnumType.STRING)
    public QuestionStatus status;

    @Enumerated(EnumType.STRING)
    public QuestionOrigin origin;

    public boolean retired;

    /** Why the generator asks the teacher to check the key, in words; null when there is nothing to check. */
    public String checkReason;

    public static List<Question> listActive(QuizSet set) {
        return list("quizSet = ?1 and retired = false and status = ?2 order by position, id",
                set, QuestionStatus.APPROVED);
    }

    public static List<Question> listCurrent(QuizSet set) {
        return list("quizSet = ?1 and retired = false order by position, id", set);
    }

    /** The question with this id when it belongs to the set and is its current (not retired) version. */
    public static Optional<Question> findCurrent(QuizSet set, long id) {
        return find("id = ?1 and quizSet = ?2 and retired = false", id, set).firstResultOptional();
    }

    public boolean isKey(int choice) {
        return choice == answerIndex;
    }

    public String key() {
        return options.get(answerIndex);
    }
}
