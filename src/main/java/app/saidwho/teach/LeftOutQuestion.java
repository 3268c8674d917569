package app.saidwho.teach;

import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Skill;
import app.saidwho.quiz.generate.DroppedQuestion;
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

    /** Keeps what the validator refused, cut to the column sizes. */
    static void keep(QuizSet set, DroppedQuestion refused) {
        LeftOutQuestion kept = new LeftOutQuestion();
        kept.quizSet = set;
        kept.skill = refused.skill();
        kept.prompt = cut(refused.prompt(), 2000);
        kept.reason = cut(refused.reason(), 500);
        kept.persist();
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    public static List<LeftOutQuestion> listFor(QuizSet set) {
        return list("quizSet = ?1 order by id", set);
    }
}
