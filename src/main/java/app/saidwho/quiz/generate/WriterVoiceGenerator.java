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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WRITER_VOICE: the writer's own judging words in the narration, outside quotation marks ("a vocal critic",
 * "stormed out"), told from a source's quoted words and from neutral reporting verbs ("said", "told").
 */
final class WriterVoiceGenerator implements QuestionGenerator {
    private static final List<String> LOADED = lexicon();
    private static final Set<String> NEUTRAL_CUES = Set.of("say", "tell", "announce", "add", "write", "state");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”\\n]{2,40}?)[\"”]");

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Optional<CharSpan> found = loadedInNarration(facts.text);
        if (found.isEmpty()) {
            return;
        }
        String key = found.get().text(facts.text);
        List<String> distractors = new ArrayList<>();
        shortQuotation(facts.text, key).ifPresent(distractors::add);
        for (Attribution a : facts.attributions()) {
            if (a.cue() != null && a.cue().stance() == Stance.NEUTRAL && NEUTRAL_CUES.contains(a.cue().lemma())
                    && distractors.size() < Sink.MAX_OPTIONS - 1 && distractors.stream().noneMatch(d -> Options.same(d, facts.cue(a)))) {
                distractors.add(facts.cue(a));
            }
        }
        String prompt = "Which of these words from the article are the writer's own judgement, not a source's words "
                + "and not plain reporting?";
        String explanation = "\"" + key + "\" is the writer's own wording, outside quotation marks: it tells you what "
                + "to think, not only what happened." + (distractors.isEmpty() ? "" : " The others are a source's words "
                + "inside quotation marks, or verbs such as \"said\" that only report.") + " Look at the highlighted passage.";
        sink.offer(Skill.WRITER_VOICE, prompt, key, distractors, explanation, sentenceAround(facts.text, found.get()),
                Difficulty.MEDIUM);
    }

    /** The first phrase of the lexicon that stands in the writer's narration, outside any quotation marks. */
    static Optional<CharSpan> loadedInNarration(String text) {
        List<CharSpan> quoted = quotedSpans(text);
        CharSpan best = null;
        for (String phrase : LOADED) {
            Matcher m = Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(phrase) + "(?![\\p{L}-])").matcher(text);
            while (m.find()) {
                CharSpan at = new CharSpan(m.start(), m.end());
                if (quoted.stream().noneMatch(q -> q.overlaps(at)) && (best == null || at.start() < best.start())) {
                    best = at;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Spans between quotation marks, paragraph by paragraph (straight marks open and close in turn). */
    static List<CharSpan> quotedSpans(String text) {
        List<CharSpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || c == '"' && open < 0) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                spans.add(new CharSpan(open, i + 1));
                open = -1;
            }
        }
        return spans;
    }

    /** A source's short quoted words (one to four words), as a distractor the marks make a source's. */
    private static Optional<String> shortQuotation(String text, String key) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String words = m.group(1).strip().replaceAll("[,.]$", "");
            if (Excerpts.wordCount(words) <= 4 && !Options.same(words, key) && words.matches(".*\\p{L}.*")) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }

    /** The sentence holding the phrase: from the line start or the last full stop before it to the next one. */
    private static CharSpan sentenceAround(String text, CharSpan at) {
        int lineStart = text.lastIndexOf('\n', at.start()) + 1;
        int stop = text.lastIndexOf(". ", at.start());
        int start = stop >= lineStart ? stop + 2 : lineStart;
        int lineEnd = text.indexOf('\n', at.end());
        int end = lineEnd < 0 ? text.length() : lineEnd;
        int next = text.indexOf(". ", at.end());
        return new CharSpan(start, next >= 0 && next < end ? next + 1 : end);
    }

    private static List<String> lexicon() {
        var in = WriterVoiceGenerator.class.getResourceAsStream("/quiz/writer-voice.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
