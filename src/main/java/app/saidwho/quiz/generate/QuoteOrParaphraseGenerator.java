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
    private static final int PER_KIND = 2;

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Map<Kind, Integer> made = new EnumMap<>(Kind.class);
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.QUOTE_OR_PARAPHRASE)) {
                return;
            }
            if (ArticleFacts.named(a) && ArticleFacts.reportsWords(a) && made.getOrDefault(a.kind(), 0) < PER_KIND
                    && Excerpts.wordCount(facts.content(a)) >= 6 && !facts.hasSingleQuotes(a) && facts.reportsStatement(a) && !facts.cueInside(a)) {
                String words = Excerpts.clip(Excerpts.withoutMarks(facts.content(a)).replaceFirst("^that ", ""), Excerpts.MAX_WORDS);
                if (words != null) {
                    offer(facts, sink, a, words);
                    made.merge(a.kind(), 1, Integer::sum);
                }
            }
        }
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution a, String words) {
        boolean sure = Trust.of(facts.text, a) == Trust.Level.HIGH;
        String name = a.source().type() == app.saidwho.attribution.SourceType.PERSON
                ? facts.speakers.fullName(a.source().name(), a.source().type()) : facts.display(a);
        String whose = sure ? Grammar.possessive(name) : "these";
        String prompt = "Find these words in the article (the quotation marks, if any, are left out here): \"" + words
                + "\" How does the article give " + whose + " words?";
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
