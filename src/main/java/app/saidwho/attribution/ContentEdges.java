package app.saidwho.attribution;

import java.util.Optional;
import java.util.Set;

/**
 * Where a content span after its cue starts and ends: the words around what was said that are not part of it
 * (when and to whom it was said, a cue's particle, the bracket of an aside), as PolNeAR marks content.
 */
final class ContentEdges {
    /** Verbs whose object is whom the words were said to ("told reporters he …", "assured voters they …"). */
    static final Set<String> LISTENER_LEMMAS = Set.of("tell", "ask", "assure", "warn", "remind", "inform");

    private ContentEdges() {
    }

    /**
     * "acknowledged Sunday that …", "said on Tuesday night his …", "vowed last month to …": when the speech took
     * place is no part of what was said (PolNeAR starts the content after it); not when a verb follows, where
     * the day may be the clause's subject ("said Monday was the deadline").
     */
    static int afterTimePhrase(Sentence s, int first, int last) {
        if (first > last) {
            return first; // the cue ends the sentence
        }
        int k = s.token(first).isWord("on") ? first + 1 : first;
        if (k <= last && SubjectGaps.isDate(s.token(k))) {
            k++;
        } else if (k < last && s.token(k).isWord("last", "this", "earlier") && Words.TIME_NOUNS.contains(s.token(k + 1).lower())) {
            k += 2;
        } else {
            return first;
        }
        if (k <= last && Words.TIME_NOUNS.contains(s.token(k).lower())) {
            k++; // "Tuesday night"
        }
        boolean clauseFollows = k <= last && (s.token(k).is("VERB") || s.token(k).is("AUX"));
        return k <= last && !clauseFollows && !s.token(k).isWord("'s", "’s") ? k : first;
    }

    /**
     * "told reporters he would run", "assured voters they …", "asked Ruiz how high the wall would be": whom the
     * words were said to is no part of them; the content starts at the clause after the listener (its subject
     * pronoun, or for "ask" its question word). Anything else after the listener stays as it was.
     */
    static int afterListener(Sentence s, int first, int last, CueLexicon.Entry entry) {
        Optional<Phrase> listener = NounPhrases.startingAt(s, first);
        if (listener.isEmpty() || listener.get().last() + 2 > last) {
            return first;
        }
        int next = listener.get().last() + 1;
        Token t = s.token(next);
        boolean subject = t.isWord("he", "she", "they", "we", "i", "it", "you")
                && (s.token(next + 1).is("VERB") || s.token(next + 1).is("AUX"));
        boolean question = entry.lemma().equals("ask") && t.isWord("how", "why", "whether", "if", "what", "when", "where", "who");
        return subject || question ? next : first;
    }

    /**
     * "(Ruiz writes that the fee would rise.)": the closing bracket of an aside the content does not open
     * is no part of it, nor is the full stop inside it.
     */
    static int withoutStrayBracket(Sentence s, int first, int last) {
        int end = last;
        if (end > first && s.token(end).text().equals(")")) {
            for (int k = first; k < end; k++) {
                if (s.token(k).text().equals("(")) {
                    return last;
                }
            }
            end--;
            while (end > first && s.token(end).isWord(".", "!", "?", ",", ";")) {
                end--;
            }
        }
        return end;
    }

    /**
     * "called for a ban", "pointed out that …", "referred to the deal as …": the particle or preposition right
     * after the verb belongs to the cue (as PolNeAR marks it), the content starts after it; an infinitive's "to"
     * ("vowed to fight", "vowed to “fight”") is content.
     */
    static int afterCueParticle(Sentence s, int first, int last) {
        Token t = s.token(first);
        // "vowed to fight", and "vowed to “take our fight”" with the verb inside the quotation
        int verb = first + 1 <= last && s.token(first + 1).isQuoteMark() ? first + 2 : first + 1;
        boolean infinitive = t.isWord("to") && verb <= last && (s.token(verb).is("VERB") || s.token(verb).is("AUX"));
        boolean particle = Words.CUE_PARTICLES.contains(t.lower()) && !infinitive;
        return particle && first < last ? first + 1 : first;
    }
}
