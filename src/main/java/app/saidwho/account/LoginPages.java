package app.saidwho.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Sign-in page for Quarkus form login (it posts to /j_security_check), and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {
    /** Quarkus keeps the signed-in identity in this encrypted cookie; removing it signs out. */
    static final String CREDENTIAL_COOKIE = "quarkus-credential";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean created, boolean setupOpen);
    }

    private final Accounts accounts;

    LoginPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("created") String created) {
        return Templates.login(error != null, created != null, accounts.noneYet());
    }

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(CREDENTIAL_COOKIE).path("/").maxAge(0).value("").build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
