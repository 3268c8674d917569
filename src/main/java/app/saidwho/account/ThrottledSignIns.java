package app.saidwho.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs before the password check of every user-name-and-password sign-in, whatever path the form was
 * posted to: takes the throttle's slot, or refuses. It never signs anyone in itself (it answers "no
 * identity", so the account store checks the password next).
 */
@ApplicationScoped
public class ThrottledSignIns implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** Where the slot of this request's sign-in is kept, for {@link SignInRoutes} to give back on success. */
    static final String SLOT = "saidwho.sign-in.slot";

    private final SignInThrottle throttle;

    ThrottledSignIns(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // Above the account store's provider (the default, 1001), so this runs first.
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = rc == null ? "" : SignInRoutes.address(rc);
        return context.runBlocking(() -> {
            long slot = throttle.admit(address, request.getUsername());
            if (rc != null) {
                rc.put(SLOT, slot);
            }
            return null;
        });
    }
}
