package app.saidwho.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import app.saidwho.web.FormProblems;
import app.saidwho.web.PageException;
import org.jboss.resteasy.reactive.RestForm;

/** The admin adds teachers and disables or re-enables them; a disabled account keeps no role. */
@Path("/teach/teachers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.ADMIN)
public class AdminPages {
    /** The role a disabled account keeps: none that any page allows. */
    static final String DISABLED = "disabled";

    /** One account row. */
    public record TeacherRow(long id, String username, String role, boolean admin, boolean enabled) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance teachers(List<TeacherRow> teachers, String username, String error, String reset);
    }

    private final AccountSettings accountSettings;
    private final Validator validator;

    AdminPages(AccountSettings accountSettings, Validator validator) {
        this.accountSettings = accountSettings;
        this.validator = validator;
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.teachers(rows(), "", null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@RestForm String username, @RestForm String password, @RestForm String confirmation) {
        Credentials form = Credentials.typed(username, password, confirmation);
        Optional<String> problem = FormProblems.first(validator, form);
        if (problem.isEmpty() && Account.findByUsername(form.username()).isPresent()) {
            problem = Optional.of("There is already an account called " + form.username() + ".");
        }
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.teachers(rows(), form.username(), problem.get(), null)).build();
        }
        Account.create(form.username(), password, Account.TEACHER);
        return Response.seeOther(UriBuilder.fromResource(AdminPages.class).build()).build();
    }

    @POST
    @Path("{id}/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response access(@PathParam("id") long id, @RestForm String action) {
        Account account = teacher(id);
        boolean enable = "enable".equals(action);
        account.enabled = enable;
        account.role = enable ? Account.TEACHER : DISABLED;
        if (!enable) {
            // A disabled teacher's open sessions end now, not when their cookie expires.
            account.sessionVersion = null;
        }
        return Response.seeOther(UriBuilder.fromResource(AdminPages.class).build()).build();
    }

    /**
     * A temporary password for a teacher who forgot theirs, shown once on this page (never stored in plain);
     * the teacher must choose a new one at the next sign-in.
     */
    @POST
    @Path("{id}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public TemplateInstance reset(@PathParam("id") long id) {
        Account account = teacher(id);
        String temporary = accountSettings.resetPassword(account);
        return Templates.teachers(rows(), "", null, "The temporary password of " + account.username + " is "
                + temporary + " . Give it to them in person; they choose their own at the next sign-in. "
                + "This page shows it only now.");
    }

    private static List<TeacherRow> rows() {
        return Account.<Account>list("order by username").stream()
                .map(a -> new TeacherRow(a.id, a.username, a.role.contains(Account.ADMIN) ? "admin" : "teacher",
                        a.role.contains(Account.ADMIN), a.enabled))
                .toList();
    }

    /** The teacher account with this number; 404 for none, or for the admin's own account. */
    private static Account teacher(long id) {
        return Account.<Account>findByIdOptional(id)
                .filter(a -> !a.role.contains(Account.ADMIN))
                .orElseThrow(() -> PageException.notFound("There is no teacher account with this number."));
    }
}
