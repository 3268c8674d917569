package app.saidwho.teach;

import app.saidwho.account.Account;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** Approve or reject a question on the review page. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class DecisionPages {
    private final QuestionDecisions decisions;

    DecisionPages(QuestionDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @Path("{slug}/questions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String decision) {
        boolean live = decisions.decide(slug, id, decision);
        return Response.seeOther(live ? SetLinks.done(slug, "live-" + ("approve".equals(decision) ? "approved" : "withdrawn"),
                id) : SetLinks.question(slug, id)).build();
    }
}
