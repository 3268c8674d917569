package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a source mention to one entity of the article, from an article-wide table of names: full
 * names from their first mention, surnames to full names, roles ("the president") to the person named
 * with that title, pronouns to the most recent person mentioned before them outside quotations.
 */
final class MentionResolver {
    /** A person named at an offset: what later pronouns can point back to. */
    private record Occurrence(int offset, String name) {
    }

    private final List<String> fullNames = new ArrayList<>();
    private final Map<String, String> bySurname = new HashMap<>();
    private final Map<String, String> byRole = new HashMap<>();
    private final Set<String> ambiguousRoles = new HashSet<>();
    private final List<Occurrence> people = new ArrayList<>();
    /** Surnames two people of the article share ("Bill Clinton", "Hillary Clinton"): resolved by proximity only. */
    private final Set<String> sharedSurnames = new HashSet<>();

    private final String text;

    MentionResolver(AnalyzedText doc, List<Quote> quotes) {
        this.text = doc.text();
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!s.token(i).is("PROPN") || insideQuote(s.token(i), quotes)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end + 1 < s.size() && s.token(end + 1).is("PROPN") && !s.token(end + 1).isWord("of")) {
                    end++;
                }
                record(s, i, end);
                i = end + 1;
            }
        }
    }

    private void record(Sentence s, int first, int last) {
        int nameStart = afterTitles(s, first, last);
        List<String> parts = new ArrayList<>();
        for (int k = nameStart; k <= last; k++) {
            parts.add(withoutPossessive(s.token(k).text()));
        }
        if (parts.stream().anyMatch(p -> Words.ORGANISATION_WORDS.contains(p.toLowerCase(Locale.ROOT)))) {
            return;
        }
        String name = withoutPossessive(joined(s, nameStart, last));
        int offset = s.token(nameStart).span().start();
        if (parts.size() >= 2 && parts.size() <= 4 && parts.stream().allMatch(MentionResolver::looksLikeNamePart)) {
            if (!fullNames.contains(name)) {
                fullNames.add(name);
            }
            String surname = parts.get(parts.size() - 1);
            String known = bySurname.putIfAbsent(surname, name);
            if (known != null && !known.equals(name) && !known.endsWith(" " + name) && !name.endsWith(" " + known)) {
                sharedSurnames.add(surname);
            }
            people.add(new Occurrence(offset, name));
            recordRole(s, first, nameStart, name);
        } else if (parts.size() == 1 && bySurname.containsKey(name) && !sharedSurnames.contains(name)) {
            people.add(new Occurrence(offset, bySurname.get(name)));
        } else if (parts.size() == 1 && looksLikeNamePart(name) && nameStart > first
                && Words.PERSONAL_TITLES.contains(s.token(nameStart - 1).lower())) {
            people.add(new Occurrence(offset, name));
        }
    }

    private static String withoutPossessive(String word) {
        return word.replaceFirst("['’]s?$", "");
    }

    /** Tokens as written, so "Holtz-Eakin" stays one word; any run of spaces becomes one. */
    private String joined(Sentence s, int first, int last) {
        return text.substring(s.token(first).span().start(), s.token(last).span().end()).replaceAll("\\s+", " ");
    }

    /** The first token after any title words of the run ("Finance Minister Anna Weiss" → "Anna"). */
    private static int afterTitles(Sentence s, int first, int last) {
        int start = first;
        for (int k = first; k < last; k++) {
            if (Words.TITLES.contains(s.token(k).lower())) {
                start = k + 1;
            }
        }
        return start;
    }

    /** "press secretary Lena Park", "President Omar Diaz": the title words before a name. */
    private void recordRole(Sentence s, int runStart, int nameStart, String name) {
        int k = nameStart - 1;
        List<String> title = new ArrayList<>();
        while (k >= 0 && k >= runStart - 4 && (s.token(k).is("NOUN") || Words.TITLES.contains(s.token(k).lower()))
                && !s.token(k).isWord("of")) {
            title.add(0, s.token(k).lower());
            k--;
        }
        if (title.isEmpty()) {
            return;
        }
        addRole(String.join(" ", title), name);
        addRole(title.get(title.size() - 1), name);
    }

    private void addRole(String role, String name) {
        if (ambiguousRoles.contains(role)) {
            return;
        }
        String before = byRole.putIfAbsent(role, name);
        if (before != null && !before.equals(name)) {
            byRole.remove(role);
            ambiguousRoles.add(role);
        }
    }

    /** The entity name of a phrase, or empty when the article does not tell. */
    Optional<String> resolve(Phrase phrase, int offset) {
        Sentence s = phrase.sentence();
        String head = phrase.head().lower();
        if (phrase.size() == 1 && (Words.VAGUE_HEADS.contains(head) || Words.ANONYMOUS_HEADS.contains(head))) {
            return Optional.empty();
        }
        if (phrase.size() == 1 && phrase.head().is("PRON")) {
            return Words.PERSON_PRONOUNS.contains(phrase.head().lower()) ? personBefore(offset) : Optional.empty();
        }
        if (Words.ORGANISATION_WORDS.contains(phrase.head().lower())) {
            List<String> words = new ArrayList<>();
            for (int k = phrase.first(); k <= phrase.last(); k++) {
                if (s.token(k).isCapitalised()) {
                    words.add(s.token(k).text());
                }
            }
            if (!words.isEmpty()) {
                return Optional.of(String.join(" ", words));
            }
        }
        List<String> proper = new ArrayList<>();
        int properStart = -1;
        for (int k = afterTitles(s, phrase.first(), phrase.last()); k <= phrase.last(); k++) {
            Token t = s.token(k);
            boolean name = t.is("PROPN") || t.isCapitalised() && !t.is("DET") && !t.is("PRON");
            if (name && !(proper.isEmpty() && Words.TITLES.contains(t.lower()))) {
                if (proper.isEmpty()) {
                    properStart = k;
                }
                proper.add(t.text());
            } else if (!proper.isEmpty() && !name) {
                proper.clear();
            }
        }
        if (!proper.isEmpty()) {
            String name = withoutPossessive(joined(s, properStart, properStart + proper.size() - 1));
            String surname = withoutPossessive(proper.get(proper.size() - 1));
            if (proper.size() == 1 && sharedSurnames.contains(surname)) {
                return nearestWithSurname(surname, offset);
            }
            if (proper.size() == 1 && bySurname.containsKey(surname)) {
                return Optional.of(bySurname.get(surname));
            }
            return Optional.of(fullNames.stream().filter(f -> f.endsWith(" " + name)).findFirst().orElse(name)
                    .replaceFirst("^(?i)the ", ""));
        }
        return roleOf(phrase);
    }

    private Optional<String> roleOf(Phrase phrase) {
        List<String> words = new ArrayList<>();
        for (int k = phrase.first(); k <= phrase.last(); k++) {
            Token t = phrase.sentence().token(k);
            if (!t.is("DET") && !t.isWord("his", "her", "their", "its")) {
                words.add(t.lower());
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String role = String.join(" ", words);
        return Optional.ofNullable(byRole.getOrDefault(role, byRole.get(words.get(words.size() - 1))));
    }

    /** For a shared surname: the person of that surname named last, shortly before; otherwise unknown. */
    private Optional<String> nearestWithSurname(String surname, int offset) {
        for (int i = people.size() - 1; i >= 0; i--) {
            Occurrence o = people.get(i);
            if (o.offset() < offset && o.name().endsWith(" " + surname)) {
                return offset - o.offset() < 600 ? Optional.of(o.name()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The most recent person named before the offset, outside quotations, within the last few paragraphs. */
    Optional<String> personBefore(int offset) {
        for (int i = people.size() - 1; i >= 0; i--) {
            Occurrence occurrence = people.get(i);
            if (occurrence.offset() < offset) {
                return offset - occurrence.offset() < 1500 ? Optional.of(occurrence.name()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Where the person a pronoun at the offset points back to was named, or -1 (the evidence behind a pronoun). */
    int antecedentOffset(int offset) {
        for (int i = people.size() - 1; i >= 0; i--) {
            Occurrence occurrence = people.get(i);
            if (occurrence.offset() < offset) {
                return offset - occurrence.offset() < 1500 ? occurrence.offset() : -1;
            }
        }
        return -1;
    }

    /** Remembers a person a source mention named, so later pronouns can point back to them. */
    void notePerson(int offset, String name) {
        int at = people.size();
        while (at > 0 && people.get(at - 1).offset() > offset) {
            at--;
        }
        people.add(at, new Occurrence(offset, name));
    }

    boolean isKnownPerson(String name) {
        return name != null && (fullNames.contains(name) || bySurname.containsKey(name) || byRole.containsValue(name));
    }

    private static boolean looksLikeNamePart(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).anyMatch(Character::isLowerCase) || word.matches("[A-Z]\\.");
    }

    private static boolean insideQuote(Token token, List<Quote> quotes) {
        return Quote.anyEncloses(quotes, token);
    }
}
