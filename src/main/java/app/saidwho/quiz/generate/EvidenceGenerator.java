package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * EVIDENCE (skill WHO_SAID): "Which passage shows who said this?" The options are verbatim passages: the
 * speech tag (source and cue, the key), a sentence of the quotation itself, and sentences the article states
 * with no source at all; none but the tag names who spoke. Never on words a WHO_SAID question or MATCH row of the
 * quiz already keys.
 */
final class EvidenceGenerator implements QuestionGenerator {
    private static final int LIMIT = 2;
    private static final int MAX_PASSAGE_WORDS = 30;

    /**
     * A WHO_SAID question on the same words would give this one away, and this one it: never its words. A MATCH
     * row's words only when no other sure quotation is left (one row of several is a smaller hint).
     */
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        int made = generate(facts, sink, sink.wordsKeyed(Skill.WHO_SAID, true), 0);
        if (made == 0) {
            generate(facts, sink, sink.wordsKeyed(Skill.WHO_SAID, false), 0);
        }
    }

    private int generate(ArticleFacts facts, Sink sink, List<CharSpan> keyed, int madeBefore) {
        int made = madeBefore;
        for (Attribution a : facts.attributions()) {
            if (made == LIMIT) {
                return made;
            }
            Optional<CharSpan> span = facts.quotation(a);
            Optional<String> quote = span.map(facts::quotedWords);
            Optional<CharSpan> tag = Passages.speechTag(facts, a);
            if (quote.isEmpty() || tag.isEmpty() || a.kind() == Kind.INDIRECT || !SpeakerKeys.sure(facts, a)
                    || SpeakerKeys.alsoSaidBySomeoneElse(facts, a, quote.get())
                    || keyed.stream().anyMatch(w -> w.overlaps(span.get()))) {
                continue;
            }
            if (!tag.get().text(facts.text).contains(lastNameWord(a.source().name()))) {
                continue; // the tag must show the speaker's own name, or it names no one the learner could find
            }
            List<String> passages = new ArrayList<>();
            passages.add(tag.get().text(facts.text));
            Passages.firstClause(facts.text, a.content()).map(p -> p.replaceFirst("[,;:]$", "")).ifPresent(passages::add);
            unsourcedNear(facts, a).stream().filter(p -> !passages.contains(p)).limit(4 - passages.size())
                    .forEach(passages::add);
            String prompt = "Which passage of the article shows who said \"" + Excerpts.words(quote.get(), 12) + "\"?";
            String explanation = "\"" + passages.get(0) + "\" names the source, " + facts.display(a)
                    + ", and the cue \"" + facts.cue(a) + "\" that ties the words to their speaker. The other "
                    + "passages are the words themselves or sentences that name no source.";
            if (sink.offerItem(Items.evidence(Skill.WHO_SAID, prompt, passages, 0, explanation, facts.evidence(a)))) {
                made++;
            }
        }
        return made;
    }

    private static String lastNameWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Sentences the engine found no source for, nearest first, short enough to read as an option. */
    private static List<String> unsourcedNear(ArticleFacts facts, Attribution a) {
        return facts.result.unattributed().stream()
                .filter(s -> !s.overlaps(facts.evidence(a)))
                .sorted(Comparator.comparingInt(s -> Math.abs(s.start() - a.content().start())))
                .map(s -> s.trim(facts.text).text(facts.text))
                .filter(s -> Excerpts.wordCount(s) >= 6 && Excerpts.wordCount(s) <= MAX_PASSAGE_WORDS
                        && !s.matches(".*[\"“”].*"))
                .toList();
    }
}
