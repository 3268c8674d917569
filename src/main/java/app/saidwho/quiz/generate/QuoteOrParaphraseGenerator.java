package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * QUOTE_OR_PARAPHRASE: the words shown without the article's quotation marks; the learner checks the article
 * to tell the source's exact words from the writer's paraphrase, or a paraphrase with a partial quote.
 */
final class QuoteOrParaphraseGenerator implements QuestionGenerator {
    private static final int PER_KIND = 1;
    private static final java.util.Set<String> TO_SOMEONE = java.util.Set.of("tell", "ask", "urge", "warn", "remind",
            "assure", "promise", "inform", "advise");
    /** "described Ana Ruiz as …": the words would open with the person described, not with a statement. */
    private static final java.util.Set<String> DESCRIBING = java.util.Set.of("describe", "portray", "characterize",
            "characterise", "depict", "paint", "cast");
    /** A speech tag inside the words ("…, he said, …"): they are not one source's words from end to end. */
    private static final java.util.regex.Pattern TAG_INSIDE = java.util.regex.Pattern.compile(
            "[,—] (he|she|they|\\p{Lu}\\p{L}+) (said|says|added|told)\\b");
    /** Words that stop at an initial or an abbreviation ("George H.W.") were cut where the sentence does not end. */
    private static final java.util.regex.Pattern CUT_AT_ABBREVIATION = java.util.regex.Pattern.compile(
            "(\\b\\p{Lu}\\.|\\b(Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St|No|Jr|Sr|Gen|Lt|Col|Sgt)\\.)$");
    /** A time before "that" belongs to the cue ("boasted Monday night that …"), not to the words. */
    private static final String TIME_BEFORE_THAT = "^((on|last|this|late|early) )?(Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|yesterday|today|tonight|week|weekend)( (morning|afternoon|evening|night))? that ";

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        if (UnsourcedGenerator.firstPersonPiece(facts)) {
            return; // a memoir's quotation marks hold the writer's memory of words, not a source's exact words
        }
        Map<Kind, Integer> made = new EnumMap<>(Kind.class);
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.QUOTE_OR_PARAPHRASE)) {
                return;
            }
            if (!printedInMarks(sink, a) && !halfOfASplitSentence(facts, a) && ArticleFacts.named(a) && ArticleFacts.reportsWords(a) && !ArticleFacts.NAMING.contains(a.cue().lemma())
                    && !DESCRIBING.contains(a.cue().lemma()) && made.getOrDefault(a.kind(), 0) < PER_KIND
                    && Excerpts.wordCount(facts.content(a)) >= 6 && !facts.hasSingleQuotes(a) && facts.reportsStatement(a) && !facts.cueInside(a)) {
                String words = shownWords(facts.content(a));
                if (words != null && observedKind(facts.content(a)) == a.kind() && marksAsAReaderMeetsThem(facts, a, words)) {
                    if (offer(facts, sink, a, words)) {
                        made.merge(a.kind(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    /**
     * "“Now that I am retired,” he told the host, “it was hard.”": the words of one half are no sentence, and shown
     * with a full stop they would end a thought the article goes on with.
     */
    private static boolean halfOfASplitSentence(ArticleFacts facts, Attribution a) {
        return facts.quotation(a).filter(q -> !Excerpts.unquoted(QuotedSentences.joined(facts.text, q))
                .equals(Excerpts.unquoted(q.text(facts.text)))).isPresent();
    }

    /**
     * Words a "who said" or "how did they say it" prompt already prints in quotation marks: those questions come
     * first in the quiz, so asking next whether the words are a quotation gives its answer away.
     */
    private static boolean printedInMarks(Sink sink, Attribution a) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Skill.WHO_SAID, Skill.NESTED)
                .flatMap(skill -> sink.wordsKeyed(skill, false).stream()), sink.evidenceAsked(Skill.CHANNEL).stream())
                .anyMatch(w -> w.overlaps(a.content()));
    }

    /**
     * The kind as the marks in the article show it, whatever the engine found: inside one pair of marks only is a
     * direct quote, no marks a paraphrase, both a partial quote when the quoted words are a phrase of the source's
     * (not a title such as "Morning Joe", every word capitalised). Null when the marks leave it open.
     */
    static Kind observedKind(String content) {
        String text = Excerpts.doubledAsMarks(content.strip());
        if (!text.matches("(?s).*[\"“”].*")) {
            return Kind.INDIRECT;
        }
        java.util.regex.Matcher quoted = QUOTED.matcher(text);
        boolean phrase = false;
        while (quoted.find()) {
            String[] words = quoted.group(1).strip().split("\\s+");
            boolean title = java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
            phrase |= !title;
        }
        String outside = QUOTED.matcher(text).replaceAll(" ").replaceAll("[\\p{Punct}\\s—–…]+", "");
        if (outside.isEmpty()) {
            return Kind.DIRECT;
        }
        return phrase ? Kind.MIXED : null;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[\"“]([^\"“”]*)[\"”]");

    /**
     * Whether the marks say what the kind says to a reader who meets the sentence: a direct quotation opens a clause
     * (a sentence, or after a colon, a comma or its cue), since one that opens mid-clause ("the plan would “end all
     * talks,” she said") reads as a partial quote; a partial quote shows a quoted phrase within the words shown, of
     * two words or more, or one word the article uses nowhere else (one it uses elsewhere is a label or scare quote).
     */
    private static boolean marksAsAReaderMeetsThem(ArticleFacts facts, Attribution a, String words) {
        String text = facts.text;
        return switch (a.kind()) {
            case DIRECT -> {
                int mark = a.content().start();
                while (mark < a.content().end() && mark < text.length() && Character.isWhitespace(text.charAt(mark))) {
                    mark++;
                }
                int k = mark - 1;
                while (k >= 0 && " \"“'`".indexOf(text.charAt(k)) >= 0) {
                    k--; // spaces, and the opening mark when the words start after it
                }
                yield k < 0 || "\n.:,!?—".indexOf(text.charAt(k)) >= 0 || a.cue().span().end() >= k - 1 && a.cue().span().end() <= mark;
            }
            case MIXED -> {
                if (TO_SOMEONE.contains(a.cue().lemma()) && !facts.content(a).strip().startsWith("that ")) {
                    yield false; // "told voters he would …": the words would open with the people spoken to
                }
                String[] shown = Excerpts.doubledAsMarks(facts.content(a).strip()).split("\\s+");
                // the words shown may leave out a "that" or a time at the start, so a few words of slack
                String part = String.join(" ", Arrays.copyOf(shown, Math.min(shown.length, Excerpts.wordCount(words) + 4)));
                yield QUOTED.matcher(part).results().anyMatch(m -> Excerpts.wordCount(m.group(1)) >= 2
                        || !usedUnquoted(facts, m.group(1).strip()));
            }
            // a paraphrase reads as one after its cue ("said that …"); words before a cue may be the writer's setting
            // after "told", "urged" or "warned" come the people spoken to, unless "that" opens the words
            case INDIRECT -> a.content().start() >= a.cue().span().end()
                    && (!TO_SOMEONE.contains(a.cue().lemma()) || facts.content(a).strip().startsWith("that "));
        };
    }

    /** A word the article also uses outside quotation marks: in marks, a label or a scare quote, not a source's word. */
    private static boolean usedUnquoted(ArticleFacts facts, String word) {
        String w = word.replaceAll("[\\p{Punct}“”]+$", "");
        String outside = facts.narration();
        return !w.isEmpty() && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(outside).find();
    }

    private static String firstWords(String words) {
        String[] all = words.split("\\s+");
        return String.join(" ", Arrays.copyOf(all, Math.min(4, all.length))).replaceAll("[,;:]$", "");
    }

    private static boolean oneQuotedWord(String content) {
        List<java.util.regex.MatchResult> parts = QUOTED.matcher(Excerpts.doubledAsMarks(content)).results().toList();
        return parts.size() == 1 && Excerpts.wordCount(parts.get(0).group(1)) == 1;
    }

    /** "“end all talks” is", or "“end all talks” and “for good” are": the quoted parts, as the article has them. */
    private static String quotedParts(String content) {
        List<String> parts = QUOTED.matcher(Excerpts.doubledAsMarks(content)).results()
                .map(m -> "“" + m.group(1).strip().replaceAll("[.,;:]+$", "") + "”").toList();
        return parts.size() == 1 ? parts.get(0) + " is" : String.join(" and ", parts.subList(0, Math.min(2, parts.size())))
                + (parts.size() > 2 ? " and more are" : " are");
    }

    /** The words as the prompt shows them, without marks, the closing comma or stop; null when they are not clean. */
    static String shownWords(String content) {
        String plain = Excerpts.withoutMarks(content).replaceFirst(TIME_BEFORE_THAT, "").replaceFirst("^that ", "");
        // "accused you of engaging in …", "urged them to …": the object and its link word are no statement
        if (TAG_INSIDE.matcher(plain).find() || CUT_AT_ABBREVIATION.matcher(plain).find()
                || plain.matches("(?is)(me|you|him|her|us|them|it) (of|for|with|to|into|on) .*")) {
            return null;
        }
        String words = Excerpts.clip(plain, Excerpts.MAX_WORDS);
        return words == null ? null : words.replaceAll("[,;:]+$", "").replaceFirst("(?<![.])\\.$", "").strip();
    }

    private static boolean offer(ArticleFacts facts, Sink sink, Attribution a, String words) {
        boolean sure = Trust.of(facts.text, a) == Trust.Level.HIGH;
        String name = a.source().type() == app.saidwho.attribution.SourceType.PERSON
                ? facts.speakers.fullName(a.source().name(), a.source().type()) : facts.display(a);
        String whose = sure ? Grammar.possessive(name) + " words" : "them";
        // no marks around the words at all: any mark here could be taken for the article's; the words stand on a line
        // of their own (pages keep a prompt's line breaks), never run into the sentence that asks about them
        String prompt = "These words from the article are printed here without any quotation marks:\n" + words
                + (words.matches("(?s).*[.?!…]$") ? "" : ".") + "\nFind them in the article. How does the article give "
                + whose + "?";
        String who = sure ? name : "the source";
        String why = switch (a.kind()) {
            case DIRECT -> "In the article a quotation mark opens before \"" + firstWords(words) + "\" and the words stay"
                    + " inside the marks: they are " + Grammar.possessive(who) + " exact words.";
            case INDIRECT -> "In the article none of these words stand inside quotation marks: the writer gives "
                    + Grammar.possessive(who) + " point in the writer's own words.";
            case MIXED -> "In the article only " + quotedParts(facts.content(a)) + " inside quotation marks: "
                    + (oneQuotedWord(facts.content(a)) ? "that word is " : "those words are ") + Grammar.possessive(who)
                    + " own, the rest is the writer's wording.";
        } + (words.matches("(?s).*\\[[^\\]]+\\].*") && a.kind() != Kind.INDIRECT
                ? " Words in square brackets are the writer's, put in to make the quotation clear." : "")
                + " Look at the highlighted passage.";
        List<String> distractors = Arrays.stream(Kind.values()).filter(k -> k != a.kind()).map(Labels::kind).toList();
        return sink.offer(new Candidate(Skill.QUOTE_OR_PARAPHRASE, prompt, Labels.kind(a.kind()), distractors)
                .explained(why, facts.evidence(a)).about(a)
                .difficulty(a.kind() == Kind.MIXED ? Difficulty.HARD : Difficulty.MEDIUM));
    }
}
