package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** WHAT_SAID: a source, and their words among words other sources said. */
final class WhatSaidGenerator implements QuestionGenerator {
    private static final int OPTION_WORDS = 14;

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Set<String> asked = new HashSet<>();
        for (Attribution a : facts.attributions()) {
            Optional<String> quote = facts.quotation(a);
            if (!ArticleFacts.named(a) || quote.isEmpty() || !asked.add(a.source().name())) {
                continue;
            }
            String name = a.source().name();
            String key = "\"" + Excerpts.words(quote.get(), OPTION_WORDS) + "\"";
            List<String> others = new ArrayList<>();
            for (Attribution o : facts.attributions()) {
                Optional<String> words = facts.quotation(o);
                if (ArticleFacts.named(o) && !o.source().name().equals(name) && words.isPresent()
                        && facts.bySource(name).stream().noneMatch(mine -> Options.normal(facts.content(mine))
                        .contains(Options.normal(words.get())))) {
                    others.add("\"" + Excerpts.words(words.get(), OPTION_WORDS) + "\"");
                }
            }
            String prompt = "Which of these did " + name + " say, according to the article?";
            String explanation = "The article quotes " + name + " with the cue \""
                    + (a.cue() == null ? "said" : facts.cue(a)) + "\". The other words belong to other sources. "
                    + "Look at the highlighted passage.";
            sink.offer(Skill.WHAT_SAID, prompt, key, Options.pick(key, others, Sink.MAX_OPTIONS - 1), explanation,
                    facts.evidence(a), Difficulty.MEDIUM);
        }
    }
}
