package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** NESTED: a report inside another source's words; the learner names the source the article heard it from. */
final class NestedGenerator implements QuestionGenerator {
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        List<Attribution> all = facts.attributions();
        for (Attribution inner : all) {
            if (sink.full(Skill.NESTED)) {
                return;
            }
            if (inner.parent() < 0 || inner.parent() >= all.size() || inner.cue() == null || !ArticleFacts.namedSource(inner)) {
                continue;
            }
            Attribution outer = all.get(inner.parent());
            // Only a report inside the outer source's own quoted words is provably theirs to give.
            if (ArticleFacts.keyable(facts, outer) && outer.kind() == Kind.DIRECT
                    && !ArticleFacts.entity(outer).equals(ArticleFacts.entity(inner))) {
                offer(facts, sink, inner, outer);
            }
        }
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution inner, Attribution outer) {
        String key = facts.speakers.fullName(outer.source().name(), outer.source().type());
        String innerName = facts.speakers.fullName(inner.source().name(), inner.source().type());
        String report = Excerpts.clip(Excerpts.withoutMarks(facts.content(inner)), Excerpts.MAX_WORDS);
        String prompt = "The article reports that " + innerName + " " + facts.cue(inner) + " "
                + (report == null ? facts.content(inner) : report.replaceAll("[.,;:]+$", "")) + ". Who is the article's source for this?";
        if (report == null) {
            sink.drop(Skill.NESTED, prompt, "no clause or sentence end to cut the report at");
            return;
        }
        List<String> candidates = new ArrayList<>();
        if (inner.source().type() == outer.source().type() && facts.speakers.isSpeaker(innerName)) {
            candidates.add(innerName);
        }
        facts.speakers.others(outer.source().type(), Set.of(ArticleFacts.entity(outer), ArticleFacts.entity(inner)))
                .forEach(s -> candidates.add(s.name()));
        String channel = outer.channel() == null ? "" : " (" + Labels.channel(outer.channel()).toLowerCase() + ")";
        String why = "The words about " + innerName + " are inside what " + key + " said" + channel + ", with the cue \""
                + facts.cue(outer) + "\": the article heard this from " + key + ", not from " + innerName
                + " directly. Look at the highlighted passage.";
        int from = inner.source().span().start();
        CharSpan reported = new CharSpan(Math.min(from, inner.content().start()), inner.content().end());
        sink.offer(new Candidate(Skill.NESTED, prompt, key, Options.pick(key, candidates, Sink.MAX_OPTIONS - 1))
                .explained(why, facts.evidence(outer)).difficulty(Difficulty.HARD).keyFrom(outer).speakerOptions()
                .claims(key, reported));
    }
}
