package app.saidwho.teach;

import app.saidwho.quiz.Article;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetImporter;
import app.saidwho.quiz.file.QuizSetFile;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFile.QuestionData;
import app.saidwho.quiz.file.QuizSetFileParser;
import app.saidwho.quiz.file.QuizSetFileWriter;
import app.saidwho.quiz.file.QuizFileException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** A teacher's quiz sets as quiz-set files: download one, or upload one as a new set (all or nothing). */
@ApplicationScoped
public class SetFiles {
    private final QuizSetImporter importer;

    SetFiles(QuizSetImporter importer) {
        this.importer = importer;
    }

    /** The set's article and its approved questions, in the format of quizzes/. */
    @Transactional
    public String export(QuizSet set) {
        Article article = set.article;
        List<QuestionData> questions = Question.listActive(set).stream()
                .map(q -> new QuestionData(q.questionKey, q.skill, q.prompt, List.copyOf(q.options), q.answerIndex,
                        q.explanation, q.evidenceText, q.evidenceStart, q.evidenceEnd))
                .toList();
        QuizSetFile file = new QuizSetFile(set.slug, set.title, set.status, new ArticleData(article.title,
                article.publisher, article.url, article.published, article.body, List.copyOf(article.boilerplate)),
                questions);
        return new QuizSetFileWriter().write(file);
    }

    /** Reads an uploaded file into a new set owned by the teacher; a broken file changes nothing. */
    @Transactional
    public String upload(String fileName, String content, String username) throws QuizFileException {
        String slug = QuizSet.freeSlug(QuizSetFileParser.slugOf(fileName));
        QuizSetFile parsed = new QuizSetFileParser().parse(slug + ".yaml", content);
        importer.importFile(parsed, "upload:" + fileName, Integer.toHexString(content.hashCode()));
        QuizSet set = QuizSet.findBySlug(slug).orElseThrow();
        set.owner = Account.findByUsername(username).orElseThrow();
        return slug;
    }
}
