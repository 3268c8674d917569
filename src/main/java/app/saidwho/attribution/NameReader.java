package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.List;

/** Reads the name in a source phrase and finds it in the article's table ("Mr Vandal" → "Kiro Vandal"). */
final class NameReader {
    /** A shared surname is read as the person of that name mentioned within this many characters. */
    private static final int SHARED_SURNAME_REACH = 300;

    private NameReader() {
    }

    static MentionResolver.Resolved read(Phrase phrase, NameTable table, int offset) {
        Sentence s = phrase.sentence();
        if (phrase.head().is("PROPN") && s.token(phrase.first()).index() < phrase.last() && phrase.hasWord("and", "&")) {
            // "Senators Ames, Bell and Cole": the group as the article names it.
            return found(table.joined(s, NameParts.afterTitles(s, phrase.first(), phrase.last()), phrase.last()));
        }
        if (Words.ORGANISATION_WORDS.contains(phrase.head().lower())) {
            // "the Clinton campaign" is a body named "Clinton campaign", not the person Clinton.
            for (int k = phrase.first(); k <= phrase.last(); k++) {
                if (s.token(k).isCapitalised() && !s.token(k).is("DET")) {
                    return found(NameParts.withoutPossessive(table.joined(s, k, phrase.last())));
                }
            }
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
            } else if (!proper.isEmpty() && !name) {
                proper.clear();
            }
        }
        if (proper.isEmpty() || NameParts.endsInRole(s, properStart, properStart + proper.size() - 1)) {
            return MentionResolver.Resolved.NONE; // no name, or a role ("the Health Secretary"): the caller reads roles
        }
        String name = NameParts.withoutPossessive(table.joined(s, properStart, properStart + proper.size() - 1));
        Gender titled = properStart > 0 ? Gender.ofWord(s.token(properStart - 1).text()) : Gender.UNKNOWN;
        return inTable(table, name, proper.size(), titled, offset);
    }

    private static MentionResolver.Resolved inTable(NameTable table, String name, int words, Gender titled, int offset) {
        String surname = NameParts.withoutPossessive(name.substring(name.lastIndexOf(' ') + 1));
        if (words == 1 && table.sharedSurnames.contains(surname)) {
            return found(nearestWithSurname(table, surname, titled, offset));
        }
        if (words == 1 && table.bySurname.containsKey(surname)) {
            return found(table.bySurname.get(surname));
        }
        // "Jane Doe" for "Doe"; "Ann Ruiz" for "Midfielder Ann Ruiz", a label the table left out.
        return found(table.fullNames.stream().filter(f -> f.endsWith(" " + name)
                || name.endsWith(" " + f) && f.indexOf(' ') > 0 && Gender.isFirstName(f.substring(0, f.indexOf(' ')))).findFirst()
                .orElse(name).replaceFirst("^(?i)the ", ""));
    }

    /** For a shared surname: the person of that name (and of the title's gender) mentioned last, shortly before. */
    private static String nearestWithSurname(NameTable table, String surname, Gender titled, int offset) {
        if (titled != Gender.UNKNOWN) {
            List<String> same = table.fullNames.stream().filter(f -> f.endsWith(" " + surname)).toList();
            List<String> known = same.stream().filter(f -> table.genderOf(f) == titled).toList();
            List<String> agreeing = same.stream().filter(f -> table.genderOf(f).agreesWith(titled)).toList();
            if (known.size() == 1 || agreeing.size() == 1) {
                return known.size() == 1 ? known.get(0) : agreeing.get(0);
            }
        }
        for (int i = table.mentions.size() - 1; i >= 0; i--) {
            NameTable.Mention m = table.mentions.get(i);
            if (m.offset() < offset && offset - m.offset() < SHARED_SURNAME_REACH && m.name().endsWith(" " + surname)
                    && table.genderOf(m.name()).agreesWith(titled)) {
                return m.name();
            }
        }
        return table.mostMentioned(surname, titled);
    }

    private static MentionResolver.Resolved found(String name) {
        return new MentionResolver.Resolved(name, false);
    }
}
