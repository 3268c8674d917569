package app.saidwho.api;

import app.saidwho.config.SaidWhoConfig;
import app.saidwho.quiz.analysis.ArticleAnalyses;
import app.saidwho.quiz.file.QuizSetFile.ArticleData;
import app.saidwho.quiz.file.QuizSetFileWriter;
import app.saidwho.quiz.generate.DraftFiles;
import app.saidwho.quiz.generate.QuizDraft;
import app.saidwho.web.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Draft questions for an article: as JSON, or as a quiz-set YAML file to review and put in quizzes/. */
@Path("/api/v1")
public class QuizDraftsResource {
    private final ArticleAnalyses analyses;
    private final int maxCharacters;

    QuizDraftsResource(ArticleAnalyses analyses, SaidWhoConfig config) {
        this.analyses = analyses;
        this.maxCharacters = config.api().maxArticleChars();
    }

    @POST
    @Path("quiz-drafts")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public QuizDraftJson draft(byte[] body) {
        String article = ArticleBodies.decode(body);
        ArticleBodies.check(article, maxCharacters);
        return QuizDraftJson.of(analyses.draft(article), article);
    }

    /** The draft as a quiz-set file named {@code slug}.yaml, with status draft. */
    @POST
    @Path("quiz-set-files")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces("application/yaml")
    public Response file(byte[] body, @QueryParam("slug") @DefaultValue("new-quiz") String slug,
                         @QueryParam("title") @DefaultValue("New quiz") String title,
                         @QueryParam("publisher") @DefaultValue("Unknown publisher") String publisher) {
        String article = ArticleBodies.decode(body);
        ArticleBodies.check(article, maxCharacters);
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new ApiException(400, "slug must be lower-case letters, digits and dashes");
        }
        QuizDraft draft = analyses.draft(article);
        ArticleData data = new ArticleData(title, publisher, null, null, article, List.of());
        String yaml = new QuizSetFileWriter().write(DraftFiles.toFile(slug, title, data, draft));
        return Response.ok(yaml).header("Content-Disposition", "attachment; filename=\"" + slug + ".yaml\"").build();
    }
}
