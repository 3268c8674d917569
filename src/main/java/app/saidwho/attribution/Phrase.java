package app.saidwho.attribution;

/** A run of tokens in one sentence, first and last inclusive. */
record Phrase(Sentence sentence, int first, int last) {

    CharSpan span() {
        return sentence.spanOf(first, last + 1);
    }

    Token head() {
        return sentence.token(last);
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
