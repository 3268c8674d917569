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
import app.saidwho.web.PageException;
import org.jboss.resteasy.reactive.RestForm;

/** Move a question up or down among the questions of its skill. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class MovePages {
    private final QuestionDecisions decisions;
    private final SetReviews reviews;

    MovePages(QuestionDecisions decisions, SetReviews reviews) {
        this.decisions = decisions;
        this.reviews = reviews;
    }

    @POST
    @Path("{slug}/questions/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String direction,
                         @RestForm String position) {
        reviews.title(slug); // the owner check first: a stranger learns nothing from a form problem
        switch (direction == null ? "" : direction) {
            case "up" -> decisions.move(slug, id, -1);
            case "down" -> decisions.move(slug, id, 1);
            case "to" -> decisions.moveTo(slug, id, place(position));
            default -> throw PageException.badRequest("Choose up, down, or a place to move the question to.");
        }
        return Response.seeOther(SetLinks.question(slug, id)).build();
    }

    private static int place(String position) {
        try {
            return Integer.parseInt(position == null ? "" : position.strip());
        } catch (NumberFormatException e) {
            throw PageException.badRequest("Give the place as a number, for example 1 to move the question first.");
        }
    }
}
