package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.generate.FirsthandCredited.Credit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's own sourcing beside "according to": a statement the writer gives as what a record, a poll or a news
 * outlet found or reported, in one sentence with nothing else in it ("A state audit found that the fund lost $2
 * million.", "The mayor will resign, the Daily Ledger reported."). The writer passes it on, a key no teacher argues;
 * the prompt leaves the credit out so the learner finds it. Never a person or a body speaking for itself (what
 * "the campaign found" is its own claim), the publication's own work or earlier reporting ("as we previously
 * reported", "a Ledger analysis found"), nor "The Times" or "The Post" alone (maybe the publication itself).
 */
final class FirsthandReported {
    /** Verbs that tell what a record or an outlet holds; "estimated", "suggested" are judgements. */
    private static final Set<String> CUES = Set.of("report", "find", "show", "reveal", "indicate", "conclude");
    /** A record, a poll or a document as the head of the mention: "the FEC filings", "a new poll", "state records". */
    private static final Pattern RECORD = Pattern.compile("(?i)\\b(?:polls?|surveys?|stud(?:y|ies)|reports?|records|data"
            + "|figures|statistics|filings?|documents?|audits?|census|results|emails)$");
    /** A news outlet named so that it cannot be the publication's short self-reference ("The Times" alone). */
    private static final Pattern OUTLET = Pattern.compile("(?:[Tt]he\\s+)?(?:Associated Press|AP|Reuters|CNN|NBC(?: News)?"
            + "|CBS(?: News)?|ABC(?: News)?|Fox News|BBC|MSNBC|NPR|Bloomberg(?: News)?|Politico|POLITICO|Axios|AFP|BuzzFeed(?: News)?"
            + "|(?:(?!(?:The|A|An)\\s)\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:Times|Post|Journal|Tribune|Globe|Herald|Guardian|Telegraph|Chronicle|Gazette"
            + "|Inquirer|Examiner|Daily News|Magazine)|(?:Daily|Evening|Morning|Sunday)\\s+\\p{Lu}[\\p{L}-]+|(?:\\p{Ll}+\\s+)?(?:newspaper|news site|news agency|magazine|broadcaster"
            + "|network)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4})");
    /** Between the credit and its verb: "released Sunday", "also", "published Tuesday"; never earlier reporting. */
    private static final Pattern BEFORE_CUE = Pattern.compile("(?:\\s+(?:also|released|published|conducted|taken|out"
            + "|on|last|this|in|week|month|year|\\p{Lu}\\p{L}+day|\\d{4}|\\p{Lu}\\p{L}+))*\\s+");
    /** After the verb, before the "that" of the statement: a time ("last week", "on Monday", "in 2014"). */
    private static final Pattern TIME = Pattern.compile("(?:\\s+(?:on|last|this|earlier|in|late|early)\\s+(?:this\\s+)?"
            + "[\\p{L}\\d]+)?");
    /** The statement is shown whole: the learner must see what the credit covers. */
    private static final int PROMPT_WORDS = 25;
    private static final Pattern THAT = Pattern.compile("^(?:that|That)\\s+");

    private FirsthandReported() {
    }

    /** The credit, when {@code a} is a record, a poll or an outlet's finding the sentence holds and nothing else. */
    static Optional<Credit> credit(ArticleFacts facts, Attribution a) {
        if (a.source() == null || a.cue() == null || a.parent() >= 0 || !CUES.contains(a.cue().lemma())
                || a.source().type() == SourceType.ANONYMOUS || a.source().span().end() > a.cue().span().start()) {
            return Optional.empty();
        }
        String mention = facts.mention(a).strip();
        if (!(RECORD.matcher(mention).find() || OUTLET.matcher(mention).matches())
                || FirsthandCredited.OWN_WORK.matcher(mention).find()
                || !BEFORE_CUE.matcher(facts.text.substring(a.source().span().end(), a.cue().span().start())).matches()) {
            return Optional.empty();
        }
        String cited = facts.text.substring(a.source().span().start(), a.cue().span().end());
        boolean wordsFirst = a.content().end() <= a.source().span().start();
        boolean wordsAfter = a.content().start() >= a.cue().span().end();
        Optional<String> statement = wordsFirst ? closing(facts, a) : wordsAfter ? opening(facts, a) : Optional.empty();
        // "Polls show …" opening a sentence is "polls" inside the option; "Quinnipiac" stays a name
        String from = FirsthandCredited.lowerArticle(inSentence(facts.text, mention));
        return statement.filter(s -> FirsthandCredited.statement(facts, a, s) && Excerpts.wordCount(s) <= PROMPT_WORDS)
                .map(s -> new Credit(s, from, FirsthandCredited.lowerArticle(inSentence(facts.text, cited))));
    }

    /** A record's common first word opening a sentence ("Polls", "New filings") is written small inside an option. */
    private static String inSentence(String text, String words) {
        return COMMON_FIRST.matcher(words).lookingAt() ? words.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + words.substring(1)
                : AnonymityGenerator.inSentence(text, words);
    }

    private static final Pattern COMMON_FIRST = Pattern.compile("(?:Polls?|Surveys?|Stud(?:y|ies)|Reports?|Records|Data|Figures"
            + "|Statistics|Filings?|Documents?|Audits?|Results|Emails|New|Recent|Latest|State|Federal|Public|Court|Official"
            + "|Internal|Fundraising|Campaign)(?=\\s+\\p{Ll}|$)");

    /** "<statement>, the Daily Ledger reported (on Monday)." */
    private static Optional<String> closing(ArticleFacts facts, Attribution a) {
        String between = facts.text.substring(a.content().end(), a.source().span().start());
        int end = facts.sentenceEnd(a.cue().span().end());
        String tail = facts.text.substring(a.cue().span().end(), end);
        boolean whole = FirsthandCredited.opensSentence(facts.text, a.content().start()) && between.matches("[\\s,]*")
                && Pattern.compile(TIME.pattern() + "[\\s.]*").matcher(tail).matches();
        return whole ? Optional.of(facts.content(a).strip().replaceFirst("[,\\s]+$", "")) : Optional.empty();
    }

    /** "<A state audit> found (last week) that <statement>." */
    private static Optional<String> opening(ArticleFacts facts, Attribution a) {
        String between = facts.text.substring(a.cue().span().end(), a.content().start());
        String content = facts.content(a).strip();
        String tail = facts.text.substring(a.content().end(), facts.sentenceEnd(a.content().end()));
        boolean that = Pattern.compile(TIME.pattern() + "\\s+that\\s*").matcher(between).matches()
                || Pattern.compile(TIME.pattern() + "\\s*").matcher(between).matches() && THAT.matcher(content).find();
        if (!FirsthandCredited.opensSentence(facts.text, a.source().span().start()) || !that || !tail.matches("[\\s.]*")) {
            return Optional.empty();
        }
        String clause = THAT.matcher(content).replaceFirst("");
        return clause.isEmpty() ? Optional.empty()
                : Optional.of(Character.toUpperCase(clause.charAt(0)) + clause.substring(1).replaceFirst("[.\\s]+$", ""));
    }
}
