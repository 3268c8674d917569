package app.saidwho.quiz.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role the article gives a named person, read from its own words: a title before the name ("press
 * secretary Ana Lopez", "Senator Tom Berg") or an appositive after it ("Tom Berg, a critic of the plan,").
 */
final class Roles {
    /** Head words of roles; a phrase without one is not taken as a role. */
    static final Set<String> HEADS = Set.of("secretary", "spokesman", "spokeswoman", "spokesperson", "director",
            "senator", "president", "minister", "governor", "mayor", "chief", "executive", "professor", "analyst",
            "counsel", "adviser", "advisor", "official", "leader", "chairman", "chairwoman", "chair", "ambassador",
            "representative", "councillor", "councilor", "judge", "lawyer", "attorney", "economist", "scientist",
            "researcher", "expert", "resident", "witness", "founder", "ceo", "head", "editor", "commissioner",
            "officer", "critic", "supporter", "member", "manager", "owner", "teacher", "doctor", "nurse", "student",
            "parent", "worker", "employee", "candidate", "strategist", "aide", "prosecutor", "congressman",
            "congresswoman", "lawmaker", "chancellor", "premier", "sheriff", "coach", "author", "historian");
    // Not "for", "at" or "and": "spokesman for candidate Ana Lopez" gives the spokesman's role, not hers.
    private static final Set<String> INSIDE = Set.of("of", "the", "press", "special", "foreign",
            "national", "former", "deputy", "senior", "vice", "general", "chief", "state", "local", "campaign",
            "defence", "defense", "security", "economic", "interior", "finance", "health", "education", "city",
            "county", "district", "executive", "managing", "assistant");
    /** Words a title phrase does not start with, though they may sit inside one. */
    private static final Set<String> LEADING = Set.of("of", "for", "at", "the", "and");
    /** Lower-case words that describe a role rather than act in the sentence ("presidential", "former", "top"). */
    private static final Pattern ADJECTIVE = Pattern.compile("(?!\\p{Ll}+ment$)\\p{Ll}+(?:ial|al|ic|ary|ive|ent|ant)|former|top"
            + "|longtime|then");
    /** Capitalised words that open a sentence or clause, never a title ("When Senator Berg …"). */
    private static final Set<String> OPENERS = Set.of("When", "So", "But", "And", "If", "As", "After", "Before", "While",
            "Then", "Now", "Also", "Even", "Only", "Yet", "Still", "Since", "Because", "Though", "Although", "Meanwhile",
            "Like", "Unlike", "Both", "Every", "Each", "All", "Some", "Many", "No", "Asked", "Said", "With", "Without", "Under", "From", "By", "Of", "On", "In", "At",
            "For", "To", "The", "A", "An", "That", "This", "Including", "Among", "Against", "Until", "Or", "Nor", "Later", "Earlier",
            "Today", "Yesterday", "Recently", "However", "Instead", "Afterward", "Afterwards", "Again", "Here", "There");
    private static final Set<String> DROPPED_BEFORE = Set.of("his", "her", "their", "its", "a", "an", "the");

    private Roles() {
    }

    /** The role given at the first mention of the full name that has one; empty when the article gives none. */
    static Optional<String> of(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
        java.util.List<app.saidwho.attribution.CharSpan> quoted = null;
        while (m.find()) {
            if (quoted == null) {
                quoted = WriterVoiceGenerator.quotedSpans(text);
            }
            int at = m.start();
            if (quoted.stream().anyMatch(q -> q.start() < at && at < q.end())) {
                continue; // a crowd cheering "President Lopez" or a source's words: not how the article describes her
            }
            Optional<String> role = appositive(text, m.end()).or(() -> title(text, m.start()));
            if (role.isPresent()) {
                return role.map(r -> r.replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }

    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{Ll}'’.-]+(?: \\p{Lu}[\\p{Ll}'’.-]+){1,2}"
            + "(?![\\p{L}])");
    private static final Set<String> NOT_NAMES = Set.of("On", "In", "At", "The", "But", "And", "For", "As", "If", "When",
            "After", "Before", "Mr", "Mrs", "Ms", "Dr", "While", "With", "By", "From", "To", "Of");
    private static final int MAX_NAMES = 60;

    /**
     * Roles the article gives people it names (sources or not), by full name in order of first mention: the
     * pool of distractors a ROLE question draws from.
     */
    static java.util.Map<String, String> ofPeopleIn(String text) {
        java.util.Map<String, String> roles = new java.util.LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = FULL_NAME.matcher(text);
        while (m.find() && seen.size() < MAX_NAMES) {
            String name = m.group();
            String first = name.substring(0, name.indexOf(' '));
            if (NOT_NAMES.contains(first) || HEADS.contains(first.toLowerCase(Locale.ROOT))
                    || INSIDE.contains(first.toLowerCase(Locale.ROOT)) || !seen.add(name)) {
                continue;
            }
            of(text, name).ifPresent(role -> roles.put(name, role));
        }
        return roles;
    }

    /** A full name ("Ana Lopez"), not a sentence opener taken for one ("On Lopez"). */
    static boolean personName(String name) {
        int space = name.indexOf(' ');
        return space > 0 && !NOT_NAMES.contains(name.substring(0, space));
    }

    /** A title's or an initial's full stop inside a role ("worked for Mrs. Lopez", "a professor at M.I.T."). */
    private static final String ABBREVIATED = "(?<=\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sen|Gov|Rep|Lt|\\p{Lu}))";
    private static final String ROLE_CHAR = "(?:[^,.;:\"“”()]|" + ABBREVIATED + "\\.(?=\\s*\\p{L}|,|-))";
    private static final String ROLE_END = "(?=[,;]|(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sen|Gov|Rep|Lt|\\p{Lu}))\\.)";
    /**
     * ", a Republican and a critic of the plan," right after the name (an age may come first: ", 44, a nurse");
     * also without an article when it opens with a possessive or a title word (", Berg's campaign manager,").
     */
    private static final Pattern APPOSITIVE = Pattern.compile("\\G(?:, \\d{1,3})?, ((?:(?:a|an|the) |\\p{Lu}[\\p{L}.-]*['’]s? "
            + "|(?=(?:former |deputy |senior |chief )?(?:spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|president"
            + "|secretary|head|leader|founder|professor|editor|adviser|advisor|aide|executive|manager|member)\\b))" + ROLE_CHAR
            + "{2,80}?)" + ROLE_END);

    private static Optional<String> appositive(String text, int end) {
        Matcher m = APPOSITIVE.matcher(text);
        if (!m.find(end) || m.start() != end || Excerpts.wordCount(m.group(1)) > 12) {
            return Optional.empty();
        }
        return Optional.of(m.group(1)).filter(Roles::hasHead);
    }

    /** "US Director of National Intelligence" or "press secretary" right before the name. */
    private static Optional<String> title(String text, int start) {
        String before = expandTitles(text.substring(Math.max(0, start - 120), start));
        int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')),
                Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf('"'), before.lastIndexOf('”'))));
        String[] words = before.substring(cut + 1).strip().split("\\s+");
        int first = words.length;
        while (first > 0 && titleWord(words[first - 1])) {
            first--;
        }
        int opener = first;
        for (int i = first; i < words.length; i++) {
            if (OPENERS.contains(words[i])) {
                opener = i + 1;
            }
        }
        first = opener;
        while (first < words.length && LEADING.contains(words[first])) {
            first++;
        }
        String role = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        return Optional.of(role).filter(r -> !r.isEmpty() && hasHead(r) && Excerpts.wordCount(r) <= 7 && !dangling(r)
                && (r.contains(" ") || Character.isUpperCase(r.charAt(0))));
    }

    /** "Sen. Tom Berg" gives the role "Senator": the abbreviation's full stop ends no title. */
    private static String expandTitles(String before) {
        return before.replaceAll("\\bSen\\.(?= )", "Senator").replaceAll("\\bGov\\.(?= )", "Governor")
                .replaceAll("\\bRep\\.(?= )", "Representative").replaceAll("\\bLt\\.(?= )", "Lieutenant");
    }

    /** A phrase that ends inside a longer name ("President of the", "Editor-in-") is not a whole role. */
    private static boolean dangling(String role) {
        String last = role.substring(role.lastIndexOf(' ') + 1);
        // A capitalised last word that is no role ("former Attorney General Eric") is the start of the name,
        // unless an "of" makes it part of the title ("Director of National Intelligence").
        boolean nameStart = Character.isUpperCase(last.charAt(0)) && !HEADS.contains(last.toLowerCase(Locale.ROOT))
                && !role.contains(" of ");
        return last.endsWith("-") || LEADING.contains(last.toLowerCase(Locale.ROOT)) || nameStart;
    }

    private static boolean titleWord(String word) {
        if (word.isEmpty() || DROPPED_BEFORE.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("the")) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return HEADS.contains(lower) || INSIDE.contains(lower) || word.matches("\\p{Lu}[\\p{L}.-]*")
                || ADJECTIVE.matcher(word).matches();
    }

    /**
     * The role's own words, before what it is of or for ("a speechwriter" of "a speechwriter to Secretary of State
     * Ana Lopez"): what kind of role it is is read there only.
     */
    static String head(String role) {
        return role.split("\\s+(?:of|to|for|at|in|under|with|on|from|who|that)\\s+", 2)[0];
    }

    static boolean hasHead(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(HEADS::contains);
    }

    /** Whether two roles share a word that means something, so one could be read as the other. */
    static boolean overlap(String a, String b) {
        Set<String> words = new java.util.HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        return Arrays.stream(b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(w -> w.length() > 3 && words.contains(w));
    }
}
