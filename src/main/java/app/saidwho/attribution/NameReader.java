package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the name in a source phrase and finds it in the article's table ("Mr Vandal" → "Kiro Vandal"). */
final class NameReader {
    /** A shared surname is read as the person of that name mentioned within this many characters. */
    private static final int SHARED_SURNAME_REACH = 300;
    /** Two people the mention fits equally: no name, and no confidence in one. */
    /** " of Ohio", " from the Ledger" after a name in a group, up to the next "and" or comma. */
    private static final Pattern PLACE_AFTER_NAME =
            Pattern.compile(" (?:of|in|from|at|on) (?:the )?\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*(?=,| and |$)");
    private static final MentionResolver.Resolved UNTOLD = new MentionResolver.Resolved(null, true);

    private NameReader() {
    }

    static MentionResolver.Resolved read(Phrase phrase, NameTable table, int offset) {
        Sentence s = phrase.sentence();
        if (phrase.head().is("PROPN") && s.token(phrase.first()).index() < phrase.last() && phrase.hasWord("and", "&")
                && !NameParts.isTitle(phrase.head())) { // "the Health and Social Care Secretary" is one role
            // "Senators Ames, Bell and Cole": the group as the article names it.
            int person = personBeforePlace(phrase);
            if (person < 0) {
                return found(table.joined(s, groupStart(s, phrase), phrase.last()));
            }
            // "Tom Ames of Ohio and Ben Cole of Texas": the two people, their places left out (the "of" is no title's).
            int start = groupStart(s, new Phrase(s, phrase.first(), person, person));
            return found(PLACE_AFTER_NAME.matcher(table.joined(s, start, phrase.last())).replaceAll(""));
        }
        if (Words.ORGANISATION_WORDS.contains(phrase.head().lower())) {
            // "the Clinton campaign" is a body named "Clinton campaign", not the person Clinton.
            for (int k = phrase.first(); k <= phrase.last(); k++) {
                if (s.token(k).isCapitalised() && !s.token(k).is("DET")) {
                    return found(NameParts.withoutPossessive(table.joined(s, k, phrase.last())));
                }
            }
        }
        int person = personBeforePlace(phrase);
        if (person >= 0) {
            // "Jason Ames of Cheyenne", "Ana Ruiz in The Ledger": the person, not the place or the outlet.
            return inTable(table, table.joined(s, person, nameEnd(s, person)), nameEnd(s, person) - person + 1, null, offset);
        }
        int nameFrom = NameParts.afterTitles(s, phrase.first(), phrase.headIndex());
        List<String> proper = new ArrayList<>();
        int properStart = -1;
        for (int k = nameFrom; k <= phrase.headIndex(); k++) {
            Token t = s.token(k);
            boolean name = t.is("PROPN") || t.isCapitalised() && !t.is("DET") && !t.is("PRON");
            if (name && !(proper.isEmpty() && NameParts.isTitle(t))) {
                if (proper.isEmpty()) {
                    properStart = k;
                }
                proper.add(t.text());
            } else if (!proper.isEmpty() && NameParts.bodyNameGoesOn(s, k) > 0) {
                // "the Center for Public Integrity": one body's name, not "Public Integrity".
                for (int j = k; j < NameParts.bodyNameGoesOn(s, k); j++) {
                    proper.add(s.token(j).text());
                }
                k = NameParts.bodyNameGoesOn(s, k) - 1;
            } else if (!proper.isEmpty() && !name) {
                proper.clear();
            }
        }
        if (proper.isEmpty() || NameParts.endsInRole(s, properStart, properStart + proper.size() - 1)) {
            return MentionResolver.Resolved.NONE; // no name, or a role ("the Health Secretary"): the caller reads roles
        }
        String name = NameParts.withoutPossessive(table.joined(s, properStart, properStart + proper.size() - 1));
        Gender titled = properStart > 0 ? Gender.ofWord(s.token(properStart - 1).text()) : Gender.UNKNOWN;
        String title = titled == Gender.UNKNOWN ? null : s.token(properStart - 1).text();
        return inTable(table, name, proper.size(), title, offset);
    }

