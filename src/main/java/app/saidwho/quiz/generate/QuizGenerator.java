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
    /**
     * Rarer skills first: a passage feeds at most two questions, so a report passed on (NESTED), a channel or a
     * source's position to know gets its passage before another "who said it" does. The draft lists them by skill.
     */
    private final List<QuestionGenerator> choices = List.of(new NestedGenerator(), new ChannelGenerator(),
            new WhoSaidGenerator(), new WhatSaidGenerator(), new FirsthandGenerator(), new AnonymityGenerator(),
            new CueStanceGenerator(), new QuoteOrParaphraseGenerator(), new SourceTypeGenerator(),
            new UnsourcedGenerator(), new RoleGenerator(), new WriterVoiceGenerator());
    /** The generators that stop at a cap per skill ({@link Sink#full}), asked again for the rest of their cap. */
    private final List<QuestionGenerator> capped = List.of(new NestedGenerator(), new ChannelGenerator(),
            new WhoSaidGenerator(), new WhatSaidGenerator(), new CueStanceGenerator(), new QuoteOrParaphraseGenerator(),
            new SourceTypeGenerator(), new UnsourcedGenerator());
    private final QuestionGenerator evidence = new EvidenceGenerator();
    private final List<QuestionGenerator> items = List.of(new MatchGenerator(), new WrittenGenerator());

    public QuizDraft generate(AttributionResult result) {
        ArticleFacts facts = new ArticleFacts(result);
        Sink sink = new Sink(facts);
        sink.firstRound();
        choices.forEach(g -> g.generate(facts, sink));
        // "which passage shows who said it" takes a quotation before "who said it" takes its last: a short article
        // otherwise has every sure quotation keyed already, and the two would give each other away
        evidence.generate(facts, sink);
        sink.nextRound();
        capped.forEach(g -> g.generate(facts, sink));
        items.forEach(g -> g.generate(facts, sink));
        QuizDraft draft = sink.draft();
        draft.dropped().forEach(d -> LOG.debugf("Validator left out a %s question \"%s\": %s", d.skill().label, d.prompt(),
                d.reason()));
        return draft;
    }
}
