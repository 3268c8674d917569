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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** The review page of a teacher's quiz set: the questions first, the attributed article beside them. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class ReviewPages {
    /**
     * What a redirect after a change tells the teacher; keyed by a word in the URL, so no text from the
     * address is ever shown.
     */
    static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("live-approved", "The set is live: learners who have not reached this question yet will be "
                    + "asked it."),
            Map.entry("live-withdrawn", "The set is live: learners are no longer asked this question; answers "
                    + "already given stay in the report."),
            Map.entry("live-edited", "The set is live: learners who have not answered this question see your edit; "
                    + "answers already given keep the version they were asked."),
            Map.entry("moved", "The question has its new place."),
            Map.entry("approved-all", "Every draft question is approved."),
            Map.entry("renamed", "The quiz set has its new title."),
            Map.entry("duplicated", "This is the copy: a draft with its own join code and no attempts."),
            Map.entry("settings", "The sitting settings are saved."),
            Map.entry("opened", "The quiz is open: learners can start it."),
            Map.entry("closed", "The quiz is closed: no new attempt can start. Learners who started can finish."),
            Map.entry("archived", "The set is archived: learners cannot start it, its reports stay."),
            Map.entry("unarchived", "The set is back among your current sets."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(SetReviews.Review review, String notice, String error);
    }

    private final SetReviews reviews;

    ReviewPages(SetReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("{slug}")
    public TemplateInstance review(@PathParam("slug") String slug, @QueryParam("status") String status,
                                   @QueryParam("skill") String skill, @QueryParam("check") String check,
                                   @QueryParam("done") String done) {
        return Templates.review(reviews.review(slug, ReviewFilter.of(status, skill, check)),
                done == null ? null : DONE.get(done), null);
    }

    /** Analyse the article again, on the teacher's request; the questions stay as they are. */
    @POST
    @Path("{slug}/analysis")
    public Response reanalyse(@PathParam("slug") String slug) {
        reviews.reanalyse(slug);
        return Response.seeOther(SetLinks.review(slug)).build();
    }
}
