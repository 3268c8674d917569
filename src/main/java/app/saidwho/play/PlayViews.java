package app.saidwho.play;

import app.saidwho.quiz.ArticleText.Passage;
import app.saidwho.quiz.ItemType;
import io.quarkus.qute.RawString;
import java.time.LocalDate;
import java.util.List;

/** What the learner pages show: plain immutable data, built inside a transaction. */
public final class PlayViews {
    private PlayViews() {
    }

    /** A published quiz set as listed on the home page and shown on its own page. */
    public record QuizSetView(String slug, String title, String articleTitle, String publisher, String url,
                              String published, long questionCount) {
    }

    /** A quiz on the home page's list. */
    public record ListedQuiz(String slug, String title, String publisher, LocalDate published, long questionCount) {
    }

    /** A quiz's article page: the set and its article, rendered by {@link ArticleHtml}. */
    public record ArticleView(QuizSetView quiz, RawString article) {
    }

    /** The attempt a page belongs to. */
    public record AttemptView(String token, String learnerName, String quizSlug, String quizTitle) {
    }

    /**
     * One question as asked: its place in the attempt and its options in this learner's order; for a MATCH,
     * the quotations ({@code rows}) a speaker is picked for, from the options.
     */
    public record QuestionView(long id, int number, int total, String skillLabel, String prompt,
                               List<Option> options, ItemType type, List<String> rows) {
        public boolean match() {
            return type == ItemType.MATCH;
        }

        public boolean written() {
            return type == ItemType.SHORT_ANSWER;
        }

        public int maxText() {
            return LearnerAnswer.MAX_TEXT;
        }
    }

    /** One row of a MATCH answer: the quotation, the speaker picked, the right one. */
    public record RowView(int number, String quotation, String chosen, String answer, boolean right) {
    }

    /** An option and its index in the question as stored, which is what an answer form sends. */
    public record Option(int index, String text) {
    }

    /**
     * A given answer with its verdict and the evidence behind the key: for a MATCH every row, for a written
     * answer the words and, once the teacher has scored it, the level and what that level means.
     */
    public record AnswerView(QuestionView question, int choice, String choiceText, boolean correct, int keyIndex,
                             String keyText, String explanation, Passage passage, List<RowView> rows,
                             boolean pending, String level, String levelMeaning, int points, int maxPoints) {
        /** right, partial (some pairs of a MATCH), wrong, or pending (a written answer not scored yet). */
        public String verdict() {
            if (pending) {
                return "pending";
            }
            if (correct) {
                return "right";
            }
            return points > 0 ? "partial" : "wrong";
        }

        public boolean keyed() {
            return keyIndex >= 0;
        }
    }

    /** Points earned out of the points of the scored answers, for one skill. */
    public record SkillScore(String label, String description, int right, int asked) {
        public int percent() {
            return Percent.of(right, asked);
        }
    }

    /**
     * The end of an attempt: points earned of the points of the scored answers, per-skill breakdown, every
     * answer, and how many written answers wait for the teacher's score.
     */
    public record ResultView(AttemptView attempt, int right, int asked, List<SkillScore> skills,
                             List<AnswerView> answers, int pending) {
        public int percent() {
            return Percent.of(right, asked);
        }

        /** A heading that fits the score: praise only for a good one. */
        public String headline() {
            String name = attempt.learnerName();
            if (percent() >= 80) {
                return "Well done, " + name + "!";
            }
            return percent() >= 50 ? "Good work, " + name + "." : "Thanks for finishing, " + name + ".";
        }

        /** What to do next, for the score in hand. */
        public String advice() {
            if (percent() >= 80) {
                return "You read the sources carefully. Look below at any answer you missed.";
            }
            if (percent() >= 50) {
                return "You got more than half right. The answers below show the evidence for the ones you missed.";
            }
            return "This article was a hard one. Go through your answers below: each shows the evidence in the "
                    + "article, and the next article will be easier.";
        }
    }
}
