package app.saidwho.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A news article a quiz set is built on; its text is kept exactly as given so offsets stay valid. */
@Entity
public class Article extends PanacheEntity {
    public String title;
    public String publisher;
    public String url;
    public LocalDate published;

    @Column(length = 1_000_000)
    public String body;

    /** Lines of page furniture ("More From This Section") that are in the text but not part of the story. */
    // Lazy: only the pages that show the whole article read it (and they keep it rendered, play.ArticleHtml).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_boilerplate", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "line")
    public List<String> boilerplate = new ArrayList<>();

    /**
     * Raised by Hibernate whenever the article changes, its boilerplate lines included: the learner pages keep
     * the article rendered per (id, version), so they read neither the text nor the lines to show it.
     */
    @Version
    public long version;

    /**
     * The original's address when it is a web address (http or https), else null: a quiz-set file could
     * carry a {@code javascript:} or {@code data:} address, which must never become a link.
     */
    public String webUrl() {
        return url != null && url.strip().matches("(?i)https?://[^\\s\"<>]+") ? url.strip() : null;
    }
}
