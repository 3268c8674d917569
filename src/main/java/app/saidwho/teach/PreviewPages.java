package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.quiz.QuestionStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The set as a learner will meet it: the approved questions in order, and what each answer shows. */
@Path("/teach/sets/{slug}/preview")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class PreviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(SetReviews.Review review);
    }

    private final SetReviews reviews;

    PreviewPages(SetReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    public TemplateInstance preview(@PathParam("slug") String slug) {
        return Templates.preview(reviews.review(slug, ReviewFilter.of(QuestionStatus.APPROVED.name(), null, null)));
    }
}
