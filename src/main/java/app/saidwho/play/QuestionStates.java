package app.saidwho.play;

import app.saidwho.play.PlayViews.AnswerView;
import app.saidwho.play.PlayViews.AttemptView;
import app.saidwho.play.PlayViews.QuestionView;
import app.saidwho.play.QuestionPageReads.AttemptRow;
import app.saidwho.play.QuestionPageReads.Reading;
import app.saidwho.web.Tokens;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What a question page shows, from two small reads and two kept renderings: the attempt with its plan
 * ({@link QuestionPageReads}), the question's content per version ({@link LearnerQuestions}) and the article per
 * version ({@link ArticleHtml}). No entity is loaded and no transaction is begun unless a version is new.
 */
@ApplicationScoped
public class QuestionStates {
    /** What the learner sees for one question: the form, or the verdict once answered; and the article. */
    public record QuestionState(AttemptView attempt, QuestionView question, AnswerView answer, boolean last,
                                boolean feedbackLater, RawString article) {
        public boolean answered() {
            return answer != null;
        }

        /** The first question is where the learner learns to keep the attempt link. */
        public boolean first() {
            return question.number() == 1;
        }
    }

    private final QuestionPageReads reads;
    private final LearnerQuestions contents;
    private final ArticleHtml articles;

    QuestionStates(QuestionPageReads reads, LearnerQuestions contents, ArticleHtml articles) {
        this.reads = reads;
        this.contents = contents;
        this.articles = articles;
    }

    /** The question's page state; asking for a question that is not next leads back to the next one. */
    public Optional<QuestionState> question(String token, long questionId) {
        if (!Tokens.wellFormed(token)) {
            throw AttemptService.noAttempt();
        }
        Reading reading = reads.attempt(token).orElseThrow(AttemptService::noAttempt);
        AttemptPlan plan = reading.plan();
        AttemptPlan.Step step = plan.step(questionId).orElseThrow(AttemptService::noQuestion);
        if (!step.answered() && !plan.isNext(questionId)) {
            return Optional.empty();
        }
        AttemptRow attempt = reading.attempt();
        LearnerQuestion content = contents.of(questionId, step.rowVersion(), attempt.articleVersion())
                .orElseThrow(AttemptService::noQuestion);
        QuestionView view = content.view(plan);
        AnswerView answer = step.answered() ? AnswerViews.answer(view, content,
                reads.answer(step.answer().responseId()).orElseThrow(AttemptService::noAttempt)) : null;
        // "Feedback at the end": no right or wrong on the question pages until the attempt is finished.
        boolean feedbackLater = attempt.feedbackAtEnd() && !attempt.finished();
        return Optional.of(new QuestionState(attempt.view(), view, answer, view.number() == plan.total(),
                feedbackLater, articles.of(attempt.articleId(), attempt.articleVersion())));
    }
}
