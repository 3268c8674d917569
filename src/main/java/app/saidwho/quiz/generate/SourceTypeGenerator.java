package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** SOURCE_TYPE: a named person, an organisation, an unnamed insider or a broad group. One question per kind. */
final class SourceTypeGenerator implements QuestionGenerator {
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<SourceType> made = EnumSet.noneOf(SourceType.class);
        for (Attribution a : facts.attributions()) {
            if (a.source() == null || a.cue() == null || a.parent() >= 0 || facts.mentionIsPronoun(a) || made.contains(a.source().type())
                    || !confident(facts, a)) {
                continue;
            }
            String mention = facts.mention(a);
            String passage = Excerpts.words(facts.clause(a), 22);
            String prompt = "In \"" + passage + "\", what kind of source is \"" + mention + "\"?";
            SourceType type = a.source().type();
            String why = switch (type) {
                case PERSON -> "\"" + mention + "\" names one person, " + a.source().name() + ", so you could check who said it.";
                case ORGANISATION -> "\"" + mention + "\" is an organisation: no single person is named as the speaker.";
                case ANONYMOUS -> "\"" + mention + "\" is an insider whose name the article does not give.";
                case VAGUE -> "\"" + mention + "\" is a group: the article does not say who exactly, or how many.";
            };
            sink.offer(Skill.SOURCE_TYPE, prompt, Labels.sourceType(type), Arrays.stream(SourceType.values())
                    .filter(t -> t != type).map(Labels::sourceType).toList(),
                    why + " The cue is \"" + facts.cue(a) + "\". Look at the highlighted passage.",
                    facts.evidence(a), type == SourceType.PERSON ? Difficulty.EASY : Difficulty.MEDIUM);
            made.add(type);
        }
    }

    /** Only types the article makes plain: a full name, an organisation's name, a tell-tale head word. */
    private static boolean confident(ArticleFacts facts, Attribution a) {
        String mention = facts.mention(a);
        return switch (a.source().type()) {
            case PERSON -> a.source().name() != null && a.source().name().contains(" ") && Character.isUpperCase(mention.charAt(0));
            case ORGANISATION -> a.source().name() != null;
            case ANONYMOUS, VAGUE -> Character.isLowerCase(mention.charAt(0)) || mention.split(" ").length <= 3;
        };
    }
}
