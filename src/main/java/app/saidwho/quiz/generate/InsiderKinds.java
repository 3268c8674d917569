package app.saidwho.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of insider an unnamed source is, read only from the article's own description of it ("a senior
 * administration official", "a Clinton campaign aide", "a person familiar with the talks"): given only when exactly
 * one kind fits, so "a House Republican aide" (Congress or the party?) gets none.
 */
final class InsiderKinds {
    /** The kinds, each with the words of a description that make a source one (whole words, lower case). */
    enum Kind {
        GOVERNMENT("Someone who works in the government", "People who work in the government",
                "(?:administration|white house|state department|pentagon|government|federal|intelligence|justice department"
                        + "|defen[cs]e department|military|u\\.s\\.|american|law enforcement|police|city|state|county"
                        + "|congressional|senate)\\s+(?:\\w+\\s+)?(?:official|officials|aide|aides|staffer|staffers)"),
        CAMPAIGN("Someone who works for a campaign or a party", "People who work for a campaign or a party",
                "(?:campaign|party)\\s+(?:\\w+\\s+)?(?:official|officials|aide|aides|adviser|advisers|advisor|advisors|staffer"
                        + "|staffers|source|sources|operative|operatives|insider|insiders)|strategists?|operatives?"),
        INFORMED("Someone said to know about it, with no job or side given",
                "People said to know about it, with no job or side given",
                "(?:person|people|source|sources|someone|individual|individuals)\\s+(?:familiar with|briefed on"
                        + "|with knowledge of|close to)"),
        DIPLOMAT("A diplomat who works for a country abroad", "Diplomats who work for a country abroad", "diplomats?"),
        /** "several experts", "foreign policy analysts": unnamed, but presented for what they know of the subject. */
        EXPERT("Someone the article presents as an expert, with no name given",
                "People the article presents as experts, with no name given",
                "experts?|analysts?|economists?|scholars?|researchers?|historians?|scientists?");

        final String label;
        final String pluralLabel;
        final Pattern words;

        Kind(String label, String pluralLabel, String words) {
            this.label = label;
            this.pluralLabel = pluralLabel;
            this.words = Pattern.compile("\\b(?:" + words + ")\\b");
        }

        /** "Someone who works …" for one source, "People who work …" for "officials". */
        String label(boolean plural) {
            return plural ? pluralLabel : label;
        }
    }

    /** The head nouns of an insider's description, singular or plural: whichever comes first decides. */
    private static final Pattern HEAD = Pattern.compile("\\b(?:(officials|aides|staffers|sources|advisers|advisors|operatives"
            + "|insiders|strategists|diplomats|people|individuals|experts|analysts|economists|scholars|researchers|historians"
            + "|scientists)|official|aide|staffer|source|adviser|advisor|operative|insider|strategist|diplomat|person|someone"
            + "|individual|expert|analyst|economist|scholar|researcher|historian|scientist)\\b");

    /** Words that tie an expert to a government, a business or a side, so "an expert" would not be the whole answer. */
    private static final Pattern SIDE_WORDS = Pattern.compile("\\b(?:administration|white house|government|federal"
            + "|intelligence|pentagon|military|law enforcement|police|department|agency|bank|company|firm|industry|city|state"
            + "|county|u\\.s\\.|chief"
            + "|his|her|their|its|conservative|liberal|progressive)\\b|['’]s\\b");

    private InsiderKinds() {
    }

    /** The head noun of the description ("officials" of "U.S. officials"), if it has one of an insider. */
    static Optional<String> head(String description) {
        java.util.regex.Matcher m = HEAD.matcher(description.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** "people familiar with the talks" are several, "a person familiar with the talks" one (not the talks). */
    static boolean plural(String description) {
        java.util.regex.Matcher m = HEAD.matcher(description.toLowerCase(Locale.ROOT));
        return m.find() && m.group(1) != null;
    }

    /** The one kind the description makes its source, or empty when none or more than one fits. */
    static Optional<Kind> of(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        List<Kind> fits = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.words.matcher(lower).find()) {
                fits.add(k);
            }
        }
        boolean partyWord = lower.matches("(?s).*\\b(?:republican|democratic|democrat|gop|campaign|party)\\b.*");
        if (fits.size() == 1 && fits.get(0) == Kind.GOVERNMENT && partyWord) {
            return Optional.empty(); // "a Senate Republican aide": Congress or the party
        }
        boolean namesABody = description.strip().matches("(?s)\\S+\\s.*\\p{Lu}.*"); // "Goldman Sachs economists"
        if (fits.size() == 1 && fits.get(0) == Kind.EXPERT && (partyWord || namesABody || SIDE_WORDS.matcher(lower).find())) {
            return Optional.empty(); // "intelligence analysts", "Republican economists": an expert who works for one side
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /**
     * The other kinds' labels: wrong for a source of {@code kind}. A diplomat works for a government, so neither of
     * the two is offered against the other.
     */
    /**
     * As {@link #distractors(Kind, boolean)}, for this article: "a diplomat" only where the article is about
     * foreign affairs (an embassy, an ambassador, a foreign ministry), never as a stray option in a tax story.
     */
    static List<String> distractors(Kind kind, boolean plural, String article) {
        List<String> out = new ArrayList<>(distractors(kind, plural));
        if (!FOREIGN_AFFAIRS.matcher(article).find()) {
            out.remove(Kind.DIPLOMAT.label(plural));
        }
        return out;
    }

    private static final Pattern FOREIGN_AFFAIRS = Pattern.compile("(?i)\\b(diplomat\\w*|embass\\w+|ambassadors?"
            + "|foreign (minister|ministry|secretary|affairs|policy)|state department|united nations|nato|treaty|sanctions)\\b");

    static List<String> distractors(Kind kind, boolean plural) {
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            // a diplomat works for a government; an expert is also "said to know about it"
            boolean overlapping = k == Kind.GOVERNMENT && kind == Kind.DIPLOMAT || k == Kind.DIPLOMAT && kind == Kind.GOVERNMENT
                    || k == Kind.INFORMED && kind == Kind.EXPERT || k == Kind.EXPERT && kind == Kind.INFORMED;
            if (k != kind && !overlapping) {
                out.add(k.label(plural));
            }
        }
        return out;
    }
}
