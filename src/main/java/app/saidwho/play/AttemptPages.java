package app.saidwho.play;

import app.saidwho.play.QuestionStates.QuestionState;
import app.saidwho.play.PlayViews.ResultView;
import app.saidwho.web.PageException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** One attempt: a question per page, feedback after each answer, and the result at the end. */
@Path("/attempts/{token}")
@Produces(MediaType.TEXT_HTML)
public class AttemptPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(QuestionState state, String error, String resumeUrl, String draftText);

        static native TemplateInstance result(ResultView result);
    }

    private final AttemptService attempts;
    private final QuestionStates questions;

    AttemptPages(AttemptService attempts, QuestionStates questions) {
        this.attempts = attempts;
        this.questions = questions;
    }

    /** Resumes the attempt where it stands: the first unanswered question, or the result. */
    @GET
    public Response resume(@PathParam("token") String token) {
        return redirect(attempts.nextQuestion(token)
                .map(id -> questionPath(token, id))
                .orElse(PlayLinks.result(token)));
    }

    @GET
    @Path("questions/{id}")
    public Response question(@PathParam("token") String token, @PathParam("id") long id,
                             @Context HttpServerRequest request) {
        Optional<QuestionState> state = questions.question(token, id);
        if (state.isEmpty()) {
            return resume(token);
        }
        return Response.ok(Templates.question(state.get(), null, resumeUrl(request, state.get()), null)).build();
    }

    @POST
    @Path("questions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, @PathParam("id") long id, @RestForm String choice,
                           @RestForm("pair") List<String> pairs, @RestForm String text, @Context HttpServerRequest request) {
        LearnerAnswer given = new LearnerAnswer(parseChoice(choice), pairs == null ? List.of()
                : pairs.stream().map(AttemptPages::parseChoice).toList(), text);
        try {
            attempts.answer(token, id, given);
        } catch (IncompleteAnswer incomplete) {
            QuestionState state = questions.question(token, id)
                    .orElseThrow(() -> PageException.badRequest("This question cannot be answered now."));
            if (!state.answered()) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .entity(Templates.question(state, incomplete.getMessage(), resumeUrl(request, state), text))
                        .build();
            }
        } catch (PersistenceException raced) {
            // Only a second submission of the same answer that committed first may be passed over.
            if (!attempts.isAnswered(token, id)) {
                throw raced;
            }
        }
        return redirect(questionPath(token, id));
    }

    @GET
    @Path("result")
    public Response result(@PathParam("token") String token) {
        return attempts.result(token)
                .map(result -> Response.ok(Templates.result(result)).build())
                .orElseGet(() -> resume(token));
    }

    private static Integer parseChoice(String choice) {
        if (choice == null || choice.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(choice.trim());
        } catch (NumberFormatException e) {
            throw PageException.badRequest("That answer is not one of the options of this question. "
                    + "Go back to the question and pick one of its options.");
        }
    }

    /**
     * The full address of the attempt, for the learner to keep: only the first question shows it. The scheme and
     * host are the request's (the forwarded ones behind a proxy configured for it), as JAX-RS's base URI has them,
     * without its URI parsing, which was 4 % of a first question's CPU (JFR, issue 16).
     */
    private static String resumeUrl(HttpServerRequest request, QuestionState state) {
        return state.first() ? request.scheme() + "://" + request.authority() + PlayLinks.attempt(state.attempt().token())
                : null;
    }

    private static String questionPath(String token, long id) {
        return PlayLinks.question(token, id);
    }

    private static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
