package app.saidwho.api;

import app.saidwho.web.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The checks every article body sent to the API passes before the engine sees it. */
final class ArticleBodies {
    private ArticleBodies() {
    }

    /** The body as UTF-8; bytes that are not UTF-8 are refused, never replaced silently. */
    static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "The body is not valid UTF-8: send the article as text/plain; charset=UTF-8.");
        }
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
