package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MATCH (skill WHO_SAID): three to five quotations, each of a different named person the engine is sure of, to
 * match to their speakers; the pool adds one more person the article quotes, so the last row is no gift.
 */
final class MatchGenerator implements QuestionGenerator {
    private static final int ROW_WORDS = 18;

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Map<String, Attribution> bySpeaker = new LinkedHashMap<>();
        Map<String, String> quotations = new LinkedHashMap<>();
        List<DraftQuestion.KeyClaim> claims = new ArrayList<>();
        for (Row row : rows(facts, sink)) {
            bySpeaker.put(row.speaker(), row.basis());
            quotations.put(row.speaker(), Excerpts.words(row.words(), ROW_WORDS));
            claims.add(new DraftQuestion.KeyClaim(row.speaker(), row.span()));
        }
        if (bySpeaker.size() < ItemChecks.MIN_PAIRS) {
            return;
        }
        List<MatchPair> pairs = new ArrayList<>();
        quotations.forEach((speaker, words) -> pairs.add(new MatchPair(words, speaker)));
        List<String> pool = new ArrayList<>(bySpeaker.keySet());
        java.util.Set<String> entities = new java.util.HashSet<>();
        bySpeaker.values().forEach(a -> entities.add(ArticleFacts.entity(a)));
        // one more person the article presents as speaking, so the last row is no gift (never a victim)
        facts.speakers.others(SourceType.PERSON, entities).stream()
                .filter(s -> s.type() == SourceType.PERSON && s.name().contains(" ")
                        && startsWithAGivenName(s.name())
                        && pool.stream().noneMatch(p -> Options.same(p, s.name())))
                .findFirst().ifPresent(extra -> pool.add(extra.name()));
        pool.sort(String::compareTo);
        Attribution first = bySpeaker.values().iterator().next();
        sink.offerItem(Items.match(Skill.WHO_SAID, "Match each quotation to the person who said it.", pairs, claims, pool,
                explanation(facts, bySpeaker), facts.evidence(first)));
    }

    /** One row: a speaker, the quotation chosen for them, and how many items of the quiz already use it. */
    private record Row(String speaker, Attribution basis, CharSpan span, String words, long uses) {
    }

    /**
     * Each sure speaker's least used quotation (the first on a tie); speakers whose quotation fewest other items use
     * first, at most five, shown in the article's order. A quotation a "who said" or "what did they say" question
     * keys (the row would repeat it) or two items already use becomes a row only to reach the three rows a match
     * needs: a short article whose every sure quotation is asked about already gets its match, a longer one takes
     * other quotations.
     */
    private static List<Row> rows(ArticleFacts facts, Sink sink) {
        List<CharSpan> keyed = new ArrayList<>(sink.wordsKeyed(Skill.WHO_SAID, false));
        keyed.addAll(sink.wordsKeyed(Skill.WHAT_SAID, false));
        Map<String, Row> best = new LinkedHashMap<>();
        for (Attribution a : facts.attributions()) {
            Optional<CharSpan> span = facts.quotation(a);
            Optional<String> quote = span.map(facts::quotedWords);
            // a row opening with its verb ("is a misguided approach") leaves its subject outside the marks
            // nor one holding someone else's quoted words ("His people said, ‘…’"): two speakers in one row
            if (quote.isEmpty() || QuotedSentences.opensWithVerb(quote.get())
                    || WhoSaidGenerator.INNER_SPEECH.matcher(quote.get()).find() || !SpeakerKeys.sure(facts, a)
                    || a.source().type() != SourceType.PERSON
                    || !facts.canSpeak(a.source().name(), SourceType.PERSON)
                    || SpeakerKeys.alsoSaidBySomeoneElse(facts, a, quote.get())) {
                continue;
            }
            String speaker = facts.speakers.fullName(a.source().name(), SourceType.PERSON);
            long uses = sink.itemsOn(span.get()) + (keyed.stream().anyMatch(w -> w.overlaps(span.get()))
                    ? Sink.ITEMS_PER_QUOTATION : 0);
            Row old = best.get(speaker);
            if (old == null || uses < old.uses()) {
                best.put(speaker, new Row(speaker, a, span.get(), quote.get(), uses));
            }
        }
        List<Row> rows = new ArrayList<>(best.values());
        List<Row> byUse = rows.stream().sorted(java.util.Comparator.comparingLong(Row::uses)).toList();
        List<Row> chosen = new ArrayList<>();
        for (Row row : byUse) {
            if (chosen.size() < ItemChecks.MIN_PAIRS
                    || chosen.size() < ItemChecks.MAX_PAIRS && row.uses() < Sink.ITEMS_PER_QUOTATION) {
                chosen.add(row);
            }
        }
        return rows.stream().filter(chosen::contains).toList();
    }

    /** "Ana Lopez", "Sen. Tom Berg": a person; "Grand Concourse" is a street the engine misread as a speaker. */
    static boolean startsWithAGivenName(String name) {
        return app.saidwho.attribution.FirstNames.isGivenName(Speakers.withoutTitle(name).split("\\s+")[0]);
    }

    private static String tag(ArticleFacts facts, Attribution a) {
        int start = Math.min(a.source().span().start(), a.cue().span().start());
        int end = Math.max(a.source().span().end(), a.cue().span().end());
        String tag = facts.text.substring(start, end).replaceAll("\\s+", " ");
        return end - start < 120 && !tag.contains("\"") && !tag.contains("”") ? tag : facts.mention(a) + " " + facts.cue(a);
    }

    private static String explanation(ArticleFacts facts, Map<String, Attribution> bySpeaker) {
        List<String> ties = new ArrayList<>();
        // the tag as the article words it: "said Alan Cole" stays inverted, never rewritten as "Alan Cole said"
        bySpeaker.forEach((speaker, a) -> ties.add(speaker + " (\"" + tag(facts, a) + "\")"));
        return "Each quotation is tied to its speaker by a name and a verb such as \"said\" next to it: "
                + String.join("; ", ties) + ". The highlighted passage shows the first one.";
    }
}
