package app.saidwho.teach;

import app.saidwho.account.Account;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The review page of a teacher's quiz set: the attributed article, the questions, what was dropped. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(SetReviews.Review review, String notice);
    }

    private final SetReviews reviews;

    ReviewPages(SetReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("{slug}")
    public TemplateInstance review(@PathParam("slug") String slug) {
        return Templates.review(reviews.review(slug), null);
    }

    /** Analyse the article again, on the teacher's request; the questions stay as they are. */
    @POST
    @Path("{slug}/analysis")
    public Response reanalyse(@PathParam("slug") String slug) {
        reviews.reanalyse(slug);
        return Response.seeOther(SetLinks.review(slug)).build();
    }
}
