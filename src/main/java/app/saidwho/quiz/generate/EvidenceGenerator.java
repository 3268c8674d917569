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
 * speech tag (source and cue, the key) and the speech tags of other people's quotations, so the learner finds
 * the quotation in the article rather than the one passage with "said" in it. Never on words a WHO_SAID question or MATCH row of the
 * quiz already keys.
 */
final class EvidenceGenerator implements QuestionGenerator {
    private static final int LIMIT = 2;

    /**
     * A WHO_SAID question on the same words would give this one away, and this one it: never its words. First
     * quotations no other item uses, then one other item uses; the words of a MATCH row or a WHAT_SAID key, or a
     * passage two other items ask about, only when no such quotation is left, and then once, least used first
     * ({@link Sink#MAX_ITEMS_PER_QUOTATION}).
     */
    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        List<CharSpan> keyed = sink.wordsKeyed(Skill.WHO_SAID, false);
        List<CharSpan> keyedOrRows = new ArrayList<>(sink.wordsKeyed(Skill.WHO_SAID, true));
        keyedOrRows.addAll(sink.wordsKeyed(Skill.WHAT_SAID, false));
        java.util.Set<Attribution> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int made = generate(facts, sink, keyedOrRows, asked, 0, LIMIT);
        if (made < LIMIT) {
            made += generate(facts, sink, keyedOrRows, asked, Sink.ITEMS_PER_QUOTATION - 1, LIMIT - made);
        }
        for (int uses = Sink.ITEMS_PER_QUOTATION - 1; made == 0 && uses < Sink.MAX_ITEMS_PER_QUOTATION; uses++) {
            made = generate(facts, sink, keyed, asked, uses, 1);
        }
    }

    /** One pass over the article: EVIDENCE items on quotations at most {@code usesAllowed} other items use. */
    private int generate(ArticleFacts facts, Sink sink, List<CharSpan> keyed, java.util.Set<Attribution> asked,
                         int usesAllowed, int limit) {
        int made = 0;
        for (Attribution a : facts.attributions()) {
            if (asked.size() >= LIMIT || made == limit) {
                return made;
            }
            if (asked.contains(a)) {
                continue;
            }
            Optional<CharSpan> span = facts.quotation(a);
            Optional<String> quote = span.map(facts::quotedWords);
            Optional<CharSpan> tag = Passages.speechTag(facts, a);
            if (quote.isEmpty() || tag.isEmpty() || a.kind() == Kind.INDIRECT || !SpeakerKeys.sure(facts, a)
                    || SpeakerKeys.alsoSaidBySomeoneElse(facts, a, quote.get())
                    || keyed.stream().anyMatch(w -> w.overlaps(span.get())) || sink.itemsOn(facts.evidence(a)) > usesAllowed
                    || sink.printedBesideSpeaker(span.get())) {
                continue;
            }
            if (!tag.get().text(facts.text).contains(lastNameWord(a.source().name()))) {
                continue; // the tag must show the speaker's own name, or it names no one the learner could find
            }
            List<String> passages = new ArrayList<>();
            passages.add(tag.get().text(facts.text));
            // the other options are speech tags too, of other people's words: only the one next to these words
            // answers, so the learner has to find the quotation, not the only passage with "said" in it
            otherTags(facts, a).stream().filter(p -> !passages.contains(p)).limit(3).forEach(passages::add);
            if (passages.size() < 3) {
                continue;
            }
            String prompt = "Which passage of the article shows who said \"" + Excerpts.words(quote.get(), 12) + "\"?";
            String explanation = "\"" + passages.get(0) + "\" names the source, " + facts.display(a)
                    + ", and the cue \"" + facts.cue(a) + "\" that ties these words to their speaker. The other "
                    + "passages are speech tags too, but the article puts them beside other people's words.";
            if (sink.offerItem(Items.evidence(Skill.WHO_SAID, prompt, passages, 0, explanation, facts.evidence(a)))) {
                made++;
                asked.add(a);
            }
        }
        return made;
    }

    private static String lastNameWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * Speech tags of other people's quotations, nearest first: each names its own speaker (the surname in the tag),
     * none the speaker of these words.
     */
    private static List<String> otherTags(ArticleFacts facts, Attribution a) {
        String entity = ArticleFacts.entity(a);
        List<String> tags = new ArrayList<>();
        java.util.Set<String> speakers = new java.util.HashSet<>(); // one tag per person: two would read as one answer
        facts.attributions().stream()
                .filter(b -> b != a && b.kind() != Kind.INDIRECT && ArticleFacts.namedSource(b)
                        && !ArticleFacts.entity(b).equals(entity) && SpeakerKeys.sure(facts, b))
                .sorted(Comparator.comparingInt(b -> Math.abs(b.content().start() - a.content().start())))
                .forEach(b -> Passages.speechTag(facts, b).map(t -> t.text(facts.text))
                        .filter(t -> t.contains(lastNameWord(b.source().name())) && !tags.contains(t)
                                && speakers.add(ArticleFacts.entity(b)))
                        .ifPresent(tags::add));
        return tags;
    }
}
