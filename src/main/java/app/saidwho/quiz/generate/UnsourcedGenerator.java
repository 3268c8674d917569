package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.CueLexicon;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * UNSOURCED: a claim the article states with no source, told apart from statements it attributes, from the
 * writer's own inference ("seems to", "appears") and from the publication's own reporting or data analysis.
 */
final class UnsourcedGenerator implements QuestionGenerator {
    /** What an unattributed sentence is, from the words in it. */
    enum Claim { FACT, INFERENCE, OWN_REPORTING, ATTRIBUTED }

    private static final Pattern INFERENCE = Pattern.compile(
            "\\b(seems?|seemed|appears?|appeared) to\\b|\\bapparently\\b|\\bit (seems|appears)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_REPORTING = Pattern.compile("\\b(analysis|review|examination|investigation|tally|survey)"
            + " (of|by)\\b|\\b(records|data|documents|figures|filings) (show|showed|shows|reviewed|obtained|compiled)\\b"
            + "|\\b(reviewed|obtained|analy[sz]ed|compiled) by (the )?\\p{Lu}", Pattern.CASE_INSENSITIVE);
    /** A second question of this kind only with other sourced statements than the first offered. */
    private static final int FACT_QUESTIONS = 2;
    /** A dateline before the first sentence ("BERLIN (AP) —", "Dec. 11 (UPI) —") belongs to no statement. */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L}\\d., ]{0,30}\\((AP|UPI|Reuters|AFP|CNN)\\)"
            + "|\\p{Lu}{3,}[\\p{Lu} ,.]*)\\s*[—–-]+\\s*");

    private static final int STATEMENT_WORDS = 22;
    /** Cues whose words are a noun phrase ("citing the release of prisoners"), never a statement to set against a claim. */
    private static final Set<String> NOUN_OBJECT = Set.of("cite", "mention", "praise", "criticize", "criticise", "blame",
            "condemn", "welcome", "applaud");

    static String label(Claim claim) {
        return switch (claim) {
            case FACT -> "A fact the article states without saying where it comes from";
            case INFERENCE -> "The writer's own inference: a conclusion drawn, not a fact reported";
            case OWN_REPORTING -> "The publication's own reporting or data analysis";
            case ATTRIBUTED -> "Someone's words, with the source named";
        };
    }

    static Claim classify(String sentence) {
        if (OWN_REPORTING.matcher(sentence).find()) {
            return Claim.OWN_REPORTING;
        }
        return INFERENCE.matcher(sentence).find() ? Claim.INFERENCE : Claim.FACT;
    }

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        if (firstPersonPiece(facts)) {
            return;
        }
        List<String> sourced = sourcedStatements(facts);
        int facts1 = 0;
        Set<Claim> asked = EnumSet.noneOf(Claim.class);
        for (CharSpan span : ClaimsToCheck.mostCheckableFirst(facts)) {
            if (sink.full(Skill.UNSOURCED)) {
                return;
            }
            String sentence = span.text(facts.text).strip();
            if (!plain(sentence) || carriedFromBefore(facts.text, span)) {
                continue;
            }
            Claim claim = classify(sentence);
            // As a fact without a source, only a sentence with no word that points to one ("according to", "in an
            // interview", "citing", a poll or a study) and that does not lean on the one before ("That could …").
            if (claim == Claim.FACT && facts1 < FACT_QUESTIONS && unsourcedFact(sentence)) {
                String clipped = Excerpts.clip(sentence, STATEMENT_WORDS);
                // the other options are clauses without a full stop; the key must not stand out by one
                String key = clipped == null ? null : clipped.replaceFirst("(?<!\\.)\\.$", "");
                if (key != null) {
                    facts1++;
                    List<String> distractors = Options.pick(key, sourced, Sink.MAX_OPTIONS - 1);
                    sourced.removeAll(distractors);
                    sink.offer(new Candidate(Skill.UNSOURCED, "Which of these statements does the article make without "
                            + "saying who it comes from?", key, distractors)
                            .explained("This sentence has no source and no attribution verb such as \"said\": the article "
                                    + "states it as fact. Each of the other statements comes with a source. Look at the "
                                    + "highlighted passage.", span));
                }
            } else if (claim != Claim.FACT && !(claim == Claim.OWN_REPORTING && INFERENCE.matcher(sentence).find())
                    && asked.add(claim)) {
                offerKind(sink, span, sentence, claim);
            }
        }
    }

    private void offerKind(Sink sink, CharSpan span, String sentence, Claim claim) {
        String excerpt = Excerpts.clip(sentence, 30);
        if (excerpt == null) {
            return;
        }
        List<String> others = EnumSet.complementOf(EnumSet.of(claim)).stream().map(UnsourcedGenerator::label).toList();
        String why = claim == Claim.INFERENCE
                ? "No source goes with this sentence, and words such as \"seems\" or \"appears\" show the writer drawing a"
                + " conclusion, not reporting a fact or someone's words."
                : "The sentence rests on the publication's own work (an analysis, records or data it examined), not on"
                + " what a source said, and it says so.";
        sink.offer(new Candidate(Skill.UNSOURCED, "Read this sentence from the article: " + Excerpts.quoted(excerpt)
                + " What is it?", label(claim), others.subList(0, Sink.MAX_OPTIONS - 1))
                .explained(why + " Look at the highlighted passage.", span).difficulty(Difficulty.HARD));
    }

    /**
     * Whether reported words read as a statement on their own: not a phrase ("for new talks", "to attacks on her
     * campaign") and not a request ("residents to give books", "them to support another candidate").
     */
    static boolean statement(String content) {
        return !FRAGMENT_START.matcher(content).find() && !REQUEST.matcher(content).find();
    }

    /**
     * Whether a source given just before may carry over to this sentence: the headline (the first line) stands
     * above the article's sourcing, and a sentence after "According to a new poll, …" or "The Ledger reported …"
     * may go on with the same report's findings ("Forty percent said …").
     */
    static boolean carriedFromBefore(String text, CharSpan span) {
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0 || span.start() < firstLineEnd) {
            return true;
        }
        String before = text.substring(Sentences.startOfSentenceBefore(text, span.start()), span.start());
        return REPORTED_BEFORE.matcher(before).find();
    }

    /**
     * An essay or column told in the first person ("my father", "I remember"): its writer is the witness, so a
     * sentence with no source is the writer's own account or view, never an unsourced claim to spot.
     */
    static boolean firstPersonPiece(ArticleFacts facts) {
        return FIRST_PERSON.matcher(facts.narration()).results().limit(3).count() >= 3;
    }

    /** A sentence the article states as fact with no source: what a "what would you check" question asks about. */
    boolean unsourcedFact(String sentence) {
        return plain(sentence) && classify(sentence) == Claim.FACT && !SOURCE_WORDS.matcher(sentence).find()
                && !LEANS_ON_BEFORE.matcher(sentence).find() && !lexiconWord(sentence) && !DATELINE.matcher(sentence).find()
                && !ClaimsToCheck.opinionOrVague(sentence);
    }

    /** A source a reader would not call "no source": named, an organisation, or an insider, never "some say". */
    private static boolean clearlySourced(Attribution a) {
        return a.source().type() != app.saidwho.attribution.SourceType.VAGUE;
    }

    /** Paraphrased statements the article attributes to a named source, as whole clauses. */
    private static List<String> sourcedStatements(ArticleFacts facts) {
        List<String> sourced = new ArrayList<>();
        for (Attribution a : facts.attributions()) {
            String content = DATELINE.matcher(facts.content(a).strip()).replaceFirst("").replaceFirst("^that ", "");
            // Any statement the article attributes will do, whoever the engine took its source to be, as long as it
            // reads as a statement: "that …" or words before the cue, never "urged them to …" or "a PAC called X".
            if (sourced.size() < 12 && a.source() != null && a.cue() != null && a.parent() < 0 && clearlySourced(a)
                    && ArticleFacts.reportsWords(a) && a.kind() == Kind.INDIRECT && statement(content)
                    && !ArticleFacts.NAMING.contains(a.cue().lemma()) && !NOUN_OBJECT.contains(a.cue().lemma())
                    && !a.cue().lemma().equals(":")
                    && Excerpts.wordCount(content) >= 8 && Character.isLetter(content.charAt(0))
                    && !LEANS_ON_BEFORE.matcher(Grammar.capitalised(content)).find()) {
                String clause = Excerpts.clip(Grammar.capitalised(content), STATEMENT_WORDS);
                if (clause != null) {
                    sourced.add(clause);
                }
            }
        }
        sourced.addAll(quotedStatements(facts));
        return sourced;
    }

    /**
     * Quoted sentences that read as statements of fact when shown without their marks: the first sentence of a
     * quotation, with no "I", "we" or "you" that would show someone speaking.
     */
    private static List<String> quotedStatements(ArticleFacts facts) {
        List<String> quoted = new ArrayList<>();
        for (Attribution a : facts.attributions()) {
            if (quoted.size() >= 6 || a.kind() != Kind.DIRECT || a.source() == null || a.cue() == null || a.parent() >= 0
                    || !clearlySourced(a)) {
                continue;
            }
            String sentence = Excerpts.unquoted(facts.content(a)).split("(?<=[.!?])\\s+")[0].replaceFirst("(?<!\\.)[,.]$", "");
            if (Excerpts.wordCount(sentence) >= 8 && Character.isUpperCase(sentence.charAt(0)) && !sentence.endsWith("?")
                    && !SPEAKER_WORDS.matcher(sentence).find() && !sentence.matches("(?s).*[\"“”].*") && statement(sentence)
                    && !LEANS_ON_BEFORE.matcher(sentence).find()) {
                String clause = Excerpts.clip(sentence, STATEMENT_WORDS);
                if (clause != null) {
                    quoted.add(clause);
                }
            }
        }
        return quoted;
    }

    /**
     * A sentence a reader can judge on its own: a whole sentence, no question, no quotation, no first person.
     */
    private static boolean plain(String sentence) {
        return Excerpts.wordCount(sentence) >= 8 && !sentence.endsWith("?") && !sentence.matches("(?s).*([\"“”]|''|``).*")
                && !SINGLE_QUOTED.matcher(sentence).find()
                && sentence.matches("(?s)^\\p{Lu}.*[.!]$") && !sentence.matches("(?is).*\\b(i|we|my|our)\\b.*");
    }

    /** 'Shameful' in single marks, as British house style quotes; an apostrophe ("Russia's") is no quotation. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?:^|\\s)['‘][^'‘’]+['’](?=[\\s.,;:!?]|$)");
    private static final Pattern SOURCE_WORDS = Pattern.compile("(?i)\\b(according|interview\\w*|cit(ing|ed|es)|estimat\\w*"
            + "|report(s|ed)?|said|says|told|poll\\w*|surveys?|stud(y|ies)|found|finds|show(s|ed)|statement|records?"
            + "|documents?|data|toll)\\b"); // "the agency raises the death toll to 267": the figure has a source
    private static final Pattern FRAGMENT_START = Pattern.compile("^(?i)(to|for|of|on|in|at|by|with|from|about|into|as|"
            + "against|over|them|him|her|us|me|and|but|or|where|whether|how|what|why|when|who|which|if)\\b"
            + "|^\\S+ that\\b|condition of anonymity|according to");
    private static final Pattern SPEAKER_WORDS = Pattern.compile("(?i)\\b(i|i'm|i’m|we|we're|we’re|us|our|my|me|you|your)\\b");
    private static final Pattern REPORTED_BEFORE = Pattern.compile("(?i)\\b(according to|reported|reports|reporting|poll"
            + "|polls|survey|surveys|study|studies|found|finds|data|showed|shows|analysis|figures|estimates?)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|my|My|me)\\b");
    private static final Pattern REQUEST = Pattern.compile("^(\\S+ ){1,4}to \\p{Ll}+\\b");
    private static final Pattern LEANS_ON_BEFORE = Pattern.compile("^(That|This|These|Those|It|He|She|They|His|Her|Their|"
            + "But|And|So|Such|There)\\b");

    /** A cue verb of running text ("press" and other quote-only cues speak only beside a quotation, and there is none). */
    private boolean lexiconWord(String sentence) {
        for (String word : sentence.split("[^\\p{L}']+")) {
            if (ArticleFacts.LEXICON.byForm(word).filter(e -> !e.has(CueLexicon.Flag.QUOTE_ONLY)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
