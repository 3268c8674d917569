package app.saidwho.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Checks the session version on every signed-in request: a sign-in gets the account's current version
 * in its own cookie; a later request whose cookie holds another version (the account signed out, was
 * disabled or got a new password) goes on as an anonymous visitor, and both cookies are removed.
 */
@ApplicationScoped
public class SessionVersionCheck implements SecurityIdentityAugmentor {
    static final String COOKIE = "saidwho-session";
    static final String CREDENTIAL_COOKIE = "quarkus-credential";

    private final AccountSessions sessions;

    SessionVersionCheck(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || rc == null) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        if (SignInRoutes.isSignIn(rc)) {
            return context.runBlocking(() -> {
                rc.response().addCookie(cookie(COOKIE, sessions.versionFor(username), -1));
                return identity;
            });
        }
        Cookie presented = rc.request().getCookie(COOKIE);
        String version = presented == null ? null : presented.getValue();
        return context.runBlocking(() -> sessions.isCurrent(username, version) ? identity : signedOut(rc));
    }

    private static SecurityIdentity signedOut(RoutingContext rc) {
        rc.response().addCookie(cookie(COOKIE, "", 0)).addCookie(cookie(CREDENTIAL_COOKIE, "", 0));
        return QuarkusSecurityIdentity.builder().setAnonymous(true).setPrincipal(new QuarkusPrincipal("")).build();
    }

    /** The same attributes as Quarkus's own sign-in cookie: HttpOnly, SameSite=Lax, whole site. */
    static Cookie cookie(String name, String value, long maxAgeSeconds) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX);
        if (maxAgeSeconds >= 0) {
            cookie.setMaxAge(maxAgeSeconds);
        }
        return cookie;
    }
}
