package app.saidwho.play;

/** An answer the learner has not finished (nothing picked, a row left blank, no words): the form again, 400. */
public class IncompleteAnswer extends RuntimeException {
    public IncompleteAnswer(String message) {
        super(message, null, false, false);
    }
}
