package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** QUOTE_OR_PARAPHRASE: whether the article gives a source's exact words, a paraphrase, or both. */
final class QuoteOrParaphraseGenerator implements QuestionGenerator {
    private static final int PER_KIND = 2;

    /** A paraphrase of words is a clause ("that …", or before the source); "wrote a memoir" reports none. */
    private static boolean reportsStatement(ArticleFacts facts, Attribution a) {
        return a.kind() != Kind.INDIRECT || facts.content(a).startsWith("that ")
                || a.content().end() <= a.cue().span().start();
    }

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Map<Kind, Integer> made = new EnumMap<>(Kind.class);
        for (Attribution a : facts.attributions()) {
            if (!ArticleFacts.named(a) || !ArticleFacts.reportsWords(a) || made.getOrDefault(a.kind(), 0) >= PER_KIND
                    || Excerpts.wordCount(facts.content(a)) < 4 || facts.hasSingleQuotes(a) || !reportsStatement(facts, a)) {
                continue;
            }
            String name = facts.display(a);
            String passage = Excerpts.words(facts.evidence(a).text(facts.text), Excerpts.MAX_WORDS);
            String prompt = "\"" + passage + "\" How does the article report " + name + "'s words here?";
            String key = Labels.kind(a.kind());
            List<String> distractors = java.util.Arrays.stream(Kind.values()).filter(k -> k != a.kind())
                    .map(Labels::kind).toList();
            String explanation = switch (a.kind()) {
                case DIRECT -> "The words after the cue \"" + facts.cue(a) + "\" stand inside quotation marks: they are "
                        + name + "'s own words.";
                case INDIRECT -> "There are no quotation marks: after the cue \"" + facts.cue(a)
                        + "\" the writer tells in their own words what " + name + " said.";
                case MIXED -> "Most of it is the writer's wording after the cue \"" + facts.cue(a)
                        + "\", but some words are in quotation marks: those few are " + name + "'s own.";
            } + " Look at the highlighted passage.";
            sink.offer(Skill.QUOTE_OR_PARAPHRASE, prompt, key, distractors, explanation, facts.evidence(a),
                    a.kind() == Kind.MIXED ? Difficulty.HARD : Difficulty.MEDIUM);
            made.merge(a.kind(), 1, Integer::sum);
        }
    }
}
