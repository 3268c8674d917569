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
    private static final int FACT_QUESTIONS = 2;
    private static final int STATEMENT_WORDS = 22;
    private final CueLexicon lexicon = CueLexicon.fromResource();

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
        List<String> sourced = sourcedStatements(facts);
        int facts1 = 0;
        Set<Claim> asked = EnumSet.noneOf(Claim.class);
        for (CharSpan span : facts.result.unattributed()) {
            if (sink.full(Skill.UNSOURCED)) {
                return;
            }
            String sentence = span.text(facts.text).strip();
            if (!plain(sentence)) {
                continue;
            }
            Claim claim = classify(sentence);
            // As a fact without a source, only a sentence with no word that points to one ("according to", "in an
            // interview", "citing", a poll or a study) and that does not lean on the one before ("That could …").
            boolean standsAlone = !SOURCE_WORDS.matcher(sentence).find() && !LEANS_ON_BEFORE.matcher(sentence).find();
            if (claim == Claim.FACT && standsAlone && facts1 < FACT_QUESTIONS && !lexiconWord(sentence)) {
                String clipped = Excerpts.clip(sentence, STATEMENT_WORDS);
                // the other options are clauses without a full stop; the key must not stand out by one
                String key = clipped == null ? null : clipped.replaceFirst("(?<!\\.)\\.$", "");
                if (key != null) {
                    facts1++;
                    sink.offer(new Candidate(Skill.UNSOURCED, "Which of these statements does the article make without "
                            + "saying who it comes from?", key, Options.pick(key, sourced, Sink.MAX_OPTIONS - 1))
                            .explained("This sentence has no source and no attribution verb such as \"said\": the article "
                                    + "states it as fact. Each of the other statements comes with a source. Look at the "
                                    + "highlighted passage.", span));
                }
            } else if (claim != Claim.FACT && asked.add(claim)) {
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

    /** Paraphrased statements the article attributes to a named source, as whole clauses. */
    private static List<String> sourcedStatements(ArticleFacts facts) {
        List<String> sourced = new ArrayList<>();
        for (Attribution a : facts.attributions()) {
            String content = facts.content(a).replaceFirst("^that ", "");
            // Any statement the article attributes will do, whoever the engine took its source to be.
            if (sourced.size() < 12 && a.source() != null && a.cue() != null && a.parent() < 0
                    && ArticleFacts.reportsWords(a) && a.kind() == Kind.INDIRECT
                    && Excerpts.wordCount(content) >= 8 && Character.isLetter(content.charAt(0))) {
                String clause = Excerpts.clip(Grammar.capitalised(content), STATEMENT_WORDS);
                if (clause != null) {
                    sourced.add(clause);
                }
            }
        }
        return sourced;
    }

    /**
     * A sentence a reader can judge on its own: a whole sentence, no question, no quotation, no first person.
     */
    private static boolean plain(String sentence) {
        return Excerpts.wordCount(sentence) >= 8 && !sentence.endsWith("?") && !sentence.matches("(?s).*[\"“”].*")
                && !SINGLE_QUOTED.matcher(sentence).find()
                && sentence.matches("(?s)^\\p{Lu}.*[.!]$") && !sentence.matches("(?is).*\\b(i|we|my|our)\\b.*");
    }

    /** 'Shameful' in single marks, as British house style quotes; an apostrophe ("Russia's") is no quotation. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?:^|\\s)['‘][^'‘’]+['’](?=[\\s.,;:!?]|$)");
    private static final Pattern SOURCE_WORDS = Pattern.compile("(?i)\\b(according|interview\\w*|cit(ing|ed|es)|estimat\\w*"
            + "|report(s|ed)?|said|says|told|poll\\w*|surveys?|stud(y|ies)|found|finds|show(s|ed)|statement|records?"
            + "|documents?|data)\\b");
    private static final Pattern LEANS_ON_BEFORE = Pattern.compile("^(That|This|These|Those|It|He|She|They|His|Her|Their|"
            + "But|And|So|Such|There)\\b");

    /** A cue verb of running text ("press" and other quote-only cues speak only beside a quotation, and there is none). */
    private boolean lexiconWord(String sentence) {
        for (String word : sentence.split("[^\\p{L}']+")) {
            if (lexicon.byForm(word).filter(e -> !e.has(CueLexicon.Flag.QUOTE_ONLY)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
