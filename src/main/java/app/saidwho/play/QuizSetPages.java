package app.saidwho.play;

import app.saidwho.play.PlayViews.QuizSetView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The learner's way in: the list of quizzes, a quiz's start page and its article. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuizSetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<QuizSetView> quizzes);

        static native TemplateInstance quiz(QuizSetView quiz, String name, String nameError);

        static native TemplateInstance article(QuizSetView quiz);
    }

    private final QuizSetViews quizzes;
    private final AttemptService attempts;

    QuizSetPages(QuizSetViews quizzes, AttemptService attempts) {
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(quizzes.published());
    }

    /** The home page's join form: a class code leads to its quiz. */
    @GET
    @Path("join")
    public Response join(@jakarta.ws.rs.QueryParam("code") String code) {
        String normal = code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return quizzes.slugForCode(normal)
                .map(slug -> Response.seeOther(URI.create("/quizzes/" + slug)).build())
                .orElseThrow(() -> app.saidwho.web.PageException.notFound("No quiz has the code \"" + normal
                        + "\". Check the code with your teacher."));
    }

    @GET
    @Path("quizzes/{slug}")
    public TemplateInstance quiz(@PathParam("slug") String slug) {
        return Templates.quiz(quizzes.published(slug), "", null);
    }

    @GET
    @Path("quizzes/{slug}/article")
    public TemplateInstance article(@PathParam("slug") String slug) {
        return Templates.article(quizzes.published(slug));
    }

    @POST
    @Path("quizzes/{slug}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("slug") String slug, @RestForm String name) {
        QuizSetView quiz = quizzes.published(slug);
        String learnerName = LearnerNames.normalise(name);
        Optional<String> problem = LearnerNames.problem(learnerName);
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.quiz(quiz, name == null ? "" : name, problem.get())).build();
        }
        String token = attempts.start(slug, learnerName);
        return Response.seeOther(URI.create("/attempts/" + token)).build();
    }
}
