package app.saidwho.attribution;

/** Stage one: the article as paragraphs, sentences and tagged tokens. */
public interface TextAnalyzer {
    AnalyzedText analyze(String text);
}
