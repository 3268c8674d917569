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
            if (a.source() == null || !ArticleFacts.reportsWords(a) || a.parent() >= 0 || facts.mentionIsPronoun(a) || made.contains(a.source().type())
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

    private static final java.util.Set<String> ORGANISATION_HEADS = java.util.Set.of("house", "kremlin", "department",
            "ministry", "committee", "campaign", "party", "agency", "council", "commission", "court", "police",
            "government", "administration", "office", "senate", "congress", "pentagon", "company", "union", "bank",
            "times", "post", "news", "network", "bureau", "board", "foundation", "association", "institute", "university");

    private static final java.util.Set<String> ANONYMOUS_HEADS = java.util.Set.of("source", "sources", "official",
            "officials", "aide", "aides", "insider", "insiders", "spokesman", "spokeswoman", "spokesperson", "diplomat",
            "diplomats", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers");
    private static final java.util.Set<String> VAGUE_HEADS = java.util.Set.of("critics", "experts", "analysts",
            "observers", "lawmakers", "supporters", "opponents", "people", "voters", "residents", "many", "some",
            "others", "democrats", "republicans", "americans", "economists", "scientists", "activists", "commentators");

    private static String lastWord(String mention) {
        String[] words = mention.toLowerCase().split("\\s+");
        return words[words.length - 1];
    }

    /** Only types the article makes plain: a full name, an organisation's name, a tell-tale head word. */
    private static boolean confident(ArticleFacts facts, Attribution a) {
        String mention = facts.mention(a);
        return switch (a.source().type()) {
            case PERSON -> a.source().name() != null && a.source().name().contains(" ") && Character.isUpperCase(mention.charAt(0));
            case ORGANISATION -> a.source().name() != null && (mention.equals(mention.toUpperCase())
                    || ORGANISATION_HEADS.contains(lastWord(mention)));
            case ANONYMOUS -> ANONYMOUS_HEADS.contains(lastWord(mention));
            case VAGUE -> VAGUE_HEADS.contains(lastWord(mention));
        };
    }
}
