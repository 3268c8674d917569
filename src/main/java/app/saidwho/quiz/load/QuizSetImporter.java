package app.saidwho.quiz.load;

import app.saidwho.quiz.AnsweredQuestions;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.JoinCodes;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionOrigin;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import app.saidwho.quiz.file.QuizSetFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores a parsed quiz-set file. A question someone has answered is frozen: changing it in the file
 * retires the answered version and adds a new one, so past attempts still show what they were asked.
 */
@ApplicationScoped
public class QuizSetImporter {

    /** What an import did to the stored set. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final AnsweredQuestions answered;

    QuizSetImporter(AnsweredQuestions answered) {
        this.answered = answered;
    }

    @Transactional
    public Outcome importFile(QuizSetFile file, String sourceFile, String sourceHash) {
        QuizSet set = QuizSet.findBySlug(file.slug()).orElse(null);
        if (set != null && set.ownerId != null) {
            throw new IllegalStateException("the address /quizzes/" + file.slug()
                    + " belongs to a quiz set a teacher made in the app; rename the file");
        }
        if (set != null && sourceHash.equals(set.sourceHash)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = set == null ? Outcome.CREATED : Outcome.UPDATED;
        if (set == null) {
            set = new QuizSet();
            set.slug = file.slug();
            set.joinCode = JoinCodes.unused();
            set.article = new Article();
            // A file in quizzes/ is the admin's, put there for everyone: listed on the home page.
            set.listed = true;
        }
        set.title = file.title();
        set.status = file.status();
        set.sourceFile = sourceFile;
        set.sourceHash = sourceHash;
        set.updatedAt = Instant.now();
        copyArticle(file.article(), set.article);
        set.article.persist();
        set.persist();
        syncQuestions(set, file.questions());
        return outcome;
    }

    private static void copyArticle(ArticleData data, Article article) {
        article.title = data.title();
        article.publisher = data.publisher();
        article.url = data.url();
        article.published = data.published();
        article.body = data.text();
        article.boilerplate.clear();
        article.boilerplate.addAll(data.boilerplate());
    }

    private void syncQuestions(QuizSet set, List<QuestionData> wanted) {
        Map<String, Question> current = new HashMap<>();
        Question.listCurrent(set).forEach(q -> current.put(q.questionKey, q));
        for (int position = 0; position < wanted.size(); position++) {
            QuestionData data = wanted.get(position);
            Question existing = current.remove(data.id());
            if (existing != null && sameContent(existing, data)) {
                existing.position = position;
            } else if (existing != null && !answered.isAnswered(existing)) {
                copyQuestion(data, position, existing);
            } else {
                if (existing != null) {
                    existing.retired = true;
                }
                Question fresh = new Question();
                fresh.quizSet = set;
                fresh.questionKey = data.id();
                fresh.version = nextVersion(set, data.id());
                copyQuestion(data, position, fresh);
                fresh.persist();
            }
        }
        current.values().forEach(gone -> gone.retired = true);
    }

    private static int nextVersion(QuizSet set, String key) {
        Integer max = Question.getEntityManager()
                .createQuery("select max(q.version) from Question q where q.quizSet = :s and q.questionKey = :k",
                        Integer.class)
                .setParameter("s", set).setParameter("k", key)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static boolean sameContent(Question q, QuestionData data) {
        return q.skill == data.skill() && q.prompt.equals(data.prompt()) && q.options.equals(data.options())
                && q.answerIndex == data.answerIndex() && q.explanation.equals(data.explanation())
                && q.evidenceText.equals(data.evidence()) && q.evidenceStart == data.evidenceStart()
                && Objects.equals(q.status, QuestionStatus.APPROVED);
    }

    private static void copyQuestion(QuestionData data, int position, Question q) {
        q.position = position;
        q.skill = data.skill();
        q.prompt = data.prompt();
        q.options = new ArrayList<>(data.options());
        q.answerIndex = data.answerIndex();
        q.explanation = data.explanation();
        q.evidenceText = data.evidence();
        q.evidenceStart = data.evidenceStart();
        q.evidenceEnd = data.evidenceEnd();
        q.status = QuestionStatus.APPROVED;
        q.origin = QuestionOrigin.AUTHORED;
        q.retired = false;
    }
}
