package app.saidwho.teach;

import app.saidwho.attribution.AttributionResult;
import app.saidwho.quiz.Article;
import app.saidwho.quiz.JoinCodes;
import app.saidwho.quiz.QuestionContent;
import app.saidwho.quiz.QuestionOrigin;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.Questions;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.analysis.ArticleAnalyses;
import app.saidwho.quiz.generate.DraftQuestion;
import app.saidwho.quiz.generate.QuizDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A teacher's new quiz set: the article is stored with its analysis, the generator writes questions from
 * that analysis, and they start as drafts; what the validator left out is kept beside them.
 */
@ApplicationScoped
public class QuizSetDrafts {

    /** What the teacher typed on the new-set form; the limits that need no settings are checked by Bean Validation. */
    public record ArticleForm(
            @NotBlank(message = TITLE) @Size(max = 300, message = TITLE) String title,
            @NotBlank(message = PUBLISHER) @Size(max = 200, message = PUBLISHER) String publisher,
            @Size(max = 1000, message = URL) @Pattern(regexp = "(https?://\\S+)?", message = URL) String url,
            LocalDate published,
            @NotBlank(message = "Paste the text of the article.") String text) {
        static final String TITLE = "Give the quiz a title of 1 to 300 characters.";
        static final String PUBLISHER = "Name the publisher of the article (up to 200 characters).";
        static final String URL = "The address must start with http:// or https://.";
    }

    private final ArticleAnalyses analyses;
    private final Questions questions;

    QuizSetDrafts(ArticleAnalyses analyses, Questions questions) {
        this.analyses = analyses;
        this.questions = questions;
    }

    /** A new draft set owned by this teacher account; returns its slug. */
    @Transactional
    public String create(ArticleForm form, long ownerId) {
        Article article = article(form);
        AttributionResult analysis = analyses.reanalyse(article);
        QuizDraft draft = analyses.draft(analysis);
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
            String key = q.skill().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (position + 1);
            // The generator's reason to doubt a key becomes the review page's "check this key" flag.
            questions.add(set, key, position++, content(q, article.body), QuestionStatus.DRAFT, QuestionOrigin.GENERATED)
                    .checkReason = q.checkKey();
        }
        draft.dropped().forEach(d -> LeftOutQuestion.keep(set, d));
        return set.slug;
    }

    private static Article article(ArticleForm form) {
        Article article = new Article();
        article.title = form.title();
        article.publisher = form.publisher();
        article.url = form.url();
        article.published = form.published();
        article.body = form.text();
        article.persist();
        return article;
    }

    private static QuestionContent content(DraftQuestion q, String body) {
        return new QuestionContent(q.type(), q.skill(), q.prompt(), q.options(), q.answer(), q.pairs(), q.rubric(),
                q.explanation(), q.evidence().start(), q.evidence().end(), q.evidence().text(body));
    }
}
