package app.saidwho.attribution;

import java.util.List;

/**
 * Finds who said what in an English news article: the entry point of the engine. Thread-safe; build it
 * once (loading the models takes a moment) and share it.
 */
public final class AttributionEngine {
    private final TextAnalyzer analyzer;
    private final CueLexicon lexicon;
    private final QuoteFinder quoteFinder = new QuoteFinder();

    public AttributionEngine(TextAnalyzer analyzer, CueLexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    /** The engine with OpenNLP's English models and the lexicon and boilerplate patterns from resources. */
    public static AttributionEngine standard() {
        return new AttributionEngine(new OpenNlpTextAnalyzer(BoilerplateDetector.fromResource()),
                CueLexicon.fromResource());
    }

    /** The paragraphs, sentences and tagged tokens the passes read: for error analysis. */
    public AnalyzedText analyzeText(String text) {
        return analyzer.analyze(text);
    }

    public AttributionResult analyse(String text) {
        AnalyzedText doc = analyzer.analyze(text);
        List<Quote> quotes = Titles.withoutTitles(doc, quoteFinder.find(text, doc.paragraphs()), lexicon);
        List<Draft> drafts = Sieves.run(doc, quotes, lexicon);
        return new Assembly(doc, quotes).assemble(drafts);
    }
}
