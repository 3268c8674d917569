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
    private static final Map<Stance, Integer> LIMIT = new EnumMap<>(Map.of(Stance.NEUTRAL, 1, Stance.LOADED, 2,
            Stance.BELIEF, 1));
    /** Verbs everyone reads as neutral: a question on them is given away by the surface. */
    private static final Set<String> PLAIN = Set.of("say", "tell");
    /**
     * The verbs a key may call neutral or loaded without a teacher arguing: plain reporting verbs, and verbs that
     * plainly colour the words ("acknowledged" may be a fair word for a real concession: a teacher could call it
     * neutral, so it is not asked). Many cue verbs lie between ("noted" and "explained" take the words as true,
     * "warned", "vowed" and "criticised" name the kind of speech, "joked" its tone): no question on them.
     */
    private static final Set<String> CLEARLY_NEUTRAL = Set.of("say", "tell", "add", "write", "state", "report",
            "reply", "respond", "answer", "comment", "remark", "tweet", "post", "continue", "ask", "testify", "announce");
    private static final Set<String> CLEARLY_LOADED = Set.of("claim", "insist", "admit", "concede", "boast", "brag",
            "gloat", "slam", "blast", "rip", "lash", "scoff", "rant", "gush", "bemoan", "fume", "taunt", "tout",
            "decry", "denounce", "mock", "grumble", "snap", "bark", "brand", "scold", "reveal");

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        if (UnsourcedGenerator.firstPersonPiece(facts)) {
            return; // a memoir's quotation marks hold the writer's memory of words, not a source's exact words
        }
        Map<Stance, Integer> made = new EnumMap<>(Stance.class);
        Set<String> lemmas = new HashSet<>();
        // Loaded verbs and beliefs first: they teach more than another "said".
        generate(facts, sink, made, lemmas, false);
        generate(facts, sink, made, lemmas, true);
    }

    private static void generate(ArticleFacts facts, Sink sink, Map<Stance, Integer> made, Set<String> lemmas,
                                 boolean neutral) {
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.CUE_STANCE)) {
                return;
            }
            if (askable(a) && (a.cue().stance() == Stance.NEUTRAL) == neutral && !facts.firstPerson(a)
                    && facts.reportsStatement(a) && made.getOrDefault(a.cue().stance(), 0) < LIMIT.get(a.cue().stance())
                    && !lemmas.contains(a.cue().lemma()) && offer(facts, sink, a)) {
                lemmas.add(a.cue().lemma());
                made.merge(a.cue().stance(), 1, Integer::sum);
            }
        }
    }

    private static boolean askable(Attribution a) {
        if (a.cue() == null || a.source() == null || a.parent() >= 0) {
            return false;
        }
        String lemma = a.cue().lemma();
        return switch (a.cue().stance()) {
            case NEUTRAL -> CLEARLY_NEUTRAL.contains(lemma) && ArticleFacts.reportsWords(a);
            case LOADED -> CLEARLY_LOADED.contains(lemma) && ArticleFacts.reportsWords(a);
            case BELIEF -> !lemma.contains(" ");
        };
    }

    /** The source as an explanation names it: the name, or "the speaker" for a pronoun the engine is not sure of. */
    private static String speaker(ArticleFacts facts, Attribution a) {
        boolean pronoun = facts.mentionIsPronoun(a);
        boolean sure = Trust.of(facts.text, a) == Trust.Level.HIGH;
        if (a.source().name() != null && sure && facts.canSpeak(a.source().name(), a.source().type())
                && !facts.firstPerson(a)) {
            return facts.display(a);
        }
        String mention = facts.mention(a);
        return pronoun || Character.isUpperCase(mention.charAt(0)) ? "the speaker" : mention;
    }

    /** What a loaded verb makes the reader think of the words or the speaker, in a learner's words. */
    static String colouring(String lemma, String who) {
        return switch (lemma) {
            case "claim" -> "it hints that the words may not be true";
            case "insist" -> "it suggests that " + who + " kept to the words although others doubted them";
            case "admit", "concede" -> "it makes the words sound like a confession, something " + who
                    + " would rather not have said";
            case "acknowledge" -> "it makes the words sound like a point " + who + " grants, perhaps reluctantly";
            case "boast", "brag", "gloat", "tout", "gush" -> "it makes " + who + " sound proud or showing off";
            case "slam", "blast", "rip", "lash", "decry", "denounce", "scold" -> "it makes " + who + " sound like an attacker";
            case "scoff", "mock", "taunt" -> "it makes " + who + " sound scornful";
            case "rant", "fume", "snap", "bark", "grumble", "bemoan" -> "it makes " + who + " sound angry or complaining";
            case "brand" -> "it makes the label sound like an attack by " + who;
            case "reveal" -> "it makes the words sound like a secret brought to light, and so more important";
            default -> "it suggests how to see the words or " + who;
        };
    }

    private static boolean offer(ArticleFacts facts, Sink sink, Attribution a) {
        String passage = CuePassages.of(facts, a, 22);
        String cue = facts.cue(a);
        if (passage == null || !passage.contains(cue)) {
            return false;
        }
        String who = speaker(facts, a);
        boolean plural = Grammar.plural(facts, a);
        String prompt = "In " + Excerpts.quotedInSentence(passage) + ", the writer uses the verb \"" + cue + "\". What kind of verb is it?";
        String explanation = switch (a.cue().stance()) {
            case NEUTRAL -> "\"" + cue + "\" only tells you that " + who + " spoke or wrote; it does not judge the words or "
                    + "the speaker.";
            case LOADED -> "\"" + cue + "\" does more than report: " + colouring(a.cue().lemma(), who)
                    + ". \"Said\" would report the same words without that colouring.";
            case BELIEF -> "\"" + cue + "\" reports what " + who + " " + Grammar.verb("thinks", plural) + ", "
                    + Grammar.verb("wants", plural) + " or " + Grammar.verb("feels", plural) + ", not words that were said.";
        } + " Look at the highlighted passage.";
        return sink.offer(new Candidate(Skill.CUE_STANCE, prompt, Labels.stance(a.cue().stance()), Arrays.stream(Stance.values())
                .filter(s -> s != a.cue().stance()).map(Labels::stance).toList()).explained(explanation, facts.evidence(a))
                .about(a).giveaway(PLAIN.contains(a.cue().lemma()))
                .difficulty(PLAIN.contains(a.cue().lemma()) ? Difficulty.EASY : Difficulty.MEDIUM));
    }
}
