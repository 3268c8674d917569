package app.saidwho.play;

import app.saidwho.quiz.Question;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Every question's content as the learner pages show it, read once per version and kept. The key holds the
 * question's row version ({@link Question#rowVersion}, raised by any change of it) and its article's version (the
 * evidence passage is cut from the article's text), so an edited question or article is a new key at once, on
 * every node; a page reads only the versions to find the content.
 */
@ApplicationScoped
public class LearnerQuestions {
    private record Version(long questionId, long rowVersion, long articleVersion) {
    }

    private final Cache kept;

    LearnerQuestions(@CacheName("question-content") Cache kept) {
        this.kept = kept;
    }

    /** The content for this version; a miss loads the question (in the current transaction, or a new one). */
    public Optional<LearnerQuestion> of(long questionId, long rowVersion, long articleVersion) {
        return Optional.ofNullable(CachedValues.get(kept, new Version(questionId, rowVersion, articleVersion),
                () -> QuarkusTransaction.joiningExisting().call(() -> Question.findWithOptions(questionId)
                        .map(LearnerQuestion::of).orElse(null))));
    }
}
