package app.saidwho.teach;

import app.saidwho.account.Account;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Edit a question of a teacher's set; problems are shown next to their fields. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class EditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String slug, long id, QuestionForm edit, Map<String, String> problems,
                                            boolean live);
    }

    private final QuestionEdits edits;
    private final SetReviews reviews;

    EditPages(QuestionEdits edits, SetReviews reviews) {
        this.edits = edits;
        this.reviews = reviews;
    }

    @GET
    @Path("{slug}/questions/{id}/edit")
    public TemplateInstance editForm(@PathParam("slug") String slug, @PathParam("id") long id) {
        return Templates.edit(slug, id, edits.current(slug, id), Map.of(), reviews.live(slug));
    }

    @POST
    @Path("{slug}/questions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String prompt,
                         @RestForm("option") List<String> options, @RestForm String key, @RestForm String explanation,
                         @RestForm String evidence) {
        QuestionForm edit = QuestionForm.of(prompt, options, key, explanation, evidence);
        Map<String, String> problems = edits.save(slug, id, edit);
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.edit(slug, id, edit, problems, reviews.live(slug))).build();
        }
        return Response.seeOther(reviews.live(slug) ? SetLinks.done(slug, "live-edited") : SetLinks.review(slug)).build();
    }
}
