package app.saidwho.attribution;

/** The pass that drops a belief verb claiming a quotation ("Democrats believe "…""). */
final class BeliefAboutQuotation implements Sieve {
    private final DraftBook book;

    BeliefAboutQuotation(DraftBook book) {
        this.book = book;
    }

    @Override
    public void run() {
        book.drafts.removeIf(this::isBeliefAboutAQuotation);
    }

    /**
     * "Democrats believe "…"", "what she sees as "…"": a belief verb reports a thought, so it cannot tell whose
     * exact words a quotation holds (on PolNeAR train half of these named the wrong speaker); the quotation
     * is left to the later passes.
     */
    private boolean isBeliefAboutAQuotation(Draft d) {
        return d.cue() != null && d.cue().stance() == Stance.BELIEF && book.isQuotation(d.content())
                && !book.hasHeirs(d);
    }
}
