package app.saidwho.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a source was in a position to know, read only from words a reader of news recognises: a participant or
 * witness speaking ("I was in the room", "we agreed", "who attended the meeting"), a source passing on what others
 * said ("according to reports", "citing a poll", "I was told", "a person familiar with the talks"), a spokesperson
 * announcing the body's own plan ("we will appeal"), or a source saying they do not know ("I wasn't there"). "Told Reuters" names the channel, not a second-hand source; "citing
 * his own visit" is first-hand.
 */
final class Firsthand {
    /**
     * The answers: took part or saw it, speaks for the body whose own plan or decision it is, or tells of its own act
     * or decision ("he voted against it", "the campaign said it raised $2 million"; all "yes", one of them offered),
     * passes on what others said, says they do not know.
     */
    enum Position { TOOK_PART, SPEAKS_FOR, OWN_ACT, PASSED_ON, DOES_NOT_KNOW;

        /** Took part, speaks for and tells its own act are one answer ("yes"): finding two is no conflict. */
        boolean firsthand() {
            return this == TOOK_PART || this == SPEAKS_FOR || this == OWN_ACT;
        }
    }

    /** What was found, and the words that show it (quoted in the explanation and the prompt). */
    record Finding(Position position, String words, boolean inContent) {
    }

    /** First-person taking part, in the source's own words ("I saw him", "I've worked with her", "we met"). */
    static final Pattern TOOK_PART = Pattern.compile("\\bI(?:'ve|’ve|\\s+have|\\s+had)?\\s+(?:"
            + "was\\s+(?:there|in the room|at (?:the|that|a|his|her) (?:meeting|rally|event|hearing|scene|briefing"
            + "|table|talks|dinner|session|conference)|on the (?:call|phone|trip|plane|stage))"
            + "|(?:saw|seen|watched|witnessed)(?=\\s+(?:him|her|them|it|this|that|these|those|the|a|an|his|their|\\p{Lu}))|met with|met|attended|visited|negotiated|signed"
            + "|talked (?:to|with)|spoke (?:to|with)|sat down with|sat in on|told (?:him|her|them)|asked (?:him|her|them)"
            // being there: "I was in Fort Worth the other day", "I was sitting in a house in Florida" ("I listened to
            // him, I thought …" and "I told Lopez this is a movement" frame an opinion, so they stay out)
            + "|was in (?!The\\b)\\p{Lu}\\p{L}+|was (?:sitting|standing) (?:in|at|on|next to|beside)"
            + "|made (?:the|a|my) decision"
            + "|known (?:him|her|them)|worked (?:with|for|alongside)|served (?:with|alongside|under)|called (?:him|her|them)"
            + "|heard (?:him|her|them) (?:say|said|speak|tell)|went (?:there|to the)"
            // the speaker's own acts: "I voted against it", "I have decided", "I wrote to him"
            + "|voted|decided|introduced|endorsed|campaigned|resigned|founded|filed|vetoed|joined (?:the|this|his|her|their)"
            + "|wrote (?:to|him|her|them|the|a|that)|ran (?:for|against)|started (?:the|a|this|my)|built (?:the|a|this|my)"
            + "|sent (?:him|her|them|a|the)|gave (?:him|her|them))\\b"
            + "(?!\\s+(?:coming|that|reports?|on (?:TV|television)|in the (?:news|paper)))"
            // "we" only for what a group does together: "we have seen" is often any reader's experience
            + "|\\b[Ww]e(?:'ve|’ve|\\s+have|\\s+had)?\\s+(?:met|agreed|negotiated|signed|discussed|talked (?:to|with)"
            + "|spoke (?:to|with)|sat down with|were (?:there|in the room)|voted|decided|filed|launched|hired|founded"
            + "|reviewed|interviewed|investigated|visited|sent (?:him|her|them|a|the)|raised \\$[\\d,.]+)"
            + "(?:\\b|(?<=\\d))"
            + "|^(?:that\\s+)?(?:he|she|they)\\s+and\\s+[^,.;]{2,40}?\\s+(?:reached|agreed|discussed|met|signed|negotiated)\\b");
    /** "if I went", "I would have met": a supposition, not an experience. */
    private static final Pattern SUPPOSED = Pattern.compile("(?i)\\b(?:if|would|could|might|wish|hope)\\s+(?:\\S+\\s+){0,2}$");
    /**
     * "the people I have met", "the group I founded, …": a clause tucked behind a noun describes the noun; the
     * sentence is about something else. "I" must open its clause (after a stop, a comma or a word such as "when").
     */
    private static final Pattern TUCKED_BEHIND_A_NOUN = Pattern.compile("\\b(?!(?:and|but|so|because|when|then|that|as|after"
            + "|before|since|while|where|once|until|now|today|yesterday|also|just|recently|ago|here|there|why|and)\\b)"
            + "\\p{Ll}+\\s+$");
    /** "how we decided if …": a way of doing things, not one act. */
    private static final Pattern NO_ACT_AFTER = Pattern.compile("^\\s+(?:if|whether|how|what|who|which)\\b");
    /** The article describes the source as there: right after the mention, or inside it. */
    static final Pattern WITNESS = Pattern.compile("^[^.;]{0,60}?(?:,\\s*)?\\b(?:who|which)\\s+(?:attended|took part in"
            + "|participated in|was (?:at|in the room|present|there)|were (?:at|in the room|present|there)|witnessed|saw"
            + "|sat in on)\\b|^\\s*(?:present|in attendance)\\b|\\beyewitness(?:es)?\\b");
    /**
     * "citing a report", "citing unnamed officials", "citing Interior Department data": what others said or wrote.
     * "Citing the release of prisoners" gives the speaker's reasons, which says nothing of how they know.
     */
    private static final String CITING_OTHERS = "\\bciting (?:(?:a|an|the|new|recent|unnamed|anonymous|internal|news|press"
            + "|media|government|official|\\p{Lu}\\p{L}*)\\s+){0,3}(?:reports?|documents?|data|figures|polls?|surveys?|sources?"
            + "|officials?|records|statistics|research|stud(?:y|ies)|memos?|emails?|estimates?|analysis|intelligence|articles?"
            + "|people|aides?|experts?|analysts?)\\b";
    /** Passing on, in the source's own words. */
    static final Pattern PASSED_ON_WORDS = Pattern.compile("(?i)\\baccording to (?:news |media |press )?reports?\\b"
            + "|\\baccording to (?:a|an|the) (?:report|document|memo|poll|survey|study|book|letter|filing|complaint)\\b"
            // a record named with up to three words before it: "according to FBI figures", "according to the latest data"
            + "|\\baccording to (?:(?:the|a|an|new|recent|latest|last|official|federal|state|government|census|\\p{Lu}[\\p{L}.]*)\\s+){0,3}"
            + "(?:data|figures|statistics|numbers|records|polls|surveys|studies|reports|estimates|filings|documents)\\b"
            + "|\\breportedly\\b|\\bsecond-hand\\b|\\b(?:I|we)(?:'m|’m|\\s+am|\\s+was|\\s+were|'ve been|’ve been|\\s+have been"
            + "|\\s+had been)\\s+told\\b|\\b(?:I|we)(?:'ve|’ve|\\s+have)?\\s+(?:heard|read)\\s+(?:that|from|in)\\b"
            + "|\\bpeople (?:tell|told) me\\b|\\b(?:a lot of|many|lots of) people (?:are saying|say|tell me|have told me)\\b"
            + "|\\bsources (?:tell|told) (?:me|us)\\b|\\b(?:I|we)(?:'m|’m|\\s+am|'re|’re|\\s+are|'ve been|’ve been)\\s+hearing\\b"
            + "|\\bI hear that\\b|" + CITING_OTHERS
            + "|\\b(?:the|a|an|this|that|our|their|his|her) (?:new )?(?:report|study|poll|survey|memo|document|audit|analysis"
            + "|letter|filing|book) (?:said|says|found|finds|showed|shows|concluded|concludes)\\b"
            + "|\\b(?:polls|surveys|studies|reports|documents|records|data|figures|statistics|numbers|filings) (?:show|showed"
            + "|suggest|suggested|found|say|said|indicate|indicated)\\b");
    /** Passing on, in how the article presents the source (outside its words). */
    static final Pattern PASSED_ON_SOURCE = Pattern.compile("(?i)\\b(?:familiar with|briefed on|who (?:was|were) briefed"
            + "|who (?:was|were) not (?:at|in|part of|present)|who did not attend|not involved in)\\b"
            + "|" + CITING_OTHERS);
    /**
     * How the article presents a source who speaks for a body: its spokesperson or press secretary ("said in a
     * statement" names a channel: a leader's "we will" is a vow as often as a plan).
     */
    static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\b(?:spokes(?:man|woman|person|people|men|women)|press secretary"
            + "|press office)\\b");
    /**
     * The body's own plan or decision, in the spokesperson's words: "we will appeal", "the campaign plans to", "the
     * department has decided" (never a prediction about others: "the voters will").
     */
    static final Pattern OWN_PLAN = Pattern.compile("(?i)\\b(?:we|our (?:campaign|company|team|office|department|agency))"
            + "(?:'ll|’ll|\\s+will(?! be)|\\s+(?:plan|intend)s? to|\\s+are (?:going to|planning to)|'ve decided|’ve decided"
            + "|\\s+have decided|\\s+decided)\\s+\\p{L}"
            + "|\\b(?:the|our) (?:campaign|company|department|agency|administration|committee|organi[sz]ation|ministry"
            + "|office|team|firm|board|council|White House|Pentagon)\\s+(?:will(?! be)|plans to|intends to|has decided"
            + "|decided|is (?:going|planning) to)\\s+\\p{L}");
    /** "citing his own visit": the source's own experience, first-hand. */
    static final Pattern CITING_OWN = Pattern.compile("(?i)\\bciting (?:his|her|their|my|our) (?:own )?(?:visit|trip"
            + "|experience|conversations?|meetings?|time)\\b");
    static final Pattern NOT_KNOWING = Pattern.compile("(?i)\\b(?:I|we)\\s+(?:don't|don’t|do not|didn't|didn’t|did not)"
            + "\\s+know\\s+(?:anything\\s+)?(?:about (?!you\\b)|what (?:happened|was said|went on))"
            + "|\\b(?:I|we)\\s+(?:wasn't|wasn’t|was not|weren't|weren’t|were not)\\s+(?:there|in the room|at the meeting"
            + "|told|briefed)\\b|\\b(?:I|we)\\s+(?:have|had)\\s+no\\s+(?:idea|knowledge)\\s+(?:of|about|what|why|who|how)\\b");

