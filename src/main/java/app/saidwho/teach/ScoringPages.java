package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.teach.WrittenScores.ToScore;
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
import org.jboss.resteasy.reactive.RestForm;

/** The "to score" list of a set's written answers, each scored on its rubric (Proficient, Emergent, Basic). */
@Path("/teach/sets/{slug}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class ScoringPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance toScore(ToScore list);
    }

    private final WrittenScores scores;

    ScoringPages(WrittenScores scores) {
        this.scores = scores;
    }

    @GET
    @Path("to-score")
    public TemplateInstance toScore(@PathParam("slug") String slug) {
        return Templates.toScore(scores.list(slug));
    }

    @POST
    @Path("responses/{id}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String level) {
        scores.score(slug, id, level);
        return Response.seeOther(SetLinks.scored(slug)).build();
    }
}
