package app.saidwho.account;

import app.saidwho.web.FormProblems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The one-time setup page: on a new install, whoever opens it first creates the admin account. */
@Path("/setup")
@Produces(MediaType.TEXT_HTML)
public class SetupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(String username, String error);
    }

    private final Accounts accounts;
    private final Validator validator;

    SetupPages(Accounts accounts, Validator validator) {
        this.accounts = accounts;
        this.validator = validator;
    }

    @GET
    public Response form() {
        if (!accounts.noneYet()) {
            return Response.seeOther(signIn().build()).build();
        }
        return Response.ok(Templates.setup("", null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String confirmation) {
        Credentials form = Credentials.typed(username, password, confirmation);
        Optional<String> problem = FormProblems.first(validator, form);
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.setup(form.username(), problem.get()))
                    .build();
        }
        if (!accounts.createFirstAdmin(form.username(), password)) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.setup(form.username(),
                    "This install already has an admin account. Sign in instead.")).build();
        }
        return Response.seeOther(signIn().queryParam("created", 1).build()).build();
    }

    private static UriBuilder signIn() {
        return UriBuilder.fromResource(LoginPages.class).path(LoginPages.class, "login");
    }
}
