package app.saidwho.api;

import app.saidwho.web.ApiException;

/** The checks every article body sent to the API passes before the engine sees it. */
final class ArticleBodies {
    private ArticleBodies() {
    }

    static void check(String article, int maxCharacters) {
        if (article == null || article.isBlank()) {
            throw new ApiException(400, "The body is empty: send the article as text/plain; charset=UTF-8.");
        }
        if (article.length() > maxCharacters) {
            throw new ApiException(413, "The article has " + article.length() + " characters; the limit is "
                    + maxCharacters + ".");
        }
    }
}
