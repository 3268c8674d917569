package app.saidwho.attribution;

/** What the cue pass asks of the words around a cue: who wrote a report, is it a forecast, may this source say it. */
final class CueClauses {
    private CueClauses() {
    }

    /** "The league issued a statement saying …": the statement's author is the source, the statement its channel. */
    static SourceFinder.Found authorOf(Sentence s, SourceFinder.Found found) {
        Phrase mention = found.mention();
        int verb = mention.first() - 1;
        if (verb < 1 || !s.token(verb).is("VERB") || !Words.REPORT_HEADS.contains(mention.head().lower())) {
            return found;
        }
        return SourceFinder.before(s, verb).orElse(found);
    }

    /** {@code Lopez is expected to speak tonight}: a forecast whose source the article does not give. */
    static boolean isExpectation(Sentence s, int c, CueLexicon.Entry entry) {
        return entry.lemma().equals("expect") && c >= 1 && c + 1 < s.size()
                && s.token(c - 1).isWord("is", "are", "was", "were", "be") && s.token(c + 1).isWord("to");
    }

    /**
     * "…, the White House has announced, days after …": when a clause ends in a comma before the source and
     * the cue is followed by punctuation or a preposition, what follows the cue is not its content.
     */
    static boolean startsContent(Sentence s, int k) {
        return k < s.size() && (s.token(k).isWord("that", ":") || s.token(k).isQuoteMark());
    }

    /**
     * "seems" and "appears" report a person's impression ("she seemed to agree"); with any other subject they
     * are the writer's inference, and "appeared on television" is no attribution at all. A date is never a source.
     */
    static boolean plausibleForVerb(CueLexicon.Entry entry, SourceFinder.Found source, Sentence s, int c) {
        if (!entry.lemma().equals("seem") && !entry.lemma().equals("appear")) {
            return !SubjectGaps.isDate(source.mention().head());
        }
        Token head = source.mention().head();
        boolean impression = c + 1 < s.size() && (s.token(c + 1).isWord("to", "that") || s.token(c + 1).is("ADJ"));
        return impression && (head.is("PROPN") || Words.PERSON_PRONOUNS.contains(head.lower()));
    }

    /**
     * Inside a quotation only a third party named in full is reported as speaking ("President Ann Diaz asked
     * Y to …"); "I think", "he wants" or "Obama talking about" is the speaker's own wording.
     */
    static boolean isThirdPartyInQuote(SourceFinder.Found source, Token cue, CueLexicon.Entry entry) {
        Phrase mention = source.mention();
        return mention.head().is("PROPN") && mention.size() >= 2 && !mention.sentence().token(mention.first()).is("DET")
                && entry.stance() != Stance.BELIEF && !cue.lower().endsWith("ing");
    }

    /**
     * What may nest this attribution in an earlier one: its cue, when a third party is named ("said that
     * Lopez told …"); a pronoun subject inside earlier content ("said he feels …") is the same speaker going
     * on, so nothing may nest it.
     */
    static CharSpan nestingAnchor(SourceFinder.Found source, CharSpan cue) {
        return source.mention().head().is("PRON") ? null : cue;
    }
}