    private Firsthand() {
    }

    /**
     * The one position the words make explicit: {@code content} is the source's words, {@code presented} how the
     * article presents the source (the mention and what follows it up to the words, and the rest of the clause).
     * Empty when none or more than one position shows.
     */
    static Optional<Finding> find(String content, String presented, boolean paraphrase) {
        List<Finding> found = new ArrayList<>();
        firstPersonTakingPart(content, paraphrase).ifPresent(w -> found.add(new Finding(Position.TOOK_PART, w, true)));
        first(WITNESS, presented).or(() -> first(CITING_OWN, presented))
                .ifPresent(w -> found.add(new Finding(Position.TOOK_PART, w, false)));
        first(PASSED_ON_WORDS, content).ifPresent(w -> found.add(new Finding(Position.PASSED_ON, w, true)));
        first(PASSED_ON_SOURCE, presented).ifPresent(w -> found.add(new Finding(Position.PASSED_ON, w, false)));
        first(NOT_KNOWING, content).ifPresent(w -> found.add(new Finding(Position.DOES_NOT_KNOW, w, true)));
        if (SPOKESPERSON.matcher(presented).find()) {
            ownPlan(content, paraphrase).ifPresent(w -> found.add(new Finding(Position.SPEAKS_FOR, w, true)));
        }
        long answers = found.stream().map(f -> f.position().firsthand() ? Position.TOOK_PART : f.position()).distinct().count();
        return answers == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * "I was in the room" (the verb right after "I", so "I never met him" is no match); a paraphrase's "I" is the
     * writer's, so there only "he and X met" counts.
     */
    private static Optional<String> firstPersonTakingPart(String content, boolean paraphrase) {
        Matcher m = TOOK_PART.matcher(content);
        while (m.find()) {
            boolean firstPerson = !m.group().matches("(?s)(?:that\\s+)?(?:he|she|they)\\b.*");
            String before = content.substring(Math.max(0, m.start() - 30), m.start());
            boolean supposed = SUPPOSED.matcher(before).find();
            boolean tucked = firstPerson && TUCKED_BEHIND_A_NOUN.matcher(before).find();
            if (!(paraphrase && firstPerson) && !supposed && !tucked && !NO_ACT_AFTER.matcher(content.substring(m.end())).find()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    /** The body's own plan in a spokesperson's words; a paraphrase's "we" is the writer's, so there only "the campaign will". */
    private static Optional<String> ownPlan(String content, boolean paraphrase) {
        Matcher m = OWN_PLAN.matcher(content);
        while (m.find()) {
            if (!(paraphrase && m.group().matches("(?is)(?:we|our)\\b.*"))) {
                return Optional.of(m.group().replaceFirst("\\s+\\p{L}$", "").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group().replaceFirst("^[^\\p{L}]*(?:[^.;]*?,\\s*)?(?=who|which)", "").strip())
                : Optional.empty();
    }
}
