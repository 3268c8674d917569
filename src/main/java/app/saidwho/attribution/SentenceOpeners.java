package app.saidwho.attribution;

/** The pass for sentence openers that attribute the rest of the sentence: {@code Graham: …} and {@code In a CNN poll, …}. */
final class SentenceOpeners implements Sieve {
    private static final CueLexicon.Entry IN = new CueLexicon.Entry("in", Stance.NEUTRAL, null);

    private final DraftBook book;

    SentenceOpeners(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        sentenceOpeners();
    }

    /**
     * Sentence openers that attribute the rest of the sentence: a headline's {@code Graham: Lopez's rhetoric
     * destroying GOP's chance}, and {@code In a CNN poll, Clinton held a 24-point lead}.
     */
    private void sentenceOpeners() {
        for (Sentence s : book.doc.sentences()) {
            if (s.size() < 5 || book.drafts.stream().anyMatch(d -> d.content().overlaps(s.span()))) {
                continue;
            }
            headlineColon(s);
            inReport(s);
        }
    }

    private void headlineColon(Sentence s) {
        for (int k = 1; k <= 6 && k < s.size() - 3; k++) {
            Token t = s.token(k);
            if (t.is("VERB") || t.is("AUX") || t.isQuoteMark()) {
                return;
            }
            if (t.text().equals(":")) {
                final int colon = k;
                NounPhrases.endingAt(s, k - 1)
                        .filter(p -> p.first() == 0 && p.head().isCapitalised())
                        .ifPresent(p -> {
                            CharSpan content = s.spanOf(colon + 1, s.lastWord() + 1);
                            book.usedCues.add(DraftBook.key(s, colon));
                            book.drafts.add(new Draft(new SourceFinder.Found(p, null, false), null, s, colon, DraftBook.COLON,
                                    t.span(), content, Rule.HEADLINE_COLON));
                        });
                return;
            }
        }
    }

    private void inReport(Sentence s) {
        if (!s.token(0).isWord("in")) {
            return;
        }
        for (int k = 2; k <= 10 && k < s.size() - 3; k++) {
            if (s.token(k).text().equals(",")) {
                final int comma = k;
                NounPhrases.endingAt(s, k - 1)
                        .filter(p -> p.first() >= 1 && Words.REPORT_HEADS.contains(p.head().lower()))
                        .ifPresent(p -> {
                            book.usedCues.add(DraftBook.key(s, 0));
                            book.drafts.add(new Draft(new SourceFinder.Found(p, null, false), null, s, 0, IN,
                                    s.token(0).span(), s.spanOf(comma + 1, s.lastWord() + 1), Rule.IN_REPORT));
                        });
                return;
            }
            if (s.token(k).is("VERB")) {
                return;
            }
        }
    }
}
