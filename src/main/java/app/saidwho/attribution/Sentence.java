package app.saidwho.attribution;

import java.util.List;

/** A sentence with its tokens; token indexes count within the sentence. */
public record Sentence(int index, CharSpan span, List<Token> tokens, int paragraph) {

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The index of the first token that starts at or after the offset, or size() if none. */
    public int tokenAt(int offset) {
        for (Token token : tokens) {
            if (token.span().end() > offset) {
                return token.index();
            }
        }
        return tokens.size();
    }

    /** The index of the last token before closing punctuation (". ! ? ;"). */
    public int lastWord() {
        int last = size() - 1;
        while (last > 0 && token(last).isWord(".", "!", "?", ";")) {
            last--;
        }
        return last;
    }

    public CharSpan spanOf(int fromToken, int toTokenExclusive) {
        return new CharSpan(tokens.get(fromToken).span().start(), tokens.get(toTokenExclusive - 1).span().end());
    }
}
