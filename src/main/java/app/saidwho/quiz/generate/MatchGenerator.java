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
        for (Attribution a : facts.attributions()) {
            Optional<CharSpan> span = facts.quotation(a);
            Optional<String> quote = span.map(facts::quotedWords);
            if (bySpeaker.size() == ItemChecks.MAX_PAIRS || quote.isEmpty() || !SpeakerKeys.sure(facts, a)
                    || a.source().type() != SourceType.PERSON || bySpeaker.containsKey(a.source().name())
                    || !facts.canSpeak(a.source().name(), SourceType.PERSON)
                    || SpeakerKeys.alsoSaidBySomeoneElse(facts, a, quote.get())) {
                continue;
            }
            String speaker = facts.speakers.fullName(a.source().name(), SourceType.PERSON);
            if (bySpeaker.containsKey(speaker)) {
                continue;
            }
            bySpeaker.put(speaker, a);
            quotations.put(speaker, Excerpts.words(quote.get(), ROW_WORDS));
            claims.add(new DraftQuestion.KeyClaim(speaker, span.get()));
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
                        && pool.stream().noneMatch(p -> Options.same(p, s.name())))
                .findFirst().ifPresent(extra -> pool.add(extra.name()));
        pool.sort(String::compareTo);
        Attribution first = bySpeaker.values().iterator().next();
        sink.offerItem(Items.match(Skill.WHO_SAID, "Match each quotation to the person who said it.", pairs, claims, pool,
                explanation(facts, bySpeaker), facts.evidence(first)));
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
