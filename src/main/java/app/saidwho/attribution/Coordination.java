package app.saidwho.attribution;

/**
 * "Senators Ames, Bell and Cole said": names joined by "and" before a cue are one source, the group, as PolNeAR
 * marks it ("Republican presidential hopefuls Jeb Bush and Chris Christie"), not the last name of the list.
 */
final class Coordination {
    private Coordination() {
    }

    /**
     * The name ending at the cue widened to the names joined to it ("Bell and Cole", "Ames, Bell and Cole"), or
     * the name alone. ", and" takes a list of three or more ("Ames, Bell, and Cole"), since with two it more
     * often starts a new clause ("Diaz beat Ames, and Cole said"); a list after a verb or a preposition is an
     * object ("praised Bell and Cole said") and is left alone.
     */
    static Phrase widen(Phrase name) {
        Sentence s = name.sentence();
        int k = name.first() - 1;
        if (!isName(name) || k < 1 || !s.token(k).isWord("and", "&")) {
            return name;
        }
        boolean serialComma = s.token(k - 1).text().equals(",");
        Phrase previous = nameEndingAt(s, serialComma ? k - 2 : k - 1);
        if (previous == null) {
            return name;
        }
        int first = previous.first();
        int names = 2;
        for (Phrase more = nameBefore(s, first); more != null; more = nameBefore(s, first)) {
            first = more.first();
            names++;
        }
        if (serialComma && names < 3 || first > 0 && isObjectBefore(s.token(first - 1))) {
            return name;
        }
        return new Phrase(s, first, name.last(), name.headIndex());
    }

    /** ", Bell" before a list: the name before the comma, or null. */
    private static Phrase nameBefore(Sentence s, int first) {
        return first >= 2 && s.token(first - 1).text().equals(",") ? nameEndingAt(s, first - 2) : null;
    }

    private static Phrase nameEndingAt(Sentence s, int last) {
        return NounPhrases.endingAt(s, last).filter(Coordination::isName).orElse(null);
    }

    private static boolean isName(Phrase p) {
        return p.head().is("PROPN") && p.head().isCapitalised();
    }

    private static boolean isObjectBefore(Token t) {
        return t.is("VERB") || t.is("AUX") || t.is("ADP");
    }
}
