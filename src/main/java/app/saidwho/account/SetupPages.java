package app.saidwho.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

    SetupPages(Accounts accounts) {
        this.accounts = accounts;
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
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<String> problem = Accounts.problem(name, password, confirmation);
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.setup(name, problem.get())).build();
        }
        if (!accounts.createFirstAdmin(name, password)) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.setup(name,
                    "This install already has an admin account. Sign in instead.")).build();
        }
        return Response.seeOther(signIn().queryParam("created", 1).build()).build();
    }

    private static UriBuilder signIn() {
        return UriBuilder.fromResource(LoginPages.class).path(LoginPages.class, "login");
    }
}
