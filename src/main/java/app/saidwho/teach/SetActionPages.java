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
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A set as a whole: approve all drafts, rename, duplicate, archive, and delete after a confirmation page. */
@Path("/teach/sets/{slug}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class SetActionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance delete(String slug, String title, long attempts, boolean asked);
    }

    private final SetLifecycle lifecycle;
    private final SetReviews reviews;

    SetActionPages(SetLifecycle lifecycle, SetReviews reviews) {
        this.lifecycle = lifecycle;
        this.reviews = reviews;
    }

    @POST
    @Path("approve-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveAll(@PathParam("slug") String slug) {
        lifecycle.approveAll(slug);
        return back(slug, "approved-all");
    }

    @POST
    @Path("rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("slug") String slug, @RestForm String title) {
        Optional<String> problem = lifecycle.rename(slug, title);
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(ReviewPages.Templates.review(
                    reviews.review(slug, ReviewFilter.of(null, null, null)), null, problem.get())).build();
        }
        return back(slug, "renamed");
    }

    /** A draft copy of the set; 303 to the copy's review page. */
    @POST
    @Path("duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response duplicate(@PathParam("slug") String slug) {
        return back(lifecycle.duplicate(slug), "duplicated");
    }

    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("slug") String slug, @RestForm String action) {
        boolean archive = !"unarchive".equals(action);
        lifecycle.archive(slug, archive);
        return back(slug, archive ? "archived" : "unarchived");
    }

    /** The confirmation page: what goes, and for a set with attempts, archive as the gentler choice. */
    @GET
    @Path("delete")
    public TemplateInstance confirmDelete(@PathParam("slug") String slug) {
        return Templates.delete(slug, reviews.title(slug), lifecycle.attemptCount(slug), false);
    }

    /**
     * Deletes the set (303 to the teacher's list). A set with attempts is deleted only with
     * {@code attempts=delete}; otherwise the confirmation page again, 409.
     */
    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug, @RestForm String attempts) {
        String title = reviews.title(slug);
        if (lifecycle.delete(slug, "delete".equals(attempts)) == SetLifecycle.Deletion.HAS_ATTEMPTS) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.delete(slug, title, lifecycle.attemptCount(slug), true)).build();
        }
        return Response.seeOther(URI.create("/teach?deleted=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    static Response back(String slug, String done) {
        return Response.seeOther(SetLinks.done(slug, done)).build();
    }
}
