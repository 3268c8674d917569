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

/** Move a question up or down among the questions of its skill. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class MovePages {
    private final QuestionDecisions decisions;

    MovePages(QuestionDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @Path("{slug}/questions/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String direction) {
        decisions.move(slug, id, "up".equals(direction) ? -1 : 1);
        return Response.seeOther(SetLinks.question(slug, id)).build();
    }
}
