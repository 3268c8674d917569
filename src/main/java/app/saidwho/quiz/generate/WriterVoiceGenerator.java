package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Stance;
import app.saidwho.quiz.Skill;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WRITER_VOICE: the writer's own judging words in the narration, outside quotation marks ("a vocal critic",
 * "stormed out"), told from a source's quoted words and from neutral reporting verbs ("said", "told").
 */
final class WriterVoiceGenerator implements QuestionGenerator {
    private static final Map<String, WriterVoiceForms.Form> LOADED = WriterVoiceForms.lexicon("/quiz/writer-voice.txt");
    private static final Set<String> NEUTRAL_CUES = Set.of("say", "tell", "announce", "add", "write", "state", "reply", "ask");
    private static final Pattern NAMING_BEFORE = Pattern.compile("(?i)\\b(?:goes by|known as|called|dubbed|nicknamed"
            + "|named|titled|so-called|the)\\s*$");
    /** A reporting verb as the article writes it ("said", "told"), never a word the engine took for one. */
    private static final Pattern CUE_FORM = Pattern.compile("(?i)say|says|said|saying|tell|tells|told|telling|announce[sd]?"
            + "|announcing|add|adds|added|adding|write|writes|wrote|writing|written|state[sd]?|stating|repl(?:y|ies|ied|ying)"
            + "|ask|asks|asked|asking");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”\\n]{2,40}?)[\"”]");
    private static final Pattern PARTICLE = Pattern.compile("\\s+(?:out|off)\\b");
    /** A sentence end (after a word, not a title such as "Mr."), a semicolon or a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[\\p{Ll}\\d]{3,}[.!?][\"”’']*\\s|;|\\n");
    private static final Pattern LABELLING = Pattern.compile("(?i)\\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubb(?:ed|ing)"
            + "|dubs|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed)?|portray(?:s|ed|ing)?|paint(?:s|ed|ing)?"
            + "|cast(?:s|ing)?|depict(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|accus(?:e|es|ed|ing))\\b(?:\\s+\\S+){0,5}\\s*$");

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        // A paraphrase is a source's view even without marks ("Berg said the plan was disastrous").
        List<CharSpan> reported = facts.attributions().stream().map(Attribution::content).toList();
        Optional<CharSpan> found = loadedInNarration(facts.text, reported);
        if (found.isEmpty()) {
            return;
        }
        // "Notorious" opening a sentence (or a headline's "Blasts") is shown as the lexicon has it: a capital among
        // lower-case options would mark the key
        String key = found.get().text(facts.text).toLowerCase(java.util.Locale.ROOT);
        WriterVoiceForms.Form form = LOADED.get(key);
        List<String> distractors = new ArrayList<>();
        shortQuotation(facts.text, key).ifPresent(distractors::add);
        boolean quotation = !distractors.isEmpty();
        // plain words of the key's form first ("former" beside "notorious"): a lone adjective among verbs is the key
        List<CharSpan> notNarration = new ArrayList<>(quotedSpans(facts.text));
        notNarration.addAll(reported);
        List<String> plain = WriterVoiceForms.plainWords(facts.text, form, notNarration, Sink.MAX_OPTIONS - 1 - distractors.size());
        distractors.addAll(plain);
        if (form != WriterVoiceForms.Form.VERB && plain.isEmpty()) {
            sink.drop(Skill.WRITER_VOICE, key, "no plain word of the key's form to set beside it");
            return;
        }
        Set<String> lemmas = new java.util.HashSet<>();
        for (Attribution a : facts.attributions()) {
            // one form of each verb: "said" and "says" side by side are one option twice
            if (a.cue() != null && a.cue().stance() == Stance.NEUTRAL && NEUTRAL_CUES.contains(a.cue().lemma())
                    && CUE_FORM.matcher(facts.cue(a)).matches() && lemmas.add(a.cue().lemma())
                    && distractors.size() < Sink.MAX_OPTIONS - 1 && distractors.stream().noneMatch(d -> Options.same(d, facts.cue(a)))) {
                distractors.add(facts.cue(a));
            }
        }
        // one key: "Which of these … is", never "are"
        String prompt = "Which of these, all from the article, is the writer's own judgement, not a source's words "
                + "and not plain reporting?";
        String explanation = "\"" + key + "\" is the writer's own wording, outside quotation marks: it tells you what "
                + "to think, not only what happened." + others(quotation, distractors.size() > plain.size() + (quotation ? 1 : 0),
                plain, distractors.size())
                + " Look at the highlighted passage.";
        sink.offer(Skill.WRITER_VOICE, prompt, key, distractors, explanation, Sentences.around(facts.text, found.get()),
                Difficulty.MEDIUM);
    }

    /** What the wrong options are, in words true of the ones offered: a source's quoted words, reporting verbs, plain words. */
    static String others(boolean quotation, boolean verbs, List<String> plain, int wrong) {
        List<String> kinds = new ArrayList<>();
        if (quotation) {
            kinds.add("a source's words inside quotation marks");
        }
        if (!plain.isEmpty()) {
            kinds.add("plain description such as \"" + plain.get(0) + "\"");
        }
        if (verbs) {
            kinds.add("verbs such as \"said\" that only report");
        }
        if (kinds.isEmpty()) {
            return "";
        }
        String list = kinds.size() == 1 ? kinds.get(0) : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " or "
                + kinds.get(kinds.size() - 1);
        return wrong == 1 ? " The other is " + list + "." : " The others are " + list + ".";
    }

    /** The first phrase of the lexicon that stands in the writer's narration, outside any quotation marks. */
    static Optional<CharSpan> loadedInNarration(String text) {
        return loadedInNarration(text, List.of());
    }

    /**
     * The first phrase of the lexicon in the writer's own narration: outside quotation marks, outside the words
     * the article reports from a source ({@code reported}, quotes and paraphrases), and not the label a source is
     * reported to give ("called it disastrous", "described as controversial").
     */
    static Optional<CharSpan> loadedInNarration(String text, List<CharSpan> reported) {
        List<CharSpan> quoted = new ArrayList<>(quotedSpans(text));
        quoted.addAll(reported);
        CharSpan best = null;
        for (String phrase : LOADED.keySet()) {
            Matcher m = Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(phrase) + "(?![\\p{L}-])").matcher(text);
            while (m.find()) {
                CharSpan at = new CharSpan(m.start(), m.end());
                boolean literal = PARTICLE.matcher(text).region(m.end(), text.length()).lookingAt(); // "blasted out an email"
                if (quoted.stream().noneMatch(q -> q.overlaps(at)) && !labelGivenBySource(text, at.start()) && !literal) {
                    if (best == null || at.start() < best.start()) {
                        best = at;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "called the plan disastrous", "described as controversial": a source's label, not the writer's. */
    private static boolean labelGivenBySource(String text, int start) {
        String before = text.substring(Math.max(0, start - 60), start);
        int cut = CLAUSE_END.matcher(before).results().mapToInt(r -> r.end()).max().orElse(0);
        return LABELLING.matcher(before.substring(cut)).find();
    }

    /**
     * Spans between quotation marks, paragraph by paragraph (straight marks open and close in turn; two
     * apostrophes or backticks, as some newspapers' text has them, count as one straight mark).
     */
    static List<CharSpan> quotedSpans(String text) {
        List<CharSpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubled = text.startsWith("''", i) || text.startsWith("``", i);
            if (doubled) {
                c = '"';
            }
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || c == '"' && open < 0) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                spans.add(new CharSpan(open, i + (doubled ? 2 : 1)));
                open = -1;
            }
            if (doubled) {
                i++;
            }
        }
        return spans;
    }

    /**
     * A source's short quoted words (one to four), as a distractor the marks make a source's; never a
     * nickname or a name in marks ("who goes by “Vito,”", "a group called “Fix It”"): those are no one's words.
     */
    static Optional<String> shortQuotation(String text, String key) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String words = m.group(1).strip().replaceAll("[,.]$", "");
            boolean named = NAMING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
            // "Lopez said" in marks (a headline's words) is no one's words
            boolean tag = java.util.Arrays.stream(words.split("\\s+")).anyMatch(w -> CUE_FORM.matcher(w).matches());
            if (Excerpts.wordCount(words) <= 4 && !Options.same(words, key) && words.matches(".*\\p{L}.*") && !named && !tag) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }
}
