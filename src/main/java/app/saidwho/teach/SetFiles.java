package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.file.FileHash;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.file.QuizFileException;
import app.saidwho.quiz.file.QuizSetFile;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import app.saidwho.quiz.file.QuizSetFileParser;
import app.saidwho.quiz.file.QuizSetFileWriter;
import app.saidwho.quiz.load.QuizSetImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A teacher's quiz sets as quiz-set files: download one, or upload one as a new set (all or nothing). */
@ApplicationScoped
public class SetFiles {
    private final QuizSetImporter importer;
    private final SetAccess access;

    SetFiles(QuizSetImporter importer, SetAccess access) {
        this.importer = importer;
        this.access = access;
    }

    /** The set's article and its approved questions, in the format of quizzes/ (owner or admin only). */
    @Transactional
    public String export(String slug) {
        QuizSet set = access.owned(slug);
        Article article = set.article;
        List<QuestionData> questions = Question.listActive(set).stream()
                .map(q -> new QuestionData(q.questionKey, q.type, q.skill, q.prompt, List.copyOf(q.options),
                        q.answerIndex, q.matchPairs(), q.rubric(), q.explanation, q.evidenceText, q.evidenceStart,
                        q.evidenceEnd))
                .toList();
        QuizSetFile file = new QuizSetFile(set.slug, set.title, set.status, new ArticleData(article.title,
                article.publisher, article.url, article.published, article.body, List.copyOf(article.boilerplate)),
                questions);
        return new QuizSetFileWriter().write(file);
    }

    /** Reads an uploaded file into a new set owned by this teacher account; a broken file changes nothing. */
    @Transactional
    public String upload(String fileName, String content, long ownerId) throws QuizFileException {
        String slug = QuizSet.freeSlug(QuizSetFileParser.slugOf(fileName));
        QuizSetFile parsed = new QuizSetFileParser().parse(slug + ".yaml", content);
        importer.importFile(parsed, "upload:" + shortened(fileName), FileHash.sha256(content.getBytes(StandardCharsets.UTF_8)));
        QuizSet set = QuizSet.findBySlug(slug).orElseThrow();
        set.ownerId = ownerId;
        // An upload starts as a draft the teacher reviews and publishes, whatever status the file names.
        set.status = QuizSetStatus.DRAFT;
        set.listed = false;
        return slug;
    }

    /** The file name as the set's source: the column holds 500 characters, a browser may send more. */
    private static String shortened(String fileName) {
        return fileName.length() > 200 ? fileName.substring(0, 200) + "…" : fileName;
    }
}