    /**
     * The first word of a person named in full (a given name, then more of the name) before "of", "in",
     * "from", "at" or "on" and another capitalised name inside the phrase: where the person lives or writes
     * ("Ana Ruiz of Cheyenne", "wrote Ana Ruiz in The Ledger"); else -1. Not a body's name ("Bank of Ohio").
     */
    private static int personBeforePlace(Phrase phrase) {
        Sentence s = phrase.sentence();
        for (int k = phrase.first(); k < phrase.headIndex(); k++) {
            int end = nameEnd(s, k);
            int next = end + 2 < s.size() && s.token(end + 2).isWord("the") ? end + 3 : end + 2;
            boolean startsName = k == phrase.first() || !s.token(k - 1).is("PROPN") || NameParts.isTitle(s.token(k - 1));
            if (startsName && Gender.isFirstName(s.token(k).text()) && end > k && end < phrase.headIndex()
                    && s.token(end + 1).isWord("of", "in", "from", "at", "on") && next <= phrase.headIndex()
                    && s.token(next).isCapitalised() && !Words.ORGANISATION_WORDS.contains(s.token(end).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** The last word of the run of proper nouns from {@code first} ("Ana Ruiz" in "Ana Ruiz of Cheyenne"). */
    private static int nameEnd(Sentence s, int first) {
        int end = first;
        while (end + 1 < s.size() && s.token(end + 1).is("PROPN") && !NameParts.isTitle(s.token(end + 1))) {
            end++;
        }
        return end;
    }

    /** "Republican hopefuls Jeb Ames and Chris Cole": the group's names start after its titles and labels. */
    private static int groupStart(Sentence s, Phrase phrase) {
        int start = NameParts.afterTitles(s, phrase.first(), phrase.last());
        for (int k = start; k < phrase.last() && !s.token(k).isWord("and", "&", ","); k++) {
            if (!s.token(k).isCapitalised() && !s.token(k).is("DET")) {
                start = NameParts.afterTitles(s, k + 1, phrase.last());
            }
        }
        return start;
    }

    private static MentionResolver.Resolved inTable(NameTable table, String name, int words, String title, int offset) {
        String surname = NameParts.withoutPossessive(name.substring(name.lastIndexOf(' ') + 1));
        Gender titled = title == null ? Gender.UNKNOWN : Gender.ofWord(title);
        if (words == 1 && table.sharedSurnames.contains(surname)) {
            return nearestWithSurname(table, surname, titled, offset);
        }
        if (words == 1 && table.bySurname.containsKey(surname)) {
            // "Mr. Doe" when the article names only Jane Doe: her husband, not her.
            String full = table.bySurname.get(surname);
            return found(table.genderOf(full).agreesWith(titled) ? full : title + " " + surname);
        }
        // "Jane Doe" for "Doe"; "Ann Ruiz" for "Midfielder Ann Ruiz", a label the table left out.
        String canonical = table.canonical(name);
        if (!canonical.equals(name)) {
            return found(canonical);
        }
        return found(table.fullNames.stream().filter(f -> f.endsWith(" " + name)
                || name.endsWith(" " + f) && f.indexOf(' ') > 0 && Gender.isFirstName(f.substring(0, f.indexOf(' ')))).findFirst()
                .orElse(name).replaceFirst("^(?i)the ", ""));
    }

    /**
     * For a shared surname: the one person of the title's gender ("Mrs. Doe" when Jane and Carl Doe are
     * named); else the one of them (of that gender) named shortly before; else the one the article names
     * most, only a likely reading (uncertain). Two of them named just before: nobody ("Doe said").
     */
    private static MentionResolver.Resolved nearestWithSurname(NameTable table, String surname, Gender titled, int offset) {
        List<String> same = table.fullNames.stream().filter(f -> f.endsWith(" " + surname)).toList();
        if (titled != Gender.UNKNOWN) {
            List<String> known = same.stream().filter(f -> table.genderOf(f) == titled).toList();
            List<String> agreeing = same.stream().filter(f -> table.genderOf(f).agreesWith(titled)).toList();
            if (known.size() == 1 || agreeing.size() == 1) {
                return found(known.size() == 1 ? known.get(0) : agreeing.get(0));
            }
            if (agreeing.isEmpty()) {
                return UNTOLD;
            }
        }
        Set<String> near = new LinkedHashSet<>();
        for (int i = table.mentions.size() - 1; i >= 0; i--) {
            NameTable.Mention m = table.mentions.get(i);
            if (m.offset() < offset && offset - m.offset() < SHARED_SURNAME_REACH && same.contains(m.name())
                    && table.genderOf(m.name()).agreesWith(titled)) {
                near.add(m.name());
            }
        }
        if (near.size() == 1) {
            return found(near.iterator().next());
        }
        String most = near.isEmpty() ? table.mostMentioned(surname, titled) : null;
        return most == null ? UNTOLD : new MentionResolver.Resolved(most, true);
    }

    private static MentionResolver.Resolved found(String name) {
        return new MentionResolver.Resolved(name, false);
    }
}
