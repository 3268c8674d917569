package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and bodies an article names outside its quotations: full names from their first mention,
 * surnames, roles ("the press secretary") and bodies by their head word ("the agency"), each person's
 * gender as the article shows it, and every place a name is mentioned, for pronouns to point back to.
 */
final class NameTable {
    /** A name mentioned at an offset; {@code subject} when it stands before the sentence's verb, not after a preposition. */
    record Mention(int offset, String name, int sentence, boolean subject, boolean body, boolean speaker,
                   boolean prepositional, boolean opensSentence) {
        Mention(int offset, String name, int sentence, boolean subject, boolean body, boolean speaker,
                boolean prepositional) {
            this(offset, name, sentence, subject, body, speaker, prepositional, false);
        }

        Mention(int offset, String name, int sentence, boolean subject, boolean body, boolean speaker) {
            this(offset, name, sentence, subject, body, speaker, false);
        }

        Mention(int offset, String name, int sentence, boolean subject, boolean body) {
            this(offset, name, sentence, subject, body, false);
        }
    }

    final List<String> fullNames = new ArrayList<>();
    final Map<String, String> bySurname = new HashMap<>();
    /** Surnames two people of the article share ("Bill Clinton", "Hillary Clinton"): resolved by proximity only. */
    final Set<String> sharedSurnames = new HashSet<>();
    final Roles roles = new Roles();
    final Roles bodies = new Roles();
    final List<Mention> mentions = new ArrayList<>();
    /** People the article knows only by a title and a surname another person of the other gender has ("Mr. Doe"). */
    private final TitledSurnames titledPeople = new TitledSurnames();
    private final Map<Mention, Gender> sharedByTitle = new java.util.LinkedHashMap<>();
    private final GenderVotes genders = new GenderVotes();
    private final String text;

