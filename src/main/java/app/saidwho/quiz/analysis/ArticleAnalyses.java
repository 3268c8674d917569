package app.saidwho.quiz.analysis;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.EngineVersion;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.generate.QuizDraft;
import app.saidwho.quiz.generate.QuizGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The engine's analysis of articles, and the one place where "engine, then generator" is composed. A
 * stored article's analysis is made once and kept; the review page, its "who said what" panel and the
 * generated questions all rest on it. It is made again on request, or when another engine version
 * ({@link EngineVersion}: its rules or its word lists changed) meets it.
 */
@ApplicationScoped
public class ArticleAnalyses {
    private final AttributionEngine engine;
    private final QuizGenerator generator = new QuizGenerator();
    private final String engineVersion = EngineVersion.current();

    ArticleAnalyses(AttributionEngine engine) {
        this.engine = engine;
    }

    /** The stored analysis of the article; made and stored first when it has none of this engine version. */
    @Transactional
    public AttributionResult of(Article article) {
        return ArticleAnalysis.findFor(article).filter(a -> a.engineVersion.equals(engineVersion))
                .map(a -> AnalysisJson.read(a.resultJson, article.body))
                .orElseGet(() -> reanalyse(article));
    }

    /** Runs the engine on the article again and stores what it finds in place of the old analysis. */
    @Transactional
    public AttributionResult reanalyse(Article article) {
        AttributionResult result = engine.analyse(article.body);
        String json = AnalysisJson.write(result);
        if (json.length() > ArticleAnalysis.MAX_JSON) {
            return result;
        }
        ArticleAnalysis stored = ArticleAnalysis.findFor(article).orElseGet(ArticleAnalysis::new);
        stored.article = article;
        stored.engineVersion = engineVersion;
        stored.resultJson = json;
        stored.analysedAt = Instant.now();
        stored.persist();
        return result;
    }

    /** Draft questions for an article that is not stored (the JSON API). */
    public QuizDraft draft(String text) {
        return draft(engine.analyse(text));
    }

    /** Draft questions from an analysis. */
    public QuizDraft draft(AttributionResult analysis) {
        return generator.generate(analysis);
    }

    public String engineVersion() {
        return engineVersion;
    }
}
