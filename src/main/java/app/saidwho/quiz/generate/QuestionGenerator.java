package app.saidwho.quiz.generate;

/** Writes the questions of one skill from an article's attributions; offers them to the sink to validate. */
interface QuestionGenerator {
    void generate(ArticleFacts facts, Sink sink);
}
