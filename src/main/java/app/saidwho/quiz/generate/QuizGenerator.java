package app.saidwho.quiz.generate;

import app.saidwho.attribution.AttributionResult;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns an article's attributions into draft questions, one generator per skill, every question through
 * the validator. Deterministic: the same article gives the same draft. Generators walk the article from
 * the top, so the attributions carrying its main claims (news puts them first) are asked about first.
 */
public final class QuizGenerator {
    private static final Logger LOG = Logger.getLogger(QuizGenerator.class);
    private final List<QuestionGenerator> generators = List.of(new WhoSaidGenerator(), new WhatSaidGenerator(),
            new ChannelGenerator(), new QuoteOrParaphraseGenerator(), new CueStanceGenerator(),
            new SourceTypeGenerator(), new UnsourcedGenerator(), new NestedGenerator(), new MatchGenerator(),
            new EvidenceGenerator(), new FirsthandGenerator(), new RoleGenerator(), new AnonymityGenerator(),
            new WriterVoiceGenerator(), new WrittenGenerator());

    public QuizDraft generate(AttributionResult result) {
        ArticleFacts facts = new ArticleFacts(result);
        Sink sink = new Sink(facts);
        for (QuestionGenerator generator : generators) {
            generator.generate(facts, sink);
        }
        QuizDraft draft = sink.draft();
        draft.dropped().forEach(d -> LOG.debugf("Validator left out a %s question \"%s\": %s", d.skill().label, d.prompt(),
                d.reason()));
        return draft;
    }
}
