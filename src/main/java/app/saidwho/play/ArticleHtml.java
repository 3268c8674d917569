package app.saidwho.play;

import app.saidwho.quiz.Article;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.ArticleText.Paragraph;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The whole article as learners read it, rendered once per version of its text and kept: every question
 * page shows it, and a stored text never changes (a changed one is a new key). The HTML comes from the
 * template with Qute's escaping, so it is inserted as it is.
 */
@ApplicationScoped
public class ArticleHtml {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(List<Paragraph> paragraphs);
    }

    /** What the rendering depends on: the text and its boilerplate lines (the id keeps articles apart). */
    private record Version(long articleId, String body, List<String> boilerplate) {
    }

    private final Cache rendered;

    ArticleHtml(@CacheName("article-html") Cache rendered) {
        this.rendered = rendered;
    }

    public RawString of(Article article) {
        Version version = new Version(article.id, article.body, List.copyOf(article.boilerplate));
        return rendered.get(version, v -> new RawString(
                Templates.article(ArticleText.paragraphs(v.body(), v.boilerplate())).render()))
                .await().indefinitely();
    }
}
