package app.saidwho.play;

import app.saidwho.quiz.Question;
import app.saidwho.web.PageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a learner's answer against its question's type and scores it: a point for a right option, a point per
 * right pair of a MATCH, and nothing yet for a written answer (pending until the teacher scores it).
 */
final class AnswerScoring {
    private AnswerScoring() {
    }

    /** A new, unsaved response holding the answer and its score; the caller sets the attempt and time. */
    static Response score(Question question, LearnerAnswer given) {
        Response response = new Response();
        response.question = question;
        response.choice = -1;
        switch (question.type) {
            case CHOICE, EVIDENCE -> choice(question, given, response);
            case MATCH -> match(question, given, response);
            case SHORT_ANSWER -> written(given, response);
        }
        return response;
    }

    private static void choice(Question question, LearnerAnswer given, Response response) {
        if (given.choice() == null) {
            throw new IncompleteAnswer("Please choose one of the answers.");
        }
        if (given.choice() < 0 || given.choice() >= question.options.size()) {
            throw notAnOption();
        }
        response.choice = given.choice();
        response.correct = question.isKey(given.choice());
        response.points = response.correct ? 1 : 0;
        response.maxPoints = 1;
    }

    private static void match(Question question, LearnerAnswer given, Response response) {
        List<Integer> rows = given.rows();
        if (rows.size() != question.pairs.size()) {
            throw notAnOption();
        }
        if (rows.contains(null)) {
            throw new IncompleteAnswer("Please choose a speaker for every quotation.");
        }
        if (rows.stream().anyMatch(row -> row < 0 || row >= question.options.size())) {
            throw notAnOption();
        }
        response.pairChoices = new ArrayList<>(rows);
        response.points = question.matchPoints(rows);
        response.maxPoints = question.maxPoints();
        response.correct = response.points == response.maxPoints;
    }

    private static void written(LearnerAnswer given, Response response) {
        String text = given.text() == null ? "" : given.text().strip();
        if (text.isEmpty()) {
            throw new IncompleteAnswer("Please write your answer before sending it.");
        }
        if (text.length() > LearnerAnswer.MAX_TEXT) {
            throw new IncompleteAnswer("Your answer has " + text.length() + " characters; the limit is 1,000. "
                    + "Please shorten it.");
        }
        // Pending: worth nothing either way until the teacher scores it, so the score so far stays fair.
        response.textAnswer = text;
        response.points = 0;
        response.maxPoints = 0;
        response.correct = false;
    }

    private static PageException notAnOption() {
        return PageException.badRequest("That answer is not one of the options of this question. "
                + "Go back to the question and pick one of its options.");
    }
}