    NameTable(AnalyzedText doc, List<Quote> quotes) {
        this.text = doc.text();
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!s.token(i).is("PROPN") || Quote.anyEncloses(quotes, s.token(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end + 1 < s.size() && (s.token(end + 1).is("PROPN") && !s.token(end + 1).isWord("of")
                        || NameParts.bodyNameGoesOn(s, end + 1) > 0 || NameParts.titleGoesOn(s, end + 1) > 0)) {
                    int goesOn = Math.max(NameParts.bodyNameGoesOn(s, end + 1), NameParts.titleGoesOn(s, end + 1));
                    end = goesOn > 0 ? goesOn : end + 1;
                }
                record(s, i, end);
                i = end + 1;
            }
        }
        genders.settle(this);
        genders.countPronouns(doc, quotes, this);
        titledPeople.settle(mentions, genders);
        List<Mention> resolvedShared = new ArrayList<>();
        for (Map.Entry<Mention, Gender> entry : sharedByTitle.entrySet()) {
            // "Mrs. Quill" where two Quills are named: the one whose gender the title states; "Quill" alone:
            // the Quill the article names most. Settled once genders are known.
            Mention m = entry.getKey();
            List<String> fits = fullNames.stream().filter(f -> f.endsWith(" " + m.name()) && genderOf(f) == entry.getValue()).toList();
            String who = entry.getValue() != Gender.UNKNOWN ? (fits.size() == 1 ? fits.get(0) : null)
                    : mostMentioned(m.name(), Gender.UNKNOWN);
            if (who != null) {
                resolvedShared.add(new Mention(m.offset(), who, m.sentence(), m.subject(), false, false, m.prepositional()));
            }
        }
        resolvedShared.forEach(this::note);
    }

    /** "Clinton" alone, with no Clinton named just before: the one the article names most often, if one is. */
    String mostMentioned(String surname, Gender gender) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.name().endsWith(" " + surname) && genderOf(m.name()).agreesWith(gender)) {
                counts.merge(m.name(), 1, Integer::sum);
            }
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    private Mention mention(Sentence s, int first, int offset, String name, boolean body) {
        boolean opens = first == 0 || first == 1 && s.token(0).is("DET");
        return new Mention(offset, name, s.index(), isSubjectPosition(s, first), body, false, afterPreposition(s, first), opens);
    }

    Gender genderOf(String name) {
        return genders.of(name);
    }

    private void record(Sentence s, int first, int last) {
        int nameStart = NameParts.afterTitles(s, first, last);
        if (last + 1 < s.size() && s.token(last + 1).isWord("poll", "survey", "study") && !s.token(last + 1).isCapitalised()) {
            // "A Bloomberg poll shows …": "the poll" later in the article is that poll.
            bodies.add(s.token(last + 1).lower(), NameParts.withoutPossessive(joined(s, nameStart, last)) + " " + s.token(last + 1).lower());
        }
        List<String> parts = new ArrayList<>();
        for (int k = nameStart; k <= last; k++) {
            parts.add(NameParts.withoutPossessive(s.token(k).text()));
        }
        boolean describedAsCompany = first > 0 && SourceClassifier.isCompanyWord(s.token(first - 1));
        boolean modifier = last + 1 < s.size() && s.token(last + 1).is("NOUN") && s.token(last + 1).lower().endsWith("s");
        if (modifier && !describedAsCompany && parts.stream().anyMatch(p -> Words.ORGANISATION_WORDS.contains(p.toLowerCase(Locale.ROOT)))) {
            return; // "Senate Republican leaders", "GOP contenders": the body only describes who speaks
        }
        if (describedAsCompany || NameParts.isPlaceName(parts)
                || parts.stream().anyMatch(p -> Words.ORGANISATION_WORDS.contains(p.toLowerCase(Locale.ROOT)))) {
            String body = NameParts.withoutPossessive(joined(s, nameStart, last)).replaceFirst("^(?i)the ", "");
            bodies.add(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT), body);
            int connector = parts.indexOf("of") > 0 ? parts.indexOf("of") : parts.indexOf("for");
            if (connector > 0) {
                bodies.add(parts.get(connector - 1).toLowerCase(Locale.ROOT), body); // "the institute" of "Institute of …"
            }
            mentions.add(mention(s, first, s.token(nameStart).span().start(), body, true));
            return;
        }
        if (parts.size() >= 3 && first == 0 && !Gender.isFirstName(parts.get(0)) && Gender.isFirstName(parts.get(1))) {
            // "Midfielder Ann Ruiz praised …": a capitalised word opening the sentence before a first name is a label.
            nameStart++;
            parts.remove(0);
        }
        if (parts.size() >= 2 && nameStart == 0 && !Gender.isFirstName(parts.get(0))
                && JunkNames.writtenLowerCase(text, parts.get(0))) {
            // "Ask Ruiz for details", "Lake County": a sentence's first word the article also writes in lower case.
            nameStart++;
            parts.remove(0);
        }
        String name = canonical(NameParts.withoutPossessive(joined(s, nameStart, last)));
        int offset = s.token(nameStart).span().start();
        if (NameParts.endsInRole(s, first, last)) {
            // "The Health Secretary, Jane Doe, said": a role, and the person it names.
            roles.recordAppositive(s, first, last, this);
            return;
        }
        Gender titled = nameStart > 0 ? Gender.ofWord(s.token(nameStart - 1).text()) : Gender.UNKNOWN;
        boolean innerPossessive = s.tokens().subList(nameStart, last).stream().anyMatch(t -> t.text().matches(".*['’]s?"));
        if (parts.size() >= 2 && parts.size() <= 4 && parts.stream().allMatch(NameParts::looksLikeNamePart) && !innerPossessive) {
            addFullName(name, NameParts.surname(parts));
            genders.vote(name, titled, 3);
            genders.vote(name, Gender.ofFirstName(parts.get(0)), 1);
            mentions.add(mention(s, first, offset, name, false));
            roles.recordBefore(s, first, nameStart, name);
        } else if (parts.size() == 1 && bySurname.containsKey(name) && !sharedSurnames.contains(name)) {
            Mention m = mention(s, first, offset, bySurname.get(name), false);
            mentions.add(m);
            genders.voteSurname(name, titled);
            if (titled != Gender.UNKNOWN) {
                titledPeople.add(m, s.token(nameStart - 1).text() + " " + name, titled);
            }
        } else if (parts.size() == 1 && sharedSurnames.contains(name)) {
            sharedByTitle.put(mention(s, first, offset, name, false), titled);
        } else if (parts.size() == 1 && NameParts.looksLikeNamePart(name) && nameStart > first
                && Words.PERSONAL_TITLES.contains(s.token(nameStart - 1).lower())) {
            mentions.add(mention(s, first, offset, name, false));
            genders.vote(name, titled, 3);
        }
    }

    /** The name as the article first wrote it for this person ({@link NameParts#canonical}). */
    String canonical(String name) {
        return NameParts.canonical(name, fullNames);
    }

    private void addFullName(String name, String surname) {
        if (!fullNames.contains(name)) {
            fullNames.add(name);
        }
        String known = bySurname.putIfAbsent(surname, name);
        if (known != null && !known.equals(name) && !known.endsWith(" " + name) && !name.endsWith(" " + known)) {
            sharedSurnames.add(surname);
        }
    }

    /** Before any verb of the sentence and not the object of a preposition ("from Lake County"). */
    static boolean isSubjectPosition(Sentence s, int first) {
        boolean verbBefore = false;
        for (int k = 0; k < first; k++) {
            verbBefore |= s.token(k).is("VERB") || s.token(k).is("AUX");
        }
        if (verbBefore && !opensClause(s, first)) {
            return false;
        }
        return !afterPreposition(s, first);
    }

    /**
     * "from Lake County", "for Jon Pell and Tom Berg" (a name joined to a preposition's object is an object
     * too); not "of", whose object is often the person a phrase is about ("the speech of Mr. Diaz").
     */
    static boolean afterPreposition(Sentence s, int first) {
        int k = first - 1;
        while (k > 0 && (s.token(k).isWord("and", "&") || s.token(k).is("PROPN") || s.token(k).is("DET"))) {
            k--;
        }
        return k >= 0 && s.token(k).is("ADP") && !s.token(k).isWord("of");
    }

    /** "When pressed, Ruiz did apologise": a name after a comma with its verb right after it. */
    private static boolean opensClause(Sentence s, int first) {
        int after = first;
        while (after < s.size() && s.token(after).is("PROPN")) {
            after++;
        }
        return first > 0 && s.token(first - 1).text().equals(",") && after < s.size()
                && (s.token(after).is("VERB") || s.token(after).is("AUX"));
    }

    /** Tokens as written, so "Holtz-Eakin" stays one word; any run of spaces becomes one. */
    String joined(Sentence s, int first, int last) {
        return text.substring(s.token(first).span().start(), s.token(last).span().end()).replaceAll("\\s+", " ");
    }

    /** Remembers a person at an offset (a source mention, a resolved pronoun), keeping the mentions in text order. */
    void note(Mention mention) {
        int at = mentions.size();
        while (at > 0 && mentions.get(at - 1).offset() > mention.offset()) {
            at--;
        }
        mentions.add(at, mention);
    }

    boolean isKnownPerson(String name) {
        return name != null && (fullNames.contains(name) || titledPeople.contains(name) || bySurname.containsKey(name) || roles.names().contains(name));
    }
}
