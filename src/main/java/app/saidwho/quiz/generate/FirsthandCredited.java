package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FIRSTHAND about the article itself: a statement the article credits to a poll, a document, data or another outlet
 * ("Turnout fell by a third, according to state records"). The writer passes it on; the learner finds where it comes
 * from. Only for a whole statement in the writer's words (no quotation marks, no other source's cue inside it) that
 * the credit closes or opens, never the publication's own work ("according to a Ledger analysis") nor an unnamed
 * insider (the anonymity questions ask about those).
 */
final class FirsthandCredited {
    private static final int PROMPT_WORDS = 25;
    private static final int MIN_WORDS = 6;
    private static final int MAX_CREDIT_WORDS = 10;
    /** The "according to" of the text, as the engine's cue. */
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according to");
    /**
     * "according to a Daily Ledger analysis", "a count by the AP": maybe the publication's own work on the records,
     * which a teacher could call first-hand research; "as this reporter revealed" is the writer's own.
     */
    static final Pattern OWN_WORK = Pattern.compile("(?i)\\b(?:analysis|review|count|tally|investigation|database|this reporter"
            + "|this newspaper|our|we|I)\\b");
    /** "(AP) —", "WASHINGTON —": a dateline opens the words, no statement of the writer's. */
    private static final Pattern DATELINE = Pattern.compile("^[^a-z]{0,40}(?:\\([\\p{L} ]+\\)\\s*)?[—–-]");
    /** The statement leans on the sentence before ("He …", "That …"): the learner could not tell what it is about. */
    private static final Pattern LEANS_BACK = Pattern.compile("^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their"
            // "When superdelegates are factored in …": a clause waiting for its main one
            + "|When|If|Unless|Although|Though|Because|Whether)\\b");
    private static final Pattern MARKS = Pattern.compile("''|``|[\"“”]");
    /**
     * "… full of facts, about why the other side is wrong - which it often is, according to Berg": the credit may cover
     * only the last clause when it is a relative or a subordinate one.
     */
    private static final Pattern LAST_CLAUSE_LEANS = Pattern.compile("(?i)(?:^|[,;:—–]|\\s-)\\s*(?:which|who|whom|whose|that|as"
            + "|because|although|though|while|when|whereas|if|unless|since)\\b[^,;:—–]*$");
    /** Where the credit's noun phrase ends: a comma, a stop, a dash. */
    private static final Pattern CREDIT_END = Pattern.compile("[,;:(—]|(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|\\p{Lu}))\\."
            + "|\\s[-–]\\s|$");
    /** A credit opens with a name or a determiner ("poll" alone is a headline's). */
    private static final Pattern CREDIT_START = Pattern.compile("^(?:\\p{Lu}|(?:a|an|the|his|her|its|their|one|new|recent|early"
            + "|public|state|federal|official|preliminary|unofficial|data|figures|records|polls|court)\\b)");

    private FirsthandCredited() {
    }

    /**
     * What the writer passes on: the statement as the prompt shows it, whom it comes from as the key names it ("state
     * records"), and the article's words that credit it ("according to state records", "a state audit found").
     */
    record Credit(String statement, String from, String cited) {
    }

    /**
     * Offers at most one such question: the first statement credited to a record or a body, "according to" it or as
     * what a record, a poll or an outlet found or reported ({@link FirsthandReported}).
     */
    static void offer(ArticleFacts facts, Sink sink) {
        for (Attribution a : facts.attributions()) {
            Optional<Credit> credit = credit(facts, a).filter(c -> statement(facts, a))
                    .map(c -> new Credit(facts.content(a), lowerArticle(c), "according to " + c))
                    .or(() -> FirsthandReported.credit(facts, a));
            if (credit.isPresent()) {
                offer(facts, sink, a, credit.get());
                return;
            }
        }
    }

    /** "According to The Associated Press" opens a sentence: inside the option it is "the Associated Press". */
    static String lowerArticle(String credit) {
        return credit.matches("(?s)^(?:The|A|An)\\b.*") ? credit.substring(0, 1).toLowerCase(Locale.ROOT) + credit.substring(1)
                : credit;
    }

