package app.saidwho.quiz.file;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.Skill;
import java.time.LocalDate;
import java.util.List;

/** The checked content of one quiz-set file; see docs/quiz-set-format.md. */
public record QuizSetFile(String slug, String title, QuizSetStatus status, ArticleData article,
                          List<QuestionData> questions) {

    /** The article: metadata and its text exactly as in the file. */
    public record ArticleData(String title, String publisher, String url, LocalDate published, String text,
                              List<String> boilerplate) {
    }

    /**
     * One question; the evidence is located in the article text by offsets (end exclusive). {@code answerIndex}
     * is -1 for MATCH (whose options are the pool of speakers for its {@code pairs}) and SHORT_ANSWER (which
     * has a {@code rubric} and no options).
     */
    public record QuestionData(String id, ItemType type, Skill skill, String prompt, List<String> options,
                               int answerIndex, List<MatchPair> pairs, Rubric rubric, String explanation,
                               String evidence, int evidenceStart, int evidenceEnd) {

        /** A multiple-choice question. */
        public QuestionData(String id, Skill skill, String prompt, List<String> options, int answerIndex,
                            String explanation, String evidence, int evidenceStart, int evidenceEnd) {
            this(id, ItemType.CHOICE, skill, prompt, options, answerIndex, List.of(), null, explanation, evidence,
                    evidenceStart, evidenceEnd);
        }
    }
}
