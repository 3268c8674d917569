package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people and bodies an article presents as speaking (named, not by a pronoun, as the subject of a
 * speech verb), one entry per entity: "Mr Doe" and "Jane Doe" are one. Places, programmes, fragments of longer
 * names and people the article reports dead are never speakers here, so never offered as an option.
 */
final class Speakers {
    static final Set<String> NOT_PERSON_WORDS = words("/quiz/not-person-words.txt");
    private static final Pattern DEATH = Pattern.compile(
            "\\b(killed|died|dead|death of|slain|murdered|shot dead|funeral of)\\b", Pattern.CASE_INSENSITIVE);
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president",
            "senator", "judge", "secretary", "governor", "mayor", "minister", "chancellor", "prime", "former", "chief",
            "justice", "director", "professor", "prof", "rev", "sir", "lord", "lady", "king", "queen", "pope", "coach",
            "officer", "detective", "sheriff", "attorney", "general", "speaker", "leader", "candidate", "nominee",
            "councillor", "councilman", "councilwoman", "councilor", "representative", "commissioner", "ambassador");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "wrote", "tweeted", "asked");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** One entity: the fullest name the article gives it, its kind, and how often it speaks. */
    record Speaker(String name, SourceType type, int firstIndex, int count) {
    }

    private final Map<String, Speaker> byEntity = new LinkedHashMap<>();
    private final Set<String> victims = new HashSet<>();
    private final Set<String> ambiguous = new HashSet<>();
    /** The people the article names, as a reader looking back for a pronoun's person sees them. */
    final NamedBefore named;

    Speakers(ArticleFacts facts) {
        List<Attribution> all = facts.attributions();
        for (int i = 0; i < all.size(); i++) {
            Attribution a = all.get(i);
            if (ArticleFacts.namedSource(a) && ArticleFacts.reportsWords(a) && Trust.namedAtCue(facts.text, a)
                    && facts.canSpeak(a.source().name(), a.source().type()) && !SpeakerKeys.misnamed(facts, a)) {
                String name = a.source().type() == SourceType.PERSON ? withoutTitle(a.source().name()) : a.source().name();
                add(entity(name, a.source().type()), name, a.source().type(), i);
            }
        }
        findVictims(facts.text);
        named = new NamedBefore(facts.text);
    }

    private void add(String entity, String name, SourceType type, int index) {
        Speaker old = byEntity.get(entity);
        if (old == null) {
            byEntity.put(entity, new Speaker(name, type, index, 1));
            return;
        }
        String longer = name.length() > old.name().length() ? name : old.name();
        String shorter = longer.equals(name) ? old.name() : name;
        if (!longer.endsWith(shorter)) {
            // "Bill Doe" and "Jane Doe": two people behind one surname; neither is a safe option.
            ambiguous.add(entity);
        }
        byEntity.put(entity, new Speaker(longer, type, old.firstIndex(), old.count() + 1));
    }

    /** The fullest name the article gives this speaker ("Doe" → "Jane Doe"), or the name itself. */
    String fullName(String rawName, SourceType type) {
        String name = type == SourceType.PERSON ? withoutTitle(rawName) : rawName;
        String entity = entity(name, type);
        Speaker s = byEntity.get(entity);
        return s == null || ambiguous.contains(entity) || !s.name().endsWith(name) ? name : s.name();
    }

    /**
     * Speakers other than the given entities: those of the same kind first (people with people), the most
     * often quoted first; people and bodies are both possible speakers, so either can be a wrong option.
     */
    List<Speaker> others(SourceType type, Set<String> excludedEntities) {
        List<Speaker> list = new ArrayList<>();
        byEntity.forEach((entity, s) -> {
            if (!excludedEntities.contains(entity) && !ambiguous.contains(entity) && !victim(s.name())) {
                list.add(s);
            }
        });
        list.sort(Comparator.comparing((Speaker s) -> s.type() != type).thenComparingInt((Speaker s) -> -s.count())
                .thenComparingInt(Speaker::firstIndex));
        return list;
    }

    /** A surname as the article writes it, and where. */
    record Named(String surname, int at) {
    }

    /** Whether the article presents this person or body as speaking (a shorter form of the name counts). */
    boolean isSpeaker(String name) {
        return byEntity.values().stream().anyMatch(s -> s.name().equals(name) || s.name().endsWith(" " + name)
                || name.endsWith(" " + s.name()));
    }

    /** "Councillor Mia Chen" → "Mia Chen": a title before a full name is not part of it. */
    static String withoutTitle(String name) {
        String[] words = name.split(" ");
        int first = 0;
        while (first < words.length - 2 && TITLES.contains(words[first].toLowerCase(Locale.ROOT).replace(".", ""))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /** Whether the article reports this person dead or a victim (a sentence with both their name and a death word). */
    boolean victim(String name) {
        return victims.contains(surname(name));
    }

    /** One key per entity: a person's surname, a body's name without "the". */
    static String entity(String name, SourceType type) {
        if (type == SourceType.PERSON) {
            return surname(name);
        }
        return name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
    }

    static String surname(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").split("\\s+");
        int last = words.length - 1;
        while (last > 0 && SUFFIXES.contains(words[last])) {
            last--;
        }
        return words[last];
    }

    private static final java.util.regex.Pattern PARTY_LABEL = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    /** A person's name is whole words a person can have: no place or programme word, not the tail of a longer name. */
    static boolean canSpeak(String text, String name, SourceType type) {
        if (PARTY_LABEL.matcher(name).matches()) {
            return false; // "Sen. Ann Lee, R-Texas, said": the label after a name is her party and state
        }
        boolean describing = name.matches(".*\\b\\p{L}+-\\p{Ll}+\\b.*"); // "Democratic-leaning X" names no one
        if (type != SourceType.PERSON) {
            return type == SourceType.ORGANISATION && !describing && !tailOfLongerName(text, name);
        }
        for (String word : name.split("\\s+")) {
            if (NOT_PERSON_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""))) {
                return false;
            }
        }
        return !describing && !tailOfLongerName(text, name);
    }

    /** "Public Integrity" in "Center for Public Integrity": the name only ever follows more of a longer name. */
    private static boolean tailOfLongerName(String text, String name) {
        int seen = 0;
        for (int at = text.indexOf(name); at >= 0 && seen < 20; at = text.indexOf(name, at + name.length())) {
            seen++;
            String before = previousWord(text, at);
            boolean longer = before.equals("for") || before.equals("of") || !before.isEmpty()
                    && Character.isUpperCase(before.charAt(0)) && !TITLES.contains(before.toLowerCase(Locale.ROOT))
                    && !sentenceStart(text, at);
            if (!longer) {
                return false;
            }
        }
        return seen > 0;
    }

    private static String previousWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end == at ? "" : text.substring(start, end);
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || Character.isLetter(text.charAt(i)))) {
            if (text.charAt(i) == ' ' && i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '"' || text.charAt(i) == '“';
    }

    /** Capitalised words near a death word ("Keith Doe, who was shot dead"), unless they speak ("Doe said"). */
    private void findVictims(String text) {
        Matcher death = DEATH.matcher(text);
        while (death.find()) {
            String before = text.substring(Math.max(0, death.start() - 80), death.start());
            before = before.substring(Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf(". "), 0)));
            String after = text.substring(death.end(), Math.min(text.length(), death.end() + 60));
            int stop = after.indexOf('\n') >= 0 ? after.indexOf('\n') : after.length();
            after = after.substring(0, after.indexOf(". ") >= 0 ? Math.min(stop, after.indexOf(". ")) : stop);
            addNames(before.substring(Math.min(before.length(), before.indexOf(' ') + 1)));
            addNames(after.substring(0, Math.max(0, after.lastIndexOf(' '))));
        }
    }

    private void addNames(String window) {
        String[] words = window.split("[^\\p{L}'’-]+");
        for (int i = 0; i < words.length; i++) {
            String next = i + 1 < words.length ? words[i + 1].toLowerCase(Locale.ROOT) : "";
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !SPEECH.contains(next)) {
                victims.add(words[i].toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""));
            }
        }
    }

    private static Set<String> words(String resource) {
        Set<String> set = new HashSet<>();
        WordLists.lines(resource).forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
        return set;
    }
}
