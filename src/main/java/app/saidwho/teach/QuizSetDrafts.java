package app.saidwho.teach;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.JoinCodes;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionOrigin;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.generate.DraftQuestion;
import app.saidwho.quiz.generate.QuizDraft;
import app.saidwho.quiz.generate.QuizGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

/** A teacher's new quiz set: the article goes through the engine and the generator, questions start as drafts. */
@ApplicationScoped
public class QuizSetDrafts {

    /** What the teacher typed on the new-set form. */
    public record ArticleForm(String title, String publisher, String url, LocalDate published, String text) {
    }

    private final AttributionEngine engine;
    private final QuizGenerator generator = new QuizGenerator();

    QuizSetDrafts(AttributionEngine engine) {
        this.engine = engine;
    }

    /** A new draft set owned by this teacher account; returns its slug. */
    @Transactional
    public String create(ArticleForm form, long ownerId) {
        QuizDraft draft = generator.generate(engine.analyse(form.text()));
        Article article = new Article();
        article.title = form.title();
        article.publisher = form.publisher();
        article.url = form.url();
        article.published = form.published();
        article.body = form.text();
        article.persist();
        QuizSet set = new QuizSet();
        set.slug = QuizSet.freeSlug(form.title());
        set.title = form.title();
        set.status = QuizSetStatus.DRAFT;
        set.joinCode = JoinCodes.unused();
        set.article = article;
        set.ownerId = ownerId;
        set.updatedAt = Instant.now();
        set.persist();
        int position = 0;
        for (DraftQuestion q : draft.questions()) {
            Question question = new Question();
            question.quizSet = set;
            question.questionKey = q.skill().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (position + 1);
            question.version = 1;
            question.position = position++;
            question.skill = q.skill();
            question.prompt = q.prompt();
            question.options = new ArrayList<>(q.options());
            question.answerIndex = q.answer();
            question.explanation = q.explanation();
            question.evidenceStart = q.evidence().start();
            question.evidenceEnd = q.evidence().end();
            question.evidenceText = q.evidence().text(form.text());
            question.status = QuestionStatus.DRAFT;
            question.origin = QuestionOrigin.GENERATED;
            question.persist();
        }
        for (var d : draft.dropped()) {
            LeftOutQuestion dropped = new LeftOutQuestion();
            dropped.quizSet = set;
            dropped.skill = d.skill();
            dropped.prompt = d.prompt().length() > 2000 ? d.prompt().substring(0, 2000) : d.prompt();
            dropped.reason = d.reason().length() > 500 ? d.reason().substring(0, 500) : d.reason();
            dropped.persist();
        }
        return set.slug;
    }
}
