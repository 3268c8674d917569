package app.saidwho.play;

import app.saidwho.play.PlayViews.ArticleView;
import app.saidwho.play.PlayViews.ListedQuiz;
import app.saidwho.play.PlayViews.QuizSetView;
import app.saidwho.web.FormProblems;
import io.quarkus.qute.RawString;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The learner's way in: the list of quizzes, a quiz's start page and its article. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuizSetPages {
    private static final int MAX_CODE = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<ListedQuiz> quizzes, String code, String codeError);

        static native TemplateInstance quiz(QuizSetView quiz, String name, String nameError);

        static native TemplateInstance article(QuizSetView quiz, RawString article);
    }

    private final QuizSetViews quizzes;
    private final HomePage home;
    private final AttemptService attempts;
    private final Validator validator;

    QuizSetPages(QuizSetViews quizzes, HomePage home, AttemptService attempts, Validator validator) {
        this.quizzes = quizzes;
        this.home = home;
        this.attempts = attempts;
        this.validator = validator;
    }

    @GET
    public String home() {
        return home.html();
    }

    /** The home page's join form: a class code leads to its quiz; a blank or unknown one is told on the form. */
    @GET
    @Path("join")
    public Response join(@QueryParam("code") String code) {
        String normal = code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (normal.isEmpty()) {
            return homeWithCodeError(Response.Status.BAD_REQUEST, "", "Type the code your teacher gave you.");
        }
        if (normal.length() > MAX_CODE) {
            return homeWithCodeError(Response.Status.BAD_REQUEST, "", "A join code has at most " + MAX_CODE
                    + " letters and digits. Check the code with your teacher.");
        }
        return quizzes.slugForCode(normal)
                .map(slug -> Response.seeOther(URI.create(PlayLinks.quiz(slug))).build())
                .orElseGet(() -> homeWithCodeError(Response.Status.NOT_FOUND, normal, "No quiz has the code "
                        + normal + ". Check the code with your teacher."));
    }

    private Response homeWithCodeError(Response.Status status, String code, String message) {
        return Response.status(status).entity(Templates.home(home.listed(), code, message)).build();
    }

    @GET
    @Path("quizzes/{slug}")
    public TemplateInstance quiz(@PathParam("slug") String slug) {
        return Templates.quiz(quizzes.startable(slug), "", null);
    }

    @GET
    @Path("quizzes/{slug}/article")
    public TemplateInstance article(@PathParam("slug") String slug) {
        ArticleView view = quizzes.article(slug);
        return Templates.article(view.quiz(), view.article());
    }

    @POST
    @Path("quizzes/{slug}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("slug") String slug, @RestForm String name) {
        QuizSetView quiz = quizzes.startable(slug);
        JoinForm form = JoinForm.typed(name);
        Optional<String> problem = FormProblems.first(validator, form);
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.quiz(quiz, name == null ? "" : name, problem.get())).build();
        }
        String token = attempts.start(slug, form.name());
        return Response.seeOther(URI.create(PlayLinks.attempt(token))).build();
    }
}
