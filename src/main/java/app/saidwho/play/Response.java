package app.saidwho.play;

import app.saidwho.quiz.Question;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import app.saidwho.quiz.RubricLevel;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A learner's answer to one question; the database keeps at most one per attempt and question. */
@Entity
public class Response extends PanacheEntity {
    @ManyToOne(optional = false)
    public Attempt attempt;

    @ManyToOne(optional = false)
    public Question question;

    /** The option chosen (CHOICE, EVIDENCE); -1 for MATCH and SHORT_ANSWER. */
    public int choice;
    /** Fully right: the key, every pair of a MATCH, or a written answer scored Proficient. */
    public boolean correct;
    public Instant answeredAt;

    /** Points earned out of the question's points; a pending written answer has 0 of 0 until scored. */
    public int points;
    public int maxPoints;

    /** MATCH: the option (index into the pool of speakers) chosen on each row. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_pair", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    @Column(name = "choice")
    public List<Integer> pairChoices = new ArrayList<>();

    /** SHORT_ANSWER: what the learner wrote, the teacher's level (null while pending), and when it was scored. */
    public String textAnswer;
    @Enumerated(EnumType.STRING)
    public RubricLevel rubricLevel;
    public Instant scoredAt;

    public boolean pending() {
        return textAnswer != null && rubricLevel == null;
    }

    public static List<Response> listFor(Attempt attempt) {
        return list("attempt = ?1 order by answeredAt, id", attempt);
    }

    public static Optional<Response> findFor(Attempt attempt, Question question) {
        return find("attempt = ?1 and question = ?2", attempt, question).firstResultOptional();
    }
}
