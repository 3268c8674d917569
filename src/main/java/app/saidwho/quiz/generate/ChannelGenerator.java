package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Channel;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** CHANNEL: how or where a source said something, when the article says so next to the cue. */
final class ChannelGenerator implements QuestionGenerator {
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<String> asked = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (!ArticleFacts.named(a) || !ArticleFacts.reportsWords(a) || a.channel() == null
                    || !Labels.ASKABLE_CHANNELS.contains(a.channel()) || !asked.add(Options.normal(facts.content(a)))) {
                continue;
            }
            String name = facts.display(a);
            String prompt = "How did " + name + " say this: \"" + Excerpts.words(Excerpts.unquoted(facts.content(a)), 15) + "\"?";
            List<String> distractors = new ArrayList<>();
            for (Channel other : Labels.ASKABLE_CHANNELS) {
                if (other != a.channel()) {
                    distractors.add(Labels.channel(other));
                }
            }
            String key = Labels.channel(a.channel());
            String explanation = "Next to the cue \"" + facts.cue(a) + "\" the article says how " + name
                    + " said it: " + key.toLowerCase() + ". Look at the highlighted passage.";
            sink.offer(Skill.CHANNEL, prompt, key, distractors.subList(0, Sink.MAX_OPTIONS - 1), explanation,
                    facts.evidence(a), Difficulty.EASY);
        }
    }
}
