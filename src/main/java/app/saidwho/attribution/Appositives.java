package app.saidwho.attribution;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phrases set off by commas, dashes or brackets between a name and its cue ("Jane Holt, a teacher, said"). */
final class Appositives {
    private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    private Appositives() {
    }

    /** "Jane Holt, a Democrat and a critic of the mayor, had labelled ...": skip the inserted phrase. */
    static Optional<SourceFinder.Found> appositive(Sentence s, int closingComma) {
        int quoteMarks = 0;
        int firstMark = -1;
        Phrase best = null;
        for (int k = closingComma - 1; k > 0 && closingComma - k <= 30; k--) {
            Token t = s.token(k);
            if (t.isQuoteMark() && ++quoteMarks > 2) {
                // A quoted title inside the insertion is passed over; a third mark is the quotation itself.
                break;
            }
            if (!isInsertionMark(t)) {
                continue;
            }
            firstMark = firstMark < 0 ? k : firstMark;
            int end = s.token(k - 1).text().equals(")") ? openingBracket(s, k - 1) - 1 : k - 1;
            Optional<Phrase> named = NounPhrases.endingAt(s, end)
                    .filter(p -> p.head().is("PROPN") || NounPhrases.isPersonalPronoun(p.head()) || p.first() == 0);
            if (named.isPresent() && isPartyTag(named.get())) {
                continue; // "Sen. Ana Ruiz, R-Ohio, a candidate, said": the tag belongs to the name before it
            }
            if (named.isPresent() && k == firstMark && isLabel(s, named.get())) {
                // "Campaigner, Jane Doe, said": a label opening the sentence, then the person it names.
                final int opening = k;
                Optional<Phrase> inner = NounPhrases.endingAt(s, closingComma - 1)
                        .filter(p -> p.first() == opening + 1 && p.head().is("PROPN") && Gender.isFirstName(s.token(p.first()).text()));
                if (inner.isPresent()) {
                    return inner.map(p -> new SourceFinder.Found(p, null, false));
                }
            }
            if (named.isPresent()) {
                boolean place = named.get().first() > 0 && s.token(named.get().first() - 1).is("ADP");
                if (best == null || !place) {
                    // "Cecily Purn, 67, a clerk in Allentown, Pa., said": the leftmost name, not the place.
                    best = named.get();
                }
                if (!place) {
                    break;
                }
            } else if (best == null && k == firstMark) {
                // "Another delegate on the slate, Jim Poolman, said": the name set off by commas.
                final int opening = k;
                Optional<Phrase> inner = NounPhrases.endingAt(s, closingComma - 1)
                        .filter(p -> p.first() == opening + 1 && p.head().is("PROPN"));
                if (inner.isPresent()) {
                    return inner.map(p -> new SourceFinder.Found(p, null, false));
                }
            }
        }
        return Optional.ofNullable(best).map(p -> new SourceFinder.Found(p, null, false));
    }

    /** "R-S.C.", "D-Ore.": a party and a state, never a source of its own. */
    private static boolean isPartyTag(Phrase phrase) {
        return phrase.size() == 1 && PARTY_TAG.matcher(phrase.head().text()).matches();
    }

    /** One capitalised word opening the sentence that is no one's first name ("Campaigner", "Economist"). */
    private static boolean isLabel(Sentence s, Phrase phrase) {
        return phrase.first() == 0 && phrase.size() == 1 && !Gender.isFirstName(phrase.head().text());
    }

    /** "(R-Ohio)" after a name: the index of its opening bracket, or -1. */
    static int openingBracket(Sentence s, int closing) {
        for (int k = closing - 1; k >= 0 && closing - k <= 8; k--) {
            if (s.token(k).text().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    /** Commas and dashes set off an inserted phrase: "Jason Sims — a teacher from Ohio — says". */
    static boolean isInsertionMark(Token t) {
        return t.text().equals(",") || t.text().equals("—") || t.text().equals("–") || t.text().equals("--");
    }
}
