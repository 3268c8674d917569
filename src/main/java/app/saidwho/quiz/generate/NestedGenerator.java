package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.List;

/** NESTED: a report inside another source's words; the learner names the source the article heard it from. */
final class NestedGenerator implements QuestionGenerator {
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        List<Attribution> all = facts.attributions();
        for (Attribution inner : all) {
            if (inner.parent() < 0 || inner.cue() == null || !ArticleFacts.namedSource(inner)) {
                continue;
            }
            Attribution outer = all.get(inner.parent());
            // Only a report inside the outer source's own quoted words is provably theirs to give.
            if (!ArticleFacts.named(outer) || outer.kind() != app.saidwho.attribution.Kind.DIRECT
                    || outer.source().name().equals(inner.source().name())) {
                continue;
            }
            String key = outer.source().name();
            String innerName = facts.display(inner);
            String prompt = "The article reports that " + innerName + " " + facts.cue(inner) + " "
                    + Excerpts.words(Excerpts.unquoted(facts.content(inner)), 15).replaceAll("[.,;:]+$", "")
                    + ". Who is the article's source for this?";
            List<String> candidates = new ArrayList<>();
            if (inner.source().type() == outer.source().type()) {
                candidates.add(inner.source().name());
            }
            facts.sources.forEach((name, type) -> {
                if (type == outer.source().type()) {
                    candidates.add(name);
                }
            });
            String channel = outer.channel() == null ? "" : " (" + Labels.channel(outer.channel()).toLowerCase() + ")";
            String explanation = "The words about " + innerName + " are inside what " + key + " said"
                    + channel + ", with the cue \"" + facts.cue(outer) + "\". The article does not hear it from "
                    + innerName + " directly. Look at the highlighted passage.";
            sink.offer(Skill.NESTED, prompt, key, Options.pick(key, candidates, Sink.MAX_OPTIONS - 1), explanation,
                    facts.evidence(outer), Difficulty.HARD);
        }
    }
}
