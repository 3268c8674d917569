package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import java.util.Locale;
import java.util.Set;

/** Small agreements the question text needs: possessives, plural sources, object pronouns. */
final class Grammar {
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "them");

    private Grammar() {
    }

    /** Head words after which a body's name takes "the": "the International Monetary Fund", not "IMF" or "Reuters". */
    private static final java.util.Set<String> BODY_HEADS = java.util.Set.of("fund", "house", "department", "ministry",
            "council", "commission", "party", "bank", "agency", "union", "office", "court", "committee", "service",
            "organization", "organisation", "association", "institute", "center", "centre", "board", "senate",
            "congress", "parliament", "assembly", "army", "police", "government", "administration", "university",
            "foundation", "bureau", "authority", "federation", "league", "network", "times", "post", "guardian");

    /** A source's name as it reads in a sentence: "the International Monetary Fund", "Jane Doe", "Reuters". */
    static String named(String name, SourceType type) {
        if (type == SourceType.PERSON || name.startsWith("the ") || name.startsWith("The ") || !name.contains(" ")) {
            return name;
        }
        String head = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return BODY_HEADS.contains(head) ? "the " + name : name;
    }

    /** "Ana Lopez's", "James Reeves'", "the officials'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** Whether the source is a group that takes a plural verb ("officials", "they", "critics"). */
    static boolean plural(String mention, SourceType type) {
        String m = mention.strip().toLowerCase(Locale.ROOT);
        if (PLURAL_PRONOUNS.contains(m)) {
            return true;
        }
        return (type == SourceType.VAGUE || type == SourceType.ANONYMOUS) && m.endsWith("s") && !m.endsWith("ss");
    }

    static boolean plural(ArticleFacts facts, Attribution a) {
        return plural(facts.mention(a), a.source().type());
    }

    /** "thinks" or "think", "says" or "say", agreeing with the source. */
    static String verb(String singular, boolean plural) {
        return plural ? singular.replaceFirst("s$", "") : singular;
    }

    /** "him", "her", "them" for a pronoun mention; "them" when the mention says nothing about gender. */
    static String objectPronoun(String mention) {
        return switch (mention.strip().toLowerCase(Locale.ROOT)) {
            case "he" -> "him";
            case "she" -> "her";
            default -> "them";
        };
    }

    /** Upper-case first letter, for a mention that starts a sentence. */
    /** Words from a sentence's start, shown inside another sentence: "The plan" becomes "the plan", "Lopez" stays. */
    static String inSentence(String words) {
        return words.matches("(The|A|An|This|That|These|Those|His|Her|Its|Their|Our|Some|Many|Most|Such|Every)\\b.*")
                ? Character.toLowerCase(words.charAt(0)) + words.substring(1) : words;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
