package app.saidwho.play;

import app.saidwho.quiz.Article;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.ArticleText.Paragraph;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The whole article as learners read it, rendered once per version of the article and kept: every question
 * page shows it. The key is the article's id and version ({@link Article#version}, raised by any change of
 * its text or boilerplate), so a cached page reads neither; a changed article is a new key, on every node.
 * The HTML comes from the template with Qute's escaping, so it is inserted as it is.
 */
@ApplicationScoped
public class ArticleHtml {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(List<Paragraph> paragraphs);
    }

    private record Version(long articleId, long version) {
    }

    private final Cache rendered;

    ArticleHtml(@CacheName("article-html") Cache rendered) {
        this.rendered = rendered;
    }

    /** Called in the transaction that loaded the article: a miss reads its text and lines (on this thread). */
    public RawString of(Article article) {
        return CachedValues.get(rendered, new Version(article.id, article.version), () -> render(article));
    }

    /** The article by its id and version, as a page read them: a miss loads it (in the current transaction or a new one). */
    public RawString of(long articleId, long version) {
        return CachedValues.get(rendered, new Version(articleId, version),
                () -> QuarkusTransaction.joiningExisting().call(() -> render(Article.findById(articleId))));
    }

    private static RawString render(Article article) {
        return new RawString(Templates.article(ArticleText.paragraphs(article.body, article.boilerplate)).render());
    }
}
