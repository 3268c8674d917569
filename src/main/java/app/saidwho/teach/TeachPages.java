package app.saidwho.teach;

import app.saidwho.quiz.QuizSet;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The teacher's start page: their quiz sets (all sets for the admin). */
@Path("/teach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class TeachPages {

    /** One row of the teacher's list. */
    public record SetRow(String slug, String title, String status, String joinCode, int questions, String owner,
                         boolean reviewable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String username, boolean admin, List<SetRow> sets);
    }

    private final SecurityIdentity identity;

    TeachPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Transactional
    public TemplateInstance dashboard() {
        String username = identity.getPrincipal().getName();
        boolean admin = identity.hasRole(Account.ADMIN);
        List<QuizSet> sets = admin ? QuizSet.list("order by title")
                : QuizSet.list("owner.username = ?1 order by title", username);
        List<SetRow> rows = sets.stream().map(s -> new SetRow(s.slug, s.title, s.status.name().toLowerCase(),
                s.joinCode, s.activeQuestions().size(), s.owner == null ? "quizzes/ folder" : s.owner.username,
                s.owner != null)).toList();
        return Templates.dashboard(username, admin, rows);
    }
}