    /** The credit as the article words it ("a new poll by the Harvard Institute"), when it names a record or a body. */
    static Optional<String> credit(ArticleFacts facts, Attribution a) {
        if (a.cue() == null || a.parent() >= 0 || !ACCORDING_TO.matcher(facts.cue(a)).matches()) {
            return Optional.empty();
        }
        String after = facts.text.substring(a.cue().span().end(), Math.min(facts.text.length(), a.cue().span().end() + 200));
        Matcher end = CREDIT_END.matcher(after);
        String phrase = (end.find() ? after.substring(0, end.start()) : after).strip();
        // the engine may find no source in the credit ("a report in the Register"): the words are read as written
        SourceType type = a.source() == null ? null : a.source().type();
        if (phrase.isEmpty() || Excerpts.wordCount(phrase) > MAX_CREDIT_WORDS || type == SourceType.ANONYMOUS || !CREDIT_START.matcher(phrase).find()
                || OWN_WORK.matcher(phrase).find()) {
            return Optional.empty();
        }
        // the credit and the words make the sentence: "<words>, according to <credit>." or "According to <credit>, <words>."
        int creditEnd = a.cue().span().end() + after.indexOf(phrase) + phrase.length();
        boolean wordsFirst = a.content().start() < a.cue().span().start();
        int opens = wordsFirst ? a.content().start() : a.cue().span().start();
        int closes = wordsFirst ? creditEnd : a.content().end();
        String tail = facts.text.substring(closes, facts.sentenceEnd(closes));
        return opensSentence(facts.text, opens) && tail.matches("(?s)[\\s.,;:!?”\"’']*") ? Optional.of(phrase) : Optional.empty();
    }

    /** At the article's or a line's start, or after a sentence's closing stop (and mark). */
    static boolean opensSentence(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            if (text.charAt(i - 1) == '\n') {
                return true;
            }
            i--;
        }
        return i == 0 || text.substring(Math.max(0, i - 2), i).matches("(?s).*[.!?][”\"’']?");
    }

    /** The credited words are a whole statement of the writer's: a capital, no marks, no other source inside. */
    static boolean statement(ArticleFacts facts, Attribution a) {
        return statement(facts, a, facts.content(a).strip());
    }

    /** {@link #statement(ArticleFacts, Attribution)} for the words as the prompt shows them ("that" left out). */
    static boolean statement(ArticleFacts facts, Attribution a, String content) {
        if (Excerpts.wordCount(content) < MIN_WORDS || !Character.isUpperCase(content.charAt(0))
                || MARKS.matcher(content).find() || OWN_WORK.matcher(content).find() || DATELINE.matcher(content).find()
                || LEANS_BACK.matcher(content).find()
                || a.content().start() < a.cue().span().start() && LAST_CLAUSE_LEANS.matcher(content).find()) {
            return false;
        }
        CharSpan words = a.content();
        return facts.result.attributions().stream().filter(o -> o != a && o.cue() != null)
                .noneMatch(o -> words.start() <= o.cue().span().start() && o.cue().span().end() <= words.end());
    }

    private static void offer(ArticleFacts facts, Sink sink, Attribution a, Credit credit) {
        String statement = Excerpts.words(credit.statement(), PROMPT_WORDS).replaceAll("[,;:.]+$", "");
        String prompt = "The article states: " + statement + (statement.endsWith("…") ? "" : ".")
                + " Was the writer of the article in a position to know this first-hand?";
        String key = "No: the writer passes it on from " + credit.from();
        List<String> distractors = List.of("Yes: the writer saw it or took part first-hand",
                "No: the article gives no source for it");
        String why = "The article credits this to " + credit.from() + " (\"" + credit.cited() + "\"): the writer passes on "
                + "what that source reported or found, and was not a witness. Look at the highlighted passage.";
        sink.offer(Skill.FIRSTHAND, prompt, key, distractors, why, facts.evidence(a), Difficulty.MEDIUM);
    }
}
