package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** SOURCE_TYPE: a named person, an organisation, an unnamed insider or a broad group. One question per kind. */
final class SourceTypeGenerator implements QuestionGenerator {
    private static final Set<String> ORGANISATION_HEADS = Set.of("house", "kremlin", "department", "ministry",
            "committee", "campaign", "party", "agency", "council", "commission", "court", "police", "government",
            "administration", "office", "senate", "congress", "pentagon", "company", "union", "bank", "times", "post",
            "news", "network", "bureau", "board", "foundation", "association", "institute", "university", "center",
            "centre");
    private static final Set<String> ANONYMOUS_HEADS = Set.of("source", "sources", "official", "officials", "aide",
            "aides", "insider", "insiders", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "adviser",
            "advisers", "advisor", "advisors", "staffer", "staffers");
    private static final Set<String> VAGUE_HEADS = Set.of("critics", "experts", "analysts", "observers", "lawmakers",
            "supporters", "opponents", "people", "voters", "residents", "many", "some", "others", "democrats",
            "republicans", "americans", "economists", "scientists", "activists", "commentators", "groups", "organizations",
            "organisations");

    /**
     * Organisations, insiders and groups first: telling those apart teaches something, while "a person named in
     * the article" is plain from a full name, so that question comes last and once.
     */
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<SourceType> made = EnumSet.noneOf(SourceType.class);
        generate(facts, sink, made, false);
        generate(facts, sink, made, true);
    }

    private static void generate(ArticleFacts facts, Sink sink, Set<SourceType> made, boolean persons) {
        for (Attribution a : facts.attributions()) {
            if (sink.full(Skill.SOURCE_TYPE)) {
                return;
            }
            if (a.source() == null || !ArticleFacts.reportsWords(a) || a.parent() >= 0 || facts.mentionIsPronoun(a)
                    || (a.source().type() == SourceType.PERSON) != persons
                    || made.contains(a.source().type()) || !confident(facts, a) || !facts.reportsStatement(a)) {
                continue;
            }
            String passage = CuePassages.of(facts, a, 22);
            if (passage != null && passage.contains(facts.mention(a))) {
                if (offer(facts, sink, a, passage)) { // refused (its passage used up): another source of the kind may do
                    made.add(a.source().type());
                }
            }
        }
    }

    private static boolean offer(ArticleFacts facts, Sink sink, Attribution a, String passage) {
        String mention = facts.mention(a);
        String prompt = "In " + Excerpts.quotedInSentence(passage) + ", what kind of source is \"" + mention + "\"?";
        SourceType type = a.source().type();
        boolean plural = Grammar.plural(facts, a);
        String quotedMention = "\"" + mention + "\"";
        String why = switch (type) {
            // "the president" is a title, not a name; the name it stands for is not repeated (it may come from a caption)
            case PERSON -> (TITLE_ONLY.matcher(mention).find() ? quotedMention + " is a title for one person the article"
                    + " names" : quotedMention + " is a person's name" + fullNameIfOther(facts, a, mention))
                    + ": the article says who spoke, so a reader can look the speaker up.";
            case ORGANISATION -> quotedMention + " is the name of an organisation: it speaks as a body, and no single person"
                    + " is named as the speaker.";
            case ANONYMOUS -> plural ? quotedMention + " are insiders whose names the article does not give."
                    : quotedMention + " is an insider whose name the article does not give.";
            case VAGUE -> quotedMention + " is a group: the article does not say who exactly, or how many.";
        };
        return sink.offer(new Candidate(Skill.SOURCE_TYPE, prompt, Labels.sourceType(type), Arrays.stream(SourceType.values())
                .filter(t -> t != type).map(Labels::sourceType).toList())
                .explained(why + " Look at the highlighted passage.", facts.evidence(a))
                .difficulty(type == SourceType.PERSON ? Difficulty.EASY : Difficulty.MEDIUM).about(a).giveaway(type == SourceType.PERSON));
    }

    private static final java.util.regex.Pattern TITLE_ONLY = java.util.regex.Pattern.compile("^(?i:the|a|an|his|her|their)\\s");

    private static String fullNameIfOther(ArticleFacts facts, Attribution a, String mention) {
        String full = facts.speakers.fullName(a.source().name(), a.source().type());
        return mention.contains(full) ? "" : " (" + full + ")";
    }

    private static String lastWord(String mention) {
        String[] words = mention.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** Only types the article makes plain: a full name, an organisation's name, a tell-tale head word. */
    private static boolean confident(ArticleFacts facts, Attribution a) {
        String mention = facts.mention(a);
        return switch (a.source().type()) {
            case PERSON -> a.source().name() != null && a.source().name().contains(" ")
                    && Character.isUpperCase(mention.charAt(0)) && facts.canSpeak(a.source().name(), SourceType.PERSON);
            case ORGANISATION -> a.source().name() != null && (mention.equals(mention.toUpperCase(Locale.ROOT))
                    || ORGANISATION_HEADS.contains(lastWord(mention)));
            case ANONYMOUS -> ANONYMOUS_HEADS.contains(lastWord(mention))
                    && Insiders.keptUnnamed(mention, facts.evidence(a).text(facts.text));
            case VAGUE -> VAGUE_HEADS.contains(lastWord(mention));
        };
    }
}
