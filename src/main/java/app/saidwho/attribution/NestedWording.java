package app.saidwho.attribution;

/** The pass that drops attributions nested in another's content that are only that speaker's wording. */
final class NestedWording implements Sieve {
    private final DraftBook book;

    NestedWording(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        book.drafts.removeIf(this::isDoubtfulNested);
    }

    /**
     * An attribution inside another's content counts only when it reports, with a neutral verb, a named third
     * party speaking ("said that President Diaz asked Reed to …"); "what she calls", "items labeled", "Americans
     * will say", "X blasted Y" inside someone's statement are that speaker's wording.
     */
    private boolean isDoubtfulNested(Draft d) {
        if (d.cueSpan() == null || d.source() == null || d.inheritFrom() != null
                || book.hasHeirs(d)) {
            return false;
        }
        boolean nested = book.drafts.stream().anyMatch(e -> e != d && e.content().contains(d.cueSpan())
                && e.content().contains(d.content()));
        if (!nested) {
            return false;
        }
        Token cue = d.cueSentence().token(d.cueToken());
        Phrase mention = d.source().mention();
        boolean named = mention.has("PROPN") && !mention.sentence().token(mention.first()).is("DET")
                && !Words.VAGUE_HEADS.contains(mention.head().lower()) && !DraftBook.isPossessive(mention.head());
        return !(named && !d.cue().has(CueLexicon.Flag.LABELLING) && d.cue().stance() == Stance.NEUTRAL && !cue.lower().endsWith("ing"));
    }
}
