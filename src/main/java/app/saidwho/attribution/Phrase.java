package app.saidwho.attribution;

/**
 * A run of tokens in one sentence, first and last inclusive, with the index of its head word: the last
 * token, except in a phrase with a tail after its head ("Jane Doe of the Daily Ledger", "people familiar
 * with the matter").
 */
record Phrase(Sentence sentence, int first, int last, int headIndex) {

    Phrase(Sentence sentence, int first, int last) {
        this(sentence, first, last, last);
    }

    CharSpan span() {
        return sentence.spanOf(first, last + 1);
    }

    Token head() {
        return sentence.token(headIndex);
    }

    int size() {
        return last - first + 1;
    }

    boolean has(String tag) {
        for (int i = first; i <= last; i++) {
            if (sentence.token(i).is(tag)) {
                return true;
            }
        }
        return false;
    }

    boolean hasWord(String... words) {
        for (int i = first; i <= last; i++) {
            if (sentence.token(i).isWord(words)) {
                return true;
            }
        }
        return false;
    }
}
