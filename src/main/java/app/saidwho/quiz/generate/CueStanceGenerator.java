package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Stance;
import app.saidwho.quiz.Skill;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** CUE_STANCE: whether the attribution verb is neutral ("said"), loaded ("claimed"), or reports a belief. */
final class CueStanceGenerator implements QuestionGenerator {
    private static final Map<Stance, Integer> LIMIT = new EnumMap<>(Map.of(Stance.NEUTRAL, 2, Stance.LOADED, 2,
            Stance.BELIEF, 1));
    /** Verbs everyone reads as neutral: a question on them is given away by the surface. */
    private static final Set<String> PLAIN = Set.of("say", "tell");

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Map<Stance, Integer> made = new EnumMap<>(Stance.class);
        Set<String> lemmas = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.CUE_STANCE)) {
                return;
            }
            if (askable(a) && !facts.firstPerson(a) && facts.reportsStatement(a) && made.getOrDefault(a.cue().stance(), 0) < LIMIT.get(a.cue().stance())
                    && !lemmas.contains(a.cue().lemma()) && offer(facts, sink, a)) {
                lemmas.add(a.cue().lemma());
                made.merge(a.cue().stance(), 1, Integer::sum);
            }
        }
    }

    private static boolean askable(Attribution a) {
        return a.cue() != null && a.source() != null && a.parent() < 0 && !a.cue().lemma().contains(" ")
                && !a.cue().lemma().equals(":") && (ArticleFacts.reportsWords(a) || a.cue().stance() == Stance.BELIEF);
    }

    private static boolean offer(ArticleFacts facts, Sink sink, Attribution a) {
        String passage = Excerpts.clip(facts.passage(a), 22);
        if (passage == null) {
            return false;
        }
        String cue = facts.cue(a);
        String who = a.source().name() != null && !facts.mentionIsPronoun(a) ? facts.display(a) : facts.mention(a);
        boolean plural = Grammar.plural(facts, a);
        String prompt = "In " + Excerpts.quoted(passage) + ", the writer uses the verb \"" + cue + "\". What kind of verb is it?";
        String explanation = switch (a.cue().stance()) {
            case NEUTRAL -> "\"" + cue + "\" only tells you that " + who + " spoke or wrote; it does not judge the words or "
                    + "the speaker.";
            case LOADED -> "\"" + cue + "\" does more than report: it suggests how to see the words or " + who
                    + ". A neutral writer would use \"said\".";
            case BELIEF -> "\"" + cue + "\" reports what " + who + " " + Grammar.verb("thinks", plural) + ", "
                    + Grammar.verb("wants", plural) + " or " + Grammar.verb("feels", plural) + ", not words that were said.";
        } + " Look at the highlighted passage.";
        int before = (int) sink.count(Skill.CUE_STANCE);
        sink.offer(new Candidate(Skill.CUE_STANCE, prompt, Labels.stance(a.cue().stance()), Arrays.stream(Stance.values())
                .filter(s -> s != a.cue().stance()).map(Labels::stance).toList()).explained(explanation, facts.evidence(a))
                .about(a).giveaway(PLAIN.contains(a.cue().lemma())));
        return sink.count(Skill.CUE_STANCE) > before;
    }
}
