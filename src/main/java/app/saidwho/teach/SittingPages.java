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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A class sitting: open or close the set, its settings, and the projector page with live counts. */
@Path("/teach/sets/{slug}")
@RolesAllowed(Account.TEACHER)
public class SittingPages {
    /** Seconds between reloads of the projector page when JavaScript is off. */
    static final int REFRESH_SECONDS = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance present(String slug, String title, String joinCode, String joinUrl,
                                               SetSettings.Counts counts, boolean open, int refresh);
    }

    private final SetSettings settings;
    private final SetReviews reviews;

    SittingPages(SetSettings settings, SetReviews reviews) {
        this.settings = settings;
        this.reviews = reviews;
    }

    /** {@code action=open} or {@code action=close}; anything else 400. */
    @POST
    @Path("sitting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sitting(@PathParam("slug") String slug, @RestForm String action) {
        reviews.title(slug); // the owner check first: a stranger learns nothing from a form problem
        boolean open = switch (action == null ? "" : action) {
            case "open" -> true;
            case "close" -> false;
            default -> throw app.saidwho.web.PageException.badRequest("Choose to open or to close the quiz.");
        };
        settings.sitting(slug, open);
        return SetActionPages.back(slug, open ? "opened" : "closed");
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("slug") String slug, @RestForm String listed, @RestForm String closes,
                         @RestForm String oneAttemptPerName, @RestForm String feedbackAtEnd) {
        Optional<String> problem = settings.save(slug, new SetSettings.Form("on".equals(listed), closes,
                "on".equals(oneAttemptPerName), "on".equals(feedbackAtEnd)));
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(ReviewPages.Templates.review(
                    reviews.review(slug, ReviewFilter.of(null, null, null)), null, problem.get())).build();
        }
        return SetActionPages.back(slug, "settings");
    }

    /** The projector page: the join code in large type and who has joined; reloads itself without JavaScript. */
    @GET
    @Path("present")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance present(@PathParam("slug") String slug, @Context UriInfo uri) {
        SetReviews.Review review = reviews.review(slug, ReviewFilter.of(null, null, null));
        String joinUrl = uri.getBaseUriBuilder().path("quizzes").path(slug).build().toString();
        return Templates.present(slug, review.title(), review.joinCode(), joinUrl, settings.counts(slug),
                review.published() && review.settings().takingAttempts(), REFRESH_SECONDS);
    }

    /** The same counts for the projector page's script, so the numbers move without a reload. */
    @GET
    @Path("present/counts")
    @Produces(MediaType.APPLICATION_JSON)
    public SetSettings.Counts counts(@PathParam("slug") String slug) {
        return settings.counts(slug);
    }
}
