package app.saidwho.report;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.play.Attempt;
import app.saidwho.play.AttemptService;
import app.saidwho.play.PlayViews.ResultView;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
                                                boolean more);

        static native TemplateInstance attempt(ResultView result, String slug, String started);

        static native TemplateInstance learner(String name, List<AttemptRow> attempts);
    }

    private final SetAccess access;
    private final AttemptService attempts;

    LearnerPages(SetAccess access, AttemptService attempts) {
        this.access = access;
        this.attempts = attempts;
    }

    @GET
    @Path("sets/{slug}")
    @Transactional
    public TemplateInstance attempts(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("0") int page) {
        QuizSet set = access.owned(slug);
        // A page number past any real page shows an empty page, never an overflowing offset.
        int shown = Math.min(Math.max(0, page), MAX_PAGE);
        int first = shown * PAGE;
        List<Attempt> found = Attempt.<Attempt>find("quizSet = ?1 order by startedAt desc, id desc", set)
                .range(first, first + PAGE).list();
        List<AttemptRow> rows = found.stream().limit(PAGE).map(LearnerPages::row).toList();
        return Templates.attempts(slug, set.title, rows, shown, found.size() > PAGE);
    }

    @GET
    @Path("attempts/{id}")
    @Transactional
    public TemplateInstance attempt(@PathParam("id") long id) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(id)
                .orElseThrow(() -> PageException.notFound("There is no attempt with this number."));
        access.owned(attempt.quizSet.slug);
        ResultView result = attempts.review(attempt.token);
        return Templates.attempt(result, attempt.quizSet.slug, attempt.startedAt.toString());
    }

    @GET
    @Transactional
    public TemplateInstance learner(@QueryParam("name") @DefaultValue("") String name) {
        String clean = name.strip();
        List<Attempt> found = clean.isEmpty() ? List.of() : access.isAdmin()
                ? Attempt.list("lower(learnerName) = lower(?1) order by startedAt", clean)
                : Attempt.list("lower(learnerName) = lower(?1) and quizSet.ownerId = ?2 order by startedAt",
                        clean, access.signedIn().id);
        return Templates.learner(clean, found.stream().limit(500).map(LearnerPages::row).toList());
    }

    private static AttemptRow row(Attempt a) {
        return new AttemptRow(a.id, a.learnerName, a.quizSet.title, a.startedAt.toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
                a.isFinished(), a.answeredCount, a.correctCount, a.scorePercent());
    }
}
