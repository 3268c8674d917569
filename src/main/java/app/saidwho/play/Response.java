package app.saidwho.play;

import app.saidwho.quiz.Question;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
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

    public int choice;
    public boolean correct;
    public Instant answeredAt;

    public static List<Response> listFor(Attempt attempt) {
        return list("attempt = ?1 order by answeredAt, id", attempt);
    }

    public static Optional<Response> findFor(Attempt attempt, Question question) {
        return find("attempt = ?1 and question = ?2", attempt, question).firstResultOptional();
    }
}
