package app.saidwho.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
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
    static final String CREDENTIAL_COOKIE = SessionVersionCheck.CREDENTIAL_COOKIE;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean created, boolean setupOpen, boolean disabled);
    }

    private final Accounts accounts;
    private final AccountSessions sessions;
    private final SecurityIdentity identity;

    LoginPages(Accounts accounts, AccountSessions sessions, SecurityIdentity identity) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("created") String created,
                                  @QueryParam("disabled") String disabled) {
        return Templates.login(error != null, created != null, accounts.noneYet(), disabled != null);
    }

    /**
     * Ends every session of the account (its session version is replaced) and removes the cookies. Only a
     * form is taken, so the CSRF check always applies; any other content type is refused (415).
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            sessions.endAll(identity.getPrincipal().getName());
        }
        return Response.seeOther(URI.create("/")).cookie(expired(CREDENTIAL_COOKIE), expired(SessionVersionCheck.COOKIE))
                .build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").build();
    }
}
