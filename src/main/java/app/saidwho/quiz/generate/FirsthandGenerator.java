package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import app.saidwho.quiz.generate.Firsthand.Finding;
import app.saidwho.quiz.generate.Firsthand.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FIRSTHAND: was the source in a position to know? Keys only from the explicit words {@link Firsthand} reads:
 * took part or saw it, passes on what others said, or says they do not know. The prompt shows the words that
 * decide it when they are the source's own.
 */
final class FirsthandGenerator implements QuestionGenerator {
    private static final int LIMIT = 2;
    private static final int PROMPT_WORDS = 20;
    private static final Pattern MARK = Pattern.compile("''|``|[\"“”]");

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<String> asked = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (asked.size() == LIMIT) {
                return;
            }
            Optional<Finding> finding = askable(facts, a)
                    ? Firsthand.find(facts.content(a), presented(facts, a), a.kind() == Kind.INDIRECT) : Optional.empty();
            if (finding.isEmpty() && a.source() != null && a.cue() != null) {
                finding = FirsthandParaphrase.find(facts, a, presented(facts, a));
            }
            if (finding.isEmpty() || !asked.add(a.source().name())) {
                continue;
            }
            offer(facts, sink, a, finding.get());
        }
        // the article's own sourcing, when its sources gave fewer than two questions
        FirsthandCredited.offer(facts, sink);
    }

    /** A source named and sure, or an unnamed one whose own description may decide it ("familiar with the talks"). */
    private static boolean askable(ArticleFacts facts, Attribution a) {
        if (SpeakerKeys.sure(facts, a)) {
            return true;
        }
        return a.source() != null && a.source().type() == SourceType.ANONYMOUS && a.parent() < 0
                && ArticleFacts.reportsWords(a) && !facts.mentionIsPronoun(a) && facts.mention(a).contains(" ");
    }

    /** How the article presents the source: its clause (mention, cue and what follows) without the source's words. */
    static String presented(ArticleFacts facts, Attribution a) {
        String clause = facts.clause(a);
        String content = facts.content(a);
        int at = clause.indexOf(content);
        return at < 0 ? clause : clause.substring(0, at) + " … " + clause.substring(at + content.length());
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution a, Finding finding) {
        boolean unnamed = a.source().type() == SourceType.ANONYMOUS;
        // "Rival Lopez's campaign" opening a sentence is "rival Lopez's campaign" inside the prompt
        String name = unnamed ? "the unnamed source" : a.source().type() == SourceType.ORGANISATION
                ? AnonymityGenerator.inSentence(facts.text, facts.display(a)) : facts.display(a);
        // the longest quoted part when the words do not decide it: a content running across a speech tag
        // ("…," said Lopez, who attended. "…") would leave a quotation open in the prompt
        String shown = finding.inContent() ? around(facts.content(a), finding.words())
                : facts.quotation(a).map(facts::quotedWords).orElse(facts.content(a));
        String words = Excerpts.unquoted(shown).replaceFirst("^that ", "");
        List<String> options = options(unnamed ? "the source" : name, finding.position(), possessive(finding.words()));
        String key = options.get(finding.position().firsthand() ? 0 : finding.position() == Position.PASSED_ON ? 1 : 2);
        List<String> distractors = new ArrayList<>(options);
        distractors.remove(key);
        // "the spokesman" may be someone the article names elsewhere: then it is only "the source"
        String who = unnamed ? (AnonymityGenerator.pointsBack(facts.mention(a)) ? "the source" : name) + " (\""
                + AnonymityGenerator.described(facts, a) + "\")" : name;
        String excerpt = Excerpts.words(words, PROMPT_WORDS);
        String prompt = a.kind() == Kind.INDIRECT && !unnamed ? reported(name, Excerpts.words(facts.content(a), PROMPT_WORDS))
                : Excerpts.asksOrExclaims(excerpt)
                ? "Was " + who + " in a position to know this first-hand? " + Excerpts.quoted(excerpt.strip())
                : "Was " + who + " in a position to know this first-hand: " + Excerpts.quotedInSentence(excerpt) + "?";
        sink.offer(Skill.FIRSTHAND, prompt, key, distractors,
                explanation(finding, unnamed ? "the source" : name, a.kind() == Kind.INDIRECT), facts.evidence(a), Difficulty.HARD);
    }

    /**
     * A paraphrase is no quotation, so the prompt tells it as the article does, without marks: "According to the
     * article, Berg said he voted against the plan. Was Berg in a position to know this first-hand?"
     */
    static String reported(String name, String paraphrase) {
        String words = paraphrase.strip().replaceFirst("[.,;:]+$", "");
        return "According to the article, " + name + " said " + words + (words.endsWith("…") ? " " : ". ") + "Was " + name
                + " in a position to know this first-hand?";
    }

    /**
     * The sentence of the source's words that holds {@code words}, so the prompt shows what decides the key; only
     * within the quoted part holding them ("…," Lopez said. "…" gives no sentence running across the tag).
     */
    static String around(String content, String words) {
        int at = content.indexOf(words);
        if (at < 0) {
            return content;
        }
        Matcher mark = MARK.matcher(content);
        int from = 0;
        int to = content.length();
        while (mark.find()) {
            if (mark.end() <= at) {
                from = mark.end();
            } else if (mark.start() >= at + words.length()) {
                to = mark.start();
                break;
            }
        }
        String part = content.substring(from, to);
        CharSpan s = Sentences.around(part, new CharSpan(at - from, at - from + words.length()));
        return s.text(part);
    }

    /** The "yes" that fits the finding (never both: a second right option), then the two "no"s. */
    static List<String> options(String name, Position position, String possessive) {
        String yes = switch (position) {
            case SPEAKS_FOR -> "Yes: " + name + " speaks for those whose own plan or decision it is";
            case OWN_ACT -> "Yes: " + name + " tells of " + possessive + " own act or decision";
            default -> "Yes: " + name + " took part or saw it first-hand";
        };
        return List.of(yes, "No: " + name + " passes on what others said or wrote",
                "No: " + name + " says they do not know about it");
    }

    /** "his" for "he voted …", "its" for "it raised …": the owner of an act the paraphrase tells. */
    static String possessive(String words) {
        return switch (words.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)) {
            case "he" -> "his";
            case "she" -> "her";
            case "it" -> "its";
            default -> "their";
        };
    }

    private static String explanation(Finding finding, String name, boolean paraphrase) {
        // a paraphrase is the writer's wording of what the source said, never "their own words"
        String where = !finding.inContent() ? "The article presents " + name + " with the words \"" + finding.words() + "\": "
                : paraphrase ? "The article reports that " + name + " said " + finding.words() + (finding.words().endsWith("…") ? " " : ". ")
                : "In " + Grammar.possessive(name) + " own words, \"" + finding.words() + "\": ";
        String why = switch (finding.position()) {
            case TOOK_PART -> name + " was part of what is described or saw it, so could know it first-hand.";
            case OWN_ACT -> name + " tells of " + possessive(finding.words()) + " own act or decision, so could know it first-hand.";
            case SPEAKS_FOR -> name + " is presented as speaking for a body (a spokesperson or its statement) and tells its "
                    + "own plan or decision, so could know it first-hand.";
            case PASSED_ON -> name + " learned this from others (a report, a document or other people), not as a "
                    + "witness.";
            case DOES_NOT_KNOW -> name + " says they do not know about it, so was not in a position to know it.";
        };
        return where + (where.endsWith(". ") || where.endsWith("… ") ? Character.toUpperCase(why.charAt(0)) + why.substring(1) : why)
                + " Look at the highlighted passage.";
    }
}
