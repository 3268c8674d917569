package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.FirstNames;
import app.saidwho.attribution.Kind;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.generate.Firsthand.Finding;
import app.saidwho.quiz.generate.Firsthand.Position;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FIRSTHAND from a paraphrase that tells the source's own act ("Berg said he voted against the plan", "the campaign
 * said it raised $2 million", "Chen said she saw the truck"): the most common first-hand wording of news. Read from
 * the text, not from the engine's confidence: the source is named right before a plain speech verb, the words follow
 * it, and they open with the pronoun that can only mean the source ("he" for a man's name, "it" for a campaign).
 */
final class FirsthandParaphrase {
    /** "saw the shift in attitude", "saw a chance": seeing an idea is a judgement, not a witness's. */
    private static final String NOT_SEEN = "(?:shift|change|need|chance|opportunity|value|point|benefit|danger|risk|problem"
            + "|future|potential|light|error|wisdom|merit|sense|reason|way|writing|signs?|trend|threat|hope)";
    /** Taking part or witnessing: the source was there ("he spoke with Lopez", "she saw the truck"). */
    private static final String TOOK_PART = "(?:met with|met (?:him|her|them|\\p{Lu}\\p{L}+)|spoke (?:to|with)"
            // "had" is read with the subject ("he had spoken with"), so the participle and "a conversation" stand alone
            + "|talked (?:to|with)|spoken (?:to|with)|sat down with|told (?:him|her|them|\\p{Lu}\\p{L}+)"
            + "|(?:a|numerous|several|many|two|three|multiple) conversations? with|visited|attended|arrived (?:in|at)|returned to"
            // "called Lopez a liar" names, it tells no call
            + "|called (?:him|her|them|\\p{Lu}\\p{L}+)(?!\\s+(?:a|an|the|his|her|[\"“'‘]))|cast (?:his|her|a) (?:ballot|vote)|turned out (?:at|for|to)"
            + "|(?:drove|flew|traveled|travelled) (?:to|from)|remembers (?:meeting|seeing|watching|celebrating|being)"
            + "|was (?:there|in the room|present|at (?:the|a|an) (?:meeting|rally|event|hearing|scene|dinner|briefing|debate))|(?:saw|seen) (?:him|her|them|bodies|people|\\p{Lu}\\p{L}+|(?:the|a|an) (?!(?:\\d+ )?" + NOT_SEEN + "\\b))|witnessed"
            + "|heard (?:gunfire|shots|explosions|screams)|took (?:only )?(?:a|one|the) (?:call|phone call)"
            + "|received (?:a|an|the|death|several|threats|calls?|letters?|\\d)|worked (?:with|for|alongside))";
    /** The source's own act or decision: a vote, a signature, a filing, money raised ("he voted", "it hired"). */
    private static final String OWN_ACT = "(?:voted (?:for|against|to)|signed|decided to|filed|endorsed|resigned|vetoed"
            + "|raised (?:more than |about |roughly |nearly |almost |over )?\\$[\\d.,]+(?: (?:million|billion))?|hired|fired"
            + "|suspended|launched|expanded|opened|closed|withdrew|sent (?:a|an|the|letters?)|recruited|instructed"
            + "|found (?:no|that)|determined that|reviewed|started|began|introduced|examined|asked for|released|obtained"
            + "|detected|sold|investigated|consulted|penned|delivered|accepted|declined to|apologized|helped"
            + "|made (?:more than |about |nearly |roughly )?[\\d,]+ |made (?:a|an) (?:call|visit|trip|donation|contribution)"
            // a decision about the source's own post, told as it is taken ("he is ending his bid", "she will step down")
            + "|(?:is|was) (?:ending|suspending|changing) (?:his|her|its)|(?:is|was) stepping down|will (?:step down|resign)(?! if))";
    /** A body's own plan ("it will shift staff", "it would seek a recanvass", "it plans to"): never "it would be". */
    private static final String OWN_PLAN = "(?:will|would|plans to|intends to|is planning to|has decided to|had decided to)"
            + "\\s+(?:not\\s+)?(?!be\\b|have\\b|likely\\b|probably\\b|need\\b|\\p{L}+ly\\b)\\p{Ll}+";
    /** Passing on, told of the source: "he was told", "she had heard that", "he had read reports". */
    private static final String PASSED_ON = "(?:was told|been told|heard (?:that|from|about)"
            + "|read (?:that|about|reports?)|learned (?:of it |about it )?from)";
    /** The pronoun, "had" or "has", and a word of time between ("he had first heard", "she also returned to"). */
    private static final Pattern SUBJECT = Pattern.compile("^(?:that\\s+)?(he|she|it)\\s+(?:had\\s+|has\\s+|'d\\s+)?"
            + "(?:(?:first|also|then|later|personally|already|recently|once|just|eventually|previously|earlier|twice|again)\\s+)?");
    /** Bodies that speak as "it" about their own work. */
    private static final Pattern BODY = Pattern.compile("(?i)\\b(?:campaign|company|department|agency|committee|party"
            + "|administration|commission|office|group|organi[sz]ation|firm|council|board|ministry|union|association"
            + "|foundation|bureau)$");
    /** A body's own name: capitalised words after "the" ("The New York Times", "Twitter"), no "he" or "she" in it. */
    private static final Pattern BODY_NAME = Pattern.compile("(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,5}");
    /** A plain speech verb, so the words are what the source said of itself ("said", "told reporters"). */
    private static final Pattern PLAIN_CUE = Pattern.compile("(?i)said|says|told|tells|announced|confirmed|added"
            + "|acknowledged|disclosed|reported|explained|wrote|noted|recalled|responded|stated|testified|conceded");
    /** What may stand between the name and its verb: an appositive ("Jon Reyes, a nurse, said"), "has", a day. */
    private static final Pattern BEFORE_CUE = Pattern.compile("(?s)\\s*(?:\\([^()]{1,20}\\),?\\s*)?(?:,[^.;:\"“”()]{2,100},\\s*)?"
            + "(?:(?:has|had|also|later|earlier|since|again|often|repeatedly|on \\p{Lu}\\p{L}+day)\\s+)*");
    /** What may stand between the verb and the words: whom it was told to, a day, "that" ("told the Post on Monday that"). */
    private static final Pattern AFTER_CUE = Pattern.compile("(?s)\\s*(?:[^.;:\"“”,]{0,60}?\\s+)?(?:that\\s+)?");

    private FirsthandParaphrase() {
    }

    /** The finding for a paraphrase whose words, in the article's order, can only be the source's own act. */
    static Optional<Finding> find(ArticleFacts facts, Attribution a, String presented) {
        if (a.kind() != Kind.INDIRECT || a.parent() >= 0 || !ArticleFacts.namedSource(a) || !namedRightAtTheCue(facts, a)) {
            return Optional.empty();
        }
        String content = facts.content(a);
        Matcher subject = SUBJECT.matcher(content);
        if (!subject.find() || !meansTheSource(facts, a, subject.group(1))) {
            return Optional.empty();
        }
        String rest = content.substring(subject.end());
        boolean body = subject.group(1).equals("it");
        Optional<Finding> found = starting(rest, PASSED_ON).map(w -> finding(Position.PASSED_ON, content, subject, w))
                .or(() -> starting(rest, OWN_ACT).map(w -> finding(Position.OWN_ACT, content, subject, w)))
                .or(() -> body ? starting(rest, OWN_PLAN).map(w -> finding(Position.OWN_ACT, content, subject, w))
                        : starting(rest, TOOK_PART).map(w -> finding(Position.TOOK_PART, content, subject, w)));
        // "he voted for it, according to reports": the rest of the words and how the article presents the source must
        // not say otherwise
        Optional<Finding> other = Firsthand.find(content, presented, true);
        return found.filter(f -> other.isEmpty() || other.get().position().firsthand() == f.position().firsthand());
    }

    /** The words that decide it, on to the end of their clause (at most ten words): "he spoke to Jon Reyes". */
    private static Finding finding(Position position, String content, Matcher subject, String words) {
        String clause = CLAUSE_END.split(content.substring(subject.start(1)), 2)[0].strip();
        String[] w = clause.split("\\s+");
        String shown = w.length <= MAX_WORDS ? clause : String.join(" ", java.util.Arrays.copyOf(w, MAX_WORDS)) + " …";
        return new Finding(position, shown.length() >= words.length() ? shown : content.substring(subject.start(1),
                subject.end()) + words, true);
    }

    private static final int MAX_WORDS = 10;
    /** A clause ends at a comma or a full stop, never at an abbreviation's ("Mr. Obama"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:(\"“”—]|(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr"
            + "|\\p{Lu}))\\.");

    private static Optional<String> starting(String rest, String pattern) {
        Matcher m = Pattern.compile("^" + pattern + "\\b").matcher(rest);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * "Berg said that …": the mention holds the name and ends right before a plain speech verb, the words follow within
     * a few words ("told reporters that"), nothing in between that could be another subject.
     */
    static boolean namedRightAtTheCue(ArticleFacts facts, Attribution a) {
        int mentionEnd = a.source().span().end();
        int cueStart = a.cue().span().start();
        int cueEnd = a.cue().span().end();
        if (cueStart < mentionEnd || !BEFORE_CUE.matcher(facts.text.substring(mentionEnd, cueStart)).matches()
                || !PLAIN_CUE.matcher(facts.cue(a)).matches() || a.content().start() < cueEnd) {
            return false;
        }
        String between = facts.text.substring(cueEnd, a.content().start());
        boolean thatOpens = between.matches("(?s).*\\bthat\\s*") || facts.content(a).startsWith("that ");
        return (between.isBlank() || AFTER_CUE.matcher(between).matches() && thatOpens)
                && !facts.mentionIsPronoun(a) && SpeakerKeys.mentionNamesThePerson(facts, a)
                && !SpeakerKeys.placeOfTheSpeaker(facts, a) && !SpeakerKeys.titleAgainstName(facts, a)
                && !SpeakerKeys.passiveCue(facts.text, a.source().span().start());
    }

    /**
     * "The Tax Center says it would depress revenue" after "… estimates that it would cost $3 billion": "it" may be the
     * plan the passage is about. So "it" means the body only when the two sentences before and the words before the
     * mention use no "it" and name no plan, bill or the like.
     */
    static boolean otherThingBefore(ArticleFacts facts, Attribution a) {
        int at = a.source().span().start();
        int from = Sentences.startOfSentenceBefore(facts.text, at);
        String before = facts.text.substring(Sentences.startOfSentenceBefore(facts.text, Math.max(0, from - 1)), at);
        return OTHER_THING.matcher(before).find();
    }

    private static final Pattern OTHER_THING = Pattern.compile("\\b(?:[Ii]t|[Ii]ts)\\b|\\b(?:plan|proposal|bill|tax|law|deal|measure"
            + "|policy|program|programme|rule|change|agreement|budget|order|system|approach|cut|increase|reform|legislation"
            + "|initiative|idea|move|report|study|estimate|analysis)\\b");

    /** Whether the article quotes this person elsewhere under one of these pronouns ("he said" taken to mean them). */
    private static boolean referredToAs(ArticleFacts facts, Attribution a, String pronouns) {
        String entity = ArticleFacts.entity(a);
        return facts.result.attributions().stream().anyMatch(o -> o.source() != null && ArticleFacts.namedSource(o)
                && facts.mention(o).toLowerCase(Locale.ROOT).matches(pronouns) && ArticleFacts.entity(o).equals(entity));
    }

    /** "he" only for a name the list gives to men (or "Mr."), "she" for women, "it" for a campaign or company. */
    static boolean meansTheSource(ArticleFacts facts, Attribution a, String pronoun) {
        String mention = facts.mention(a).strip();
        if (pronoun.equals("it")) {
            // a body by its head word ("the department") or by its name ("Twitter", "the U.S. Geological Survey")
            return a.source().type() == SourceType.ORGANISATION
                    && (BODY.matcher(mention).find() || BODY_NAME.matcher(mention).matches()) && !otherThingBefore(facts, a);
        }
        if (a.source().type() != SourceType.PERSON) {
            return false;
        }
        String full = facts.speakers.fullName(a.source().name(), a.source().type());
        String surname = Pattern.quote(full.substring(full.lastIndexOf(' ') + 1));
        boolean male = Pattern.compile("\\bMr\\.? " + surname + "\\b").matcher(facts.text).find()
                || FirstNames.titleContradicts("she", full) || referredToAs(facts, a, "he|him|his");
        boolean female = Pattern.compile("\\b(?:Mrs|Ms)\\.? " + surname + "\\b").matcher(facts.text).find()
                || FirstNames.titleContradicts("he", full) || referredToAs(facts, a, "she|her");
        return pronoun.equals("he") ? male && !female : female && !male;
    }
}
