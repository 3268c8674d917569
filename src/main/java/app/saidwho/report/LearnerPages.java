package app.saidwho.report;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.play.Attempt;
import app.saidwho.play.AttemptRemoval;
import app.saidwho.play.AttemptService;
import app.saidwho.play.PlayViews.ResultView;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import app.saidwho.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;
import java.time.ZoneId;
import java.util.List;

/** Learners in the reports: a set's attempts, one attempt down to every answer, one name across sets. */
@Path("/teach/learners")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class LearnerPages {
    static final int PAGE = 100;
    static final int MAX_PAGE = 1_000_000;

    /** One attempt in a list. */
    public record AttemptRow(long id, String learner, String quiz, String started, boolean finished, int answered,
                             int right, int percent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attempts(String slug, String title, List<AttemptRow> attempts, int page,
                                                boolean more, boolean deleted);

        static native TemplateInstance attempt(ResultView result, String slug, long id, String started);

        static native TemplateInstance learner(String name, List<AttemptRow> attempts, String deleted);
    }

    private final SetAccess access;
    private final AttemptService attempts;
    private final AttemptRemoval removal;

    LearnerPages(SetAccess access, AttemptService attempts, AttemptRemoval removal) {
        this.access = access;
        this.attempts = attempts;
        this.removal = removal;
    }

    @GET
    @Path("sets/{slug}")
    @Transactional
    public TemplateInstance attempts(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("deleted") String deleted) {
        QuizSet set = access.owned(slug);
        // A page number past any real page shows an empty page, never an overflowing offset.
        int shown = Math.min(Math.max(0, page), MAX_PAGE);
        int first = shown * PAGE;
        List<Attempt> found = Attempt.<Attempt>find("quizSet = ?1 order by startedAt desc, id desc", set)
                .range(first, first + PAGE).list();
        ZoneId zone = access.zone();
        List<AttemptRow> rows = found.stream().limit(PAGE).map(a -> row(a, zone)).toList();
        return Templates.attempts(slug, set.title, rows, shown, found.size() > PAGE, deleted != null);
    }

    @GET
    @Path("attempts/{id}")
    @Transactional
    public TemplateInstance attempt(@PathParam("id") long id) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(id)
                .orElseThrow(() -> PageException.notFound("There is no attempt with this number."));
        access.owned(attempt.quizSet.slug);
        ResultView result = attempts.review(attempt.token);
        return Templates.attempt(result, attempt.quizSet.slug, id, Times.readable(attempt.startedAt, access.zone()));
    }

    /** Deletes one attempt with its answers (owner or admin); 303 to the set's attempts. */
    @POST
    @Path("attempts/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response deleteAttempt(@PathParam("id") long id) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(id)
                .orElseThrow(() -> PageException.notFound("There is no attempt with this number."));
        String slug = access.owned(attempt.quizSet.slug).slug;
        removal.one(attempt);
        return Response.seeOther(ReportLinks.deletedFrom(slug)).build();
    }

    /** Deletes every attempt under a name in the signed-in teacher's sets (all sets for the admin). */
    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response deleteByName(@RestForm String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw PageException.badRequest("Give the learner's name whose attempts should be deleted.");
        }
        List<QuizSet> sets = access.isAdmin() ? QuizSet.listAll() : QuizSet.listOwnedBy(access.signedIn().id);
        long removed = removal.byName(clean, sets);
        return Response.seeOther(UriBuilder.fromPath("/teach/learners").queryParam("name", clean)
                .queryParam("deleted", removed).build()).build();
    }

    @GET
    @Transactional
    public TemplateInstance learner(@QueryParam("name") @DefaultValue("") String name,
                                    @QueryParam("deleted") String deleted) {
        String clean = name.strip();
        List<Attempt> found = clean.isEmpty() ? List.of() : access.isAdmin()
                ? Attempt.list("lower(learnerName) = lower(?1) order by startedAt", clean)
                : Attempt.list("lower(learnerName) = lower(?1) and quizSet.ownerId = ?2 order by startedAt",
                        clean, access.signedIn().id);
        ZoneId zone = access.zone();
        return Templates.learner(clean, found.stream().limit(500).map(a -> row(a, zone)).toList(),
                deleted == null || !deleted.matches("\\d{1,9}") ? null : deleted);
    }

    private static AttemptRow row(Attempt a, ZoneId zone) {
        return new AttemptRow(a.id, a.learnerName, a.quizSet.title, Times.readable(a.startedAt, zone),
                a.isFinished(), a.answeredCount, a.correctCount, a.scorePercent());
    }
}
