package app.saidwho.play;

import app.saidwho.quiz.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of one attempt in the order they are asked: those already answered (as they were
 * asked), then the set's current questions not yet answered in any version.
 */
public final class AttemptPlan {
    private final String token;
    private final List<Question> questions;
    private final Map<Long, Response> responses;

    private AttemptPlan(String token, List<Question> questions, Map<Long, Response> responses) {
        this.token = token;
        this.questions = questions;
        this.responses = responses;
    }

    public static AttemptPlan of(Attempt attempt) {
        Map<Long, Response> responses = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        Set<String> answeredKeys = new HashSet<>();
        for (Response response : Response.listFor(attempt)) {
            responses.put(response.question.id, response);
            questions.add(response.question);
            answeredKeys.add(response.question.questionKey);
        }
        if (!attempt.isFinished()) {
            attempt.quizSet.activeQuestions().stream()
                    .filter(q -> !answeredKeys.contains(q.questionKey))
                    .forEach(questions::add);
        }
        return new AttemptPlan(attempt.token, List.copyOf(questions), responses);
    }

    public String token() {
        return token;
    }

    public List<Question> questions() {
        return questions;
    }

    public int total() {
        return questions.size();
    }

    /** 1-based place of the question in this attempt, or 0 when it is not part of it. */
    public int numberOf(Question question) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id.equals(question.id)) {
                return i + 1;
            }
        }
        return 0;
    }

    public Optional<Response> responseTo(Question question) {
        return Optional.ofNullable(responses.get(question.id));
    }

    public Optional<Question> nextUnanswered() {
        return questions.stream().filter(q -> !responses.containsKey(q.id)).findFirst();
    }

    public Optional<Question> find(long questionId) {
        return questions.stream().filter(q -> q.id == questionId).findFirst();
    }

    public List<Response> responses() {
        return List.copyOf(responses.values());
    }
}
