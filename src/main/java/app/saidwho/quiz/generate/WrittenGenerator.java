package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.Skill;
import java.util.List;
import java.util.Optional;

/**
 * SHORT_ANSWER from two templates a teacher scores on a three-level rubric: why an unnamed source may not be
 * named (ANONYMITY), and what to check before trusting a claim the article makes with no source (UNSOURCED).
 */
final class WrittenGenerator implements QuestionGenerator {
    static final Rubric WHY_UNNAMED = new Rubric(
            "Gives a likely reason (the source could lose their job or be punished, is not allowed to speak, or the "
                    + "talks are private) and says that readers cannot check who the source is.",
            "Gives a likely reason, or says that readers cannot check the source, but not both.",
            "Says only that the source has no name, or gives no reason.");
    static final Rubric WHAT_TO_CHECK = new Rubric(
            "Names a concrete check (who says so, a second independent source, the original document or data) and "
                    + "why it matters for this claim.",
            "Names a general check (look it up, ask someone) without saying what or why.",
            "Says the claim is true or false, or gives no check.");

    private final UnsourcedGenerator unsourced = new UnsourcedGenerator();

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        unnamed(facts).ifPresent(a -> sink.offerItem(Items.written(Skill.ANONYMITY,
                // "quotes" only for words in quotation marks; a paraphrase is reported
                "The article " + (a.kind() == app.saidwho.attribution.Kind.INDIRECT ? "reports what \"" + facts.mention(a)
                        + "\" said" : "quotes \"" + facts.mention(a) + "\"") + " without giving a name. Why might the article"
                        + " not name this source, and what does that mean for you as a reader?", WHY_UNNAMED,
                AnonymityGenerator.reason(facts.clause(a)).map(r -> "The article gives this reason: \"" + r + "\". ")
                        .orElse("The article does not say why. ")
                        + "Publications keep a name back to protect a source or because the source may not speak "
                        + "publicly; readers then have to trust the publication, since they cannot check the source.",
                facts.evidence(a))));
        unsourcedClaim(facts, sink.evidenceAsked(Skill.UNSOURCED)).ifPresent(claim -> sink.offerItem(Items.written(Skill.UNSOURCED,
                "Read this claim from the article: " + Excerpts.quoted(claim.text(facts.text).strip()) // whole: the part to check may come last ("… because …")
                        + " What would you check before trusting it?", WHAT_TO_CHECK,
                "The article states this without saying who it comes from. A careful reader asks who says so, looks "
                        + "for a second independent source, or for the document or data behind it.", claim)));
    }

    private static Optional<Attribution> unnamed(ArticleFacts facts) {
        return facts.attributions().stream()
                .filter(a -> a.source() != null && a.source().type() == SourceType.ANONYMOUS && a.parent() < 0
                        && ArticleFacts.reportsWords(a) && !facts.mentionIsPronoun(a) && Insiders.insider(facts.mention(a))
                        && Insiders.keptUnnamed(facts.mention(a), facts.evidence(a).text(facts.text))
                        && !AnonymityGenerator.pointsBack(facts.mention(a)))
                .findFirst();
    }

    /**
     * The sentence most worth checking (a figure, then a comparison; the first among equals) that the engine found
     * no source for and that reads as a claim on its own (the same test as an
     * unsourced fact: a whole sentence, no dateline, no word pointing to a source), at most 40 words.
     */
    private Optional<CharSpan> unsourcedClaim(ArticleFacts facts, List<CharSpan> askedAlready) {
        if (UnsourcedGenerator.firstPersonPiece(facts)) {
            return Optional.empty();
        }
        return ClaimsToCheck.mostCheckableFirst(facts).stream()
                .map(s -> s.trim(facts.text))
                .filter(s -> Excerpts.wordCount(s.text(facts.text)) >= 10 && Excerpts.wordCount(s.text(facts.text)) <= 40
                        && unsourced.unsourcedFact(s.text(facts.text).strip())
                        && !UnsourcedGenerator.carriedFromBefore(facts.text, s)
                        // a claim a multiple-choice question already keys would be asked about twice
                        && askedAlready.stream().noneMatch(asked -> asked.start() < s.end() && s.start() < asked.end()))
                .findFirst();
    }
}
