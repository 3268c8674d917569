package app.saidwho.account;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A teacher signed in with a temporary password: every teacher page sends them to choose their own first. */
public class PasswordChangeRequired extends RuntimeException {
    PasswordChangeRequired() {
        super("a new password is required", null, false, false);
    }

    /** Maps the exception to a 303 to the account page. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response toAccountPage(PasswordChangeRequired e) {
            return Response.seeOther(URI.create("/teach/account?must=1")).build();
        }
    }
}
