package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Stance;
import app.saidwho.quiz.Skill;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** CUE_STANCE: whether the attribution verb is neutral ("said") or loaded ("claimed", "blasted"). */
final class CueStanceGenerator implements QuestionGenerator {
    private static final Map<Stance, Integer> LIMIT = new EnumMap<>(Map.of(Stance.NEUTRAL, 1, Stance.LOADED, 2,
            Stance.BELIEF, 1));

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Map<Stance, Integer> made = new EnumMap<>(Stance.class);
        Set<String> lemmas = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (!ArticleFacts.reportsWords(a) && a.cue() != null && a.cue().stance() != Stance.BELIEF
                    || a.cue() == null || a.source() == null || a.parent() >= 0 || a.cue().lemma().contains(" ") || a.cue().lemma().equals(":")
                    || made.getOrDefault(a.cue().stance(), 0) >= LIMIT.get(a.cue().stance())
                    || !lemmas.add(a.cue().lemma())) {
                continue;
            }
            String cue = facts.cue(a);
            String passage = Excerpts.words(facts.clause(a), 22);
            String prompt = "In \"" + passage + "\", the writer uses the verb \"" + cue + "\". What kind of verb is it?";
            String key = Labels.stance(a.cue().stance());
            String explanation = switch (a.cue().stance()) {
                case NEUTRAL -> "\"" + cue + "\" only tells you that " + facts.mention(a)
                        + " spoke or wrote; it does not judge the words or the speaker.";
                case LOADED -> "\"" + cue + "\" does more than report: it suggests how to see the words or "
                        + facts.mention(a) + ". A neutral writer would use \"said\".";
                case BELIEF -> "\"" + cue + "\" reports what " + facts.mention(a)
                        + " thinks, wants or feels, not words that were said.";
            } + " Look at the highlighted passage.";
            sink.offer(Skill.CUE_STANCE, prompt, key, Arrays.stream(Stance.values()).filter(s -> s != a.cue().stance())
                    .map(Labels::stance).toList(), explanation, facts.evidence(a), Difficulty.MEDIUM);
            made.merge(a.cue().stance(), 1, Integer::sum);
        }
    }
}
