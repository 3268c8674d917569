package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The teacher's start page: their quiz sets (all sets for the admin). */
@Path("/teach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class TeachPages {

    /** One row of the teacher's list. */
    public record SetRow(String slug, String title, String status, String joinCode, long questions, String owner,
                         boolean reviewable, boolean archived, String updated) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String username, boolean admin, List<SetRow> sets, List<SetRow> archived,
                                                String deleted);
    }

    private final SetAccess access;

    TeachPages(SetAccess access) {
        this.access = access;
    }

    @GET
    @Transactional
    public TemplateInstance dashboard(@jakarta.ws.rs.QueryParam("deleted") String deleted) {
        boolean admin = access.isAdmin();
        List<QuizSet> sets = admin ? QuizSet.list("order by title") : QuizSet.listOwnedBy(access.signedIn().id);
        Map<Long, String> usernames = Account.<Account>listAll().stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.username));
        List<SetRow> rows = sets.stream().map(s -> new SetRow(s.slug, s.title, s.status.name().toLowerCase(),
                s.joinCode, s.activeQuestionCount(),
                s.ownerId == null ? "quizzes/ folder" : usernames.getOrDefault(s.ownerId, "?"),
                s.ownerId != null, s.archived, Times.readable(s.updatedAt, access.zone()))).toList();
        return Templates.dashboard(access.username(), admin, rows.stream().filter(r -> !r.archived()).toList(),
                rows.stream().filter(SetRow::archived).toList(),
                deleted == null || deleted.length() > 300 ? null : deleted);
    }
}
