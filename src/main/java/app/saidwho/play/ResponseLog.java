package app.saidwho.play;

import app.saidwho.quiz.AnsweredQuestions;
import app.saidwho.quiz.Question;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells the quiz layer which question versions have learners' answers, from the stored responses. */
@ApplicationScoped
public class ResponseLog implements AnsweredQuestions {
    @Override
    public boolean isAnswered(Question question) {
        return Response.count("question", question) > 0;
    }
}
