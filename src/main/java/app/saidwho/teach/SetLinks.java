package app.saidwho.teach;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/** Links to a teacher's set built from the review resource's own path, so a route change cannot leave them behind. */
final class SetLinks {
    private SetLinks() {
    }

    /** The review page of the set. */
    static URI review(String slug) {
        return reviewPage().build(slug);
    }

    /** The review page, scrolled to one question. */
    static URI question(String slug, long questionId) {
        return reviewPage().fragment("question-" + questionId).build(slug);
    }

    /** The review page with the sentence for what was just done ({@code ReviewPages.DONE}). */
    static URI done(String slug, String done) {
        return reviewPage().queryParam("done", done).build(slug);
    }

    /** The same, scrolled to one question. */
    static URI done(String slug, String done, long questionId) {
        return reviewPage().queryParam("done", done).fragment("question-" + questionId).build(slug);
    }

    /** The written answers still to score, at the one just scored. */
    static URI scored(String slug) {
        return UriBuilder.fromResource(ScoringPages.class).path(ScoringPages.class, "toScore").fragment("scored")
                .build(slug);
    }

    private static UriBuilder reviewPage() {
        return UriBuilder.fromResource(ReviewPages.class).path(ReviewPages.class, "review");
    }
}
