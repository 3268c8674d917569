package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.quiz.Skill;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** WHO_SAID: a quotation, and the source among others of the same kind (people with people). */
final class WhoSaidGenerator implements QuestionGenerator {
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<String> asked = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            Optional<String> quote = facts.quotation(a);
            if (!ArticleFacts.named(a) || quote.isEmpty() || !asked.add(Options.normal(quote.get()))) {
                continue;
            }
            String name = a.source().name();
            String prompt = "Who said \"" + Excerpts.words(quote.get(), Excerpts.MAX_WORDS) + "\"?";
            List<String> alsoSaidIt = facts.attributions().stream()
                    .filter(o -> ArticleFacts.named(o) && !o.source().name().equals(name))
                    .filter(o -> Options.normal(facts.content(o)).contains(Options.normal(quote.get())))
                    .map(o -> o.source().name()).toList();
            if (!alsoSaidIt.isEmpty()) {
                sink.drop(Skill.WHO_SAID, prompt, "two sources said these words: " + name + " and " + alsoSaidIt.get(0));
                continue;
            }
            List<String> others = facts.sources.entrySet().stream()
                    .filter(e -> e.getValue() == a.source().type())
                    .map(java.util.Map.Entry::getKey)
                    .sorted(java.util.Comparator.comparing((String n) -> !n.contains(" ")))
                    .toList();
            List<String> distractors = Options.pick(name, others, Sink.MAX_OPTIONS - 1);
            sink.offer(Skill.WHO_SAID, prompt, name, distractors, explanation(facts, a), facts.evidence(a), difficulty(facts, a));
        }
    }

    private static String explanation(ArticleFacts facts, Attribution a) {
        String name = a.source().name();
        String mention = facts.mention(a);
        String cue = a.cue() == null ? null : facts.cue(a);
        StringBuilder why = new StringBuilder();
        if (cue != null) {
            why.append("The words are tied to their speaker by \"").append(mention).append(' ').append(cue).append("\". ");
        } else {
            why.append("These words go on from an earlier quote by ").append(name).append(". ");
        }
        if (!Options.same(mention, name)) {
            why.append('"').append(mention).append("\" here means ").append(name)
                    .append(", named earlier in the article. ");
        }
        return why.append("Look at the highlighted passage.").toString();
    }

    private static Difficulty difficulty(ArticleFacts facts, Attribution a) {
        if (facts.mentionIsPronoun(a) || a.cue() == null) {
            return Difficulty.HARD;
        }
        return a.source().span().start() > a.content().start() ? Difficulty.EASY : Difficulty.MEDIUM;
    }
}
