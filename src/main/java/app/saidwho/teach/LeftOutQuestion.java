package app.saidwho.teach;

import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Skill;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A question the generator's validator refused for a set, kept so the teacher sees what was left out and
 * why (the stored form of the generator's {@code quiz.generate.DroppedQuestion}).
 */
@Entity
@Table(name = "dropped_question")
public class LeftOutQuestion extends PanacheEntity {
    @ManyToOne(optional = false)
    public QuizSet quizSet;

    @Enumerated(EnumType.STRING)
    public Skill skill;

    public String prompt;
    public String reason;

    public static List<LeftOutQuestion> listFor(QuizSet set) {
        return list("quizSet = ?1 order by id", set);
    }
}
