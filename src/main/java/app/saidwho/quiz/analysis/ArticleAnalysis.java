package app.saidwho.quiz.analysis;

import app.saidwho.quiz.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.util.Optional;

/** The engine's analysis of one article as JSON, with the engine version that made it. */
@Entity
public class ArticleAnalysis extends PanacheEntity {
    @OneToOne(optional = false)
    public Article article;

    public String engineVersion;

    /** Room for the analysis of a long article; a longer one is not stored but made again when needed. */
    public static final int MAX_JSON = 1_000_000;

    @Column(length = MAX_JSON)
    public String resultJson;

    public Instant analysedAt;

    public static Optional<ArticleAnalysis> findFor(Article article) {
        return find("article", article).firstResultOptional();
    }
}
