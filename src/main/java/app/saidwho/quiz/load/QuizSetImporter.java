package app.saidwho.quiz.load;

import app.saidwho.quiz.Article;
import app.saidwho.quiz.JoinCodes;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionContent;
import app.saidwho.quiz.QuestionOrigin;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.Questions;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.file.QuizSetFile;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a parsed quiz-set file. A question someone has answered is frozen: changing it in the file
 * retires the answered version and adds a new one, so past attempts still show what they were asked.
 */
@ApplicationScoped
public class QuizSetImporter {

    /** What an import did to the stored set. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final Questions questions;

    QuizSetImporter(Questions questions) {
        this.questions = questions;
    }

    /** Whether a set was loaded from a file of this name with exactly this content (by its SHA-256). */
    @Transactional
    public boolean isUnchanged(String sourceFile, String sourceHash) {
        return QuizSet.count("sourceFile = ?1 and sourceHash = ?2 and ownerId is null", sourceFile, sourceHash) > 0;
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
            QuestionContent content = content(data);
            Question existing = current.remove(data.id());
            Question live = existing == null
                    ? questions.add(set, data.id(), position, content, QuestionStatus.APPROVED, QuestionOrigin.AUTHORED)
                    : unchanged(existing, content) ? existing : questions.revise(existing, content);
            // A file's questions are the admin's, approved as written.
            live.position = position;
            live.status = QuestionStatus.APPROVED;
            live.origin = QuestionOrigin.AUTHORED;
        }
        current.values().forEach(gone -> gone.retired = true);
    }

    private static boolean unchanged(Question q, QuestionContent content) {
        return QuestionContent.of(q).equals(content) && q.status == QuestionStatus.APPROVED;
    }

    private static QuestionContent content(QuestionData data) {
        return new QuestionContent(data.type(), data.skill(), data.prompt(), data.options(), data.answerIndex(),
                data.pairs(), data.rubric(), data.explanation(), data.evidenceStart(), data.evidenceEnd(), data.evidence());
    }
}
