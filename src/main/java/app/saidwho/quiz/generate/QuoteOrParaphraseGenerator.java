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
        Map<Kind, Integer> made = new EnumMap<>(Kind.class);
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.QUOTE_OR_PARAPHRASE)) {
                return;
            }
            if (ArticleFacts.named(a) && ArticleFacts.reportsWords(a) && !ArticleFacts.NAMING.contains(a.cue().lemma()) && made.getOrDefault(a.kind(), 0) < PER_KIND
                    && Excerpts.wordCount(facts.content(a)) >= 6 && !facts.hasSingleQuotes(a) && facts.reportsStatement(a) && !facts.cueInside(a)) {
                String words = shownWords(facts.content(a));
                if (words != null && observedKind(facts.content(a)) == a.kind()) {
                    offer(facts, sink, a, words);
                    made.merge(a.kind(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * The kind as the marks in the article show it, whatever the engine found: inside one pair of marks only is a
     * direct quote, no marks a paraphrase, both a partial quote when the quoted words are a phrase of the source's
     * (not a title such as "Morning Joe", every word capitalised). Null when the marks leave it open.
     */
    static Kind observedKind(String content) {
        String text = content.strip();
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

    /** The words as the prompt shows them, without marks, the closing comma or stop; null when they are not clean. */
    static String shownWords(String content) {
        String plain = Excerpts.withoutMarks(content).replaceFirst(TIME_BEFORE_THAT, "").replaceFirst("^that ", "");
        if (TAG_INSIDE.matcher(plain).find() || CUT_AT_ABBREVIATION.matcher(plain).find()) {
            return null;
        }
        String words = Excerpts.clip(plain, Excerpts.MAX_WORDS);
        return words == null ? null : words.replaceAll("[,;:]+$", "").replaceFirst("(?<![.])\\.$", "").strip();
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution a, String words) {
        boolean sure = Trust.of(facts.text, a) == Trust.Level.HIGH;
        String name = a.source().type() == app.saidwho.attribution.SourceType.PERSON
                ? facts.speakers.fullName(a.source().name(), a.source().type()) : facts.display(a);
        String whose = sure ? Grammar.possessive(name) + " words" : "them";
        String prompt = "Find these words in the article and look at its quotation marks: how does the article give "
                + whose + "? Here the marks only show where the words begin and end. " + Excerpts.quoted(words);
        String cue = "\"" + facts.cue(a) + "\"";
        String who = sure ? name : "the source";
        String why = switch (a.kind()) {
            case DIRECT -> "In the article these words stand inside quotation marks: they are " + Grammar.possessive(who)
                    + " exact words (the cue is " + cue + ").";
            case INDIRECT -> "In the article there are no quotation marks around these words: the writer tells in their own"
                    + " words what " + who + " said (the cue is " + cue + ").";
            case MIXED -> "In the article only some of these words are in quotation marks: those few are "
                    + Grammar.possessive(who) + " own, the rest is the writer's wording (the cue is " + cue + ").";
        } + " Look at the highlighted passage.";
        List<String> distractors = Arrays.stream(Kind.values()).filter(k -> k != a.kind()).map(Labels::kind).toList();
        sink.offer(new Candidate(Skill.QUOTE_OR_PARAPHRASE, prompt, Labels.kind(a.kind()), distractors)
                .explained(why, facts.evidence(a)).about(a)
                .difficulty(a.kind() == Kind.MIXED ? Difficulty.HARD : Difficulty.MEDIUM));
    }
}
