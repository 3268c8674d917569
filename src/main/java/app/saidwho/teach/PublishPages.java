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

/** Publish a set's approved questions, or unpublish it. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class PublishPages {
    private final SetPublishing publishing;
    private final SetReviews reviews;

    PublishPages(SetPublishing publishing, SetReviews reviews) {
        this.publishing = publishing;
        this.reviews = reviews;
    }

    @POST
    @Path("{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("slug") String slug, @RestForm String action) {
        if ("unpublish".equals(action)) {
            publishing.unpublish(slug);
        } else if (!publishing.publish(slug)) {
            // The review page again, with the reason, rather than a bare error page.
            return Response.status(422).entity(ReviewPages.Templates.review(
                    reviews.review(slug, ReviewFilter.of(null, null, null)), null,
                    "Approve at least one question before you publish.")).build();
        }
        return Response.seeOther(SetLinks.review(slug)).build();
    }
}
