package app.saidwho.account;

import app.saidwho.web.ErrorPages;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A signed-in visitor without the role a page needs: a disabled teacher is signed out and told so on the
 * sign-in page; anyone else gets a 403 page in the site layout saying where to go instead.
 */
public class ForbiddenPages {
    private final SecurityIdentity identity;

    ForbiddenPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        // Runs on the I/O thread (the role check comes before the resource): the role says it, no query needed.
        if (identity.hasRole(AdminPages.DISABLED)) {
            NewCookie expired = new NewCookie.Builder(LoginPages.CREDENTIAL_COOKIE).path("/").maxAge(0).value("").build();
            return Response.seeOther(URI.create("/login?disabled=1")).cookie(expired).build();
        }
        boolean adminPage = uri.getPath().startsWith("/teach/teachers");
        String message = adminPage
                ? "Only the admin can manage teachers' accounts. Go back to your quiz sets."
                : "Your account may not open this page. Go back to your quiz sets, or sign in with another account.";
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.html(403, adminPage ? "For the admin only" : "Not allowed", message, true)).build();
    }
}
