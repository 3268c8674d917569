package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article says about each person's gender: a title before the name ("Mrs. Quill", weighed most),
 * the pronouns of sentences that name only that person ("Quill opened her bakery"), and the first name
 * when it is on one of the shipped lists only.
 */
final class GenderVotes {
    private record SurnameVote(String surname, Gender gender) {
    }

    private final Map<String, int[]> votes = new HashMap<>();
    private final List<SurnameVote> surnameVotes = new ArrayList<>();

    void vote(String name, Gender gender, int weight) {
        if (gender != Gender.UNKNOWN) {
            votes.computeIfAbsent(name, n -> new int[2])[gender.ordinal()] += weight;
        }
    }

    /** A title before a surname alone ("Mr. Vandal"): counted once the surnames of the article are known. */
    void voteSurname(String surname, Gender gender) {
        if (gender != Gender.UNKNOWN) {
            surnameVotes.add(new SurnameVote(surname, gender));
        }
    }

    /** Gives each surname's title votes to its full name; for a shared surname, to the one named person whose first name agrees. */
    void settle(NameTable table) {
        for (SurnameVote v : surnameVotes) {
            if (!table.sharedSurnames.contains(v.surname())) {
                vote(table.bySurname.get(v.surname()), v.gender(), 3);
            }
        }
    }

    /**
     * Outside quotations, the pronouns after a name and before the next person's name speak of that person
     * ("Quill opened her bakery"); a stretch with both "he" and "she" tells nothing.
     */
    void countPronouns(AnalyzedText doc, List<Quote> quotes, NameTable table) {
        List<NameTable.Mention> people = table.mentions.stream().filter(m -> !m.body()).toList();
        for (int i = 0; i < people.size(); i++) {
            NameTable.Mention m = people.get(i);
            int until = i + 1 < people.size() && people.get(i + 1).sentence() == m.sentence()
                    ? people.get(i + 1).offset() : Integer.MAX_VALUE;
            if (until != Integer.MAX_VALUE && people.get(i + 1).name().equals(m.name())) {
                continue;
            }
            vote(m.name(), pronounsBetween(doc.sentences().get(m.sentence()), m.offset(), until, quotes), 1);
        }
    }

    private static Gender pronounsBetween(Sentence s, int from, int until, List<Quote> quotes) {
        Gender found = Gender.UNKNOWN;
        for (Token t : s.tokens()) {
            boolean inside = t.span().start() > from && t.span().start() < until;
            Gender g = inside && t.is("PRON") && !Quote.anyEncloses(quotes, t) && !isObject(s, t)
                    ? Gender.ofWord(t.text()) : Gender.UNKNOWN;
            if (g != Gender.UNKNOWN && found != Gender.UNKNOWN && g != found) {
                return Gender.UNKNOWN;
            }
            found = g == Gender.UNKNOWN ? found : g;
        }
        return found;
    }

    /**
     * "Ann Holt thanked him", "Ann Holt met her there": an object pronoun in the sentence that names a
     * person is most often someone else; "he", "she" and a possessive ("her bakery") speak of the person.
     */
    private static boolean isObject(Sentence s, Token t) {
        if (t.isWord("him")) {
            return true;
        }
        if (!t.isWord("her")) {
            return false;
        }
        Token next = t.index() + 1 < s.size() ? s.token(t.index() + 1) : null;
        return next == null || !(next.is("NOUN") || next.is("ADJ") || next.is("PROPN") || next.is("NUM"));
    }

    Gender of(String name) {
        int[] v = votes.get(name);
        if (v == null || v[0] == v[1]) {
            return Gender.UNKNOWN;
        }
        return v[0] > v[1] ? Gender.MALE : Gender.FEMALE;
    }
}
