package app.saidwho.account;

import app.saidwho.web.ErrorPages;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The HTTP side of the sign-in throttle on every path Quarkus's form login answers (any path ending in
 * {@code /j_security_check}): a refused sign-in gets 429 with Retry-After and a page saying how long to
 * wait; a sign-in that succeeded gives its slot back.
 */
@ApplicationScoped
public class SignInRoutes {
    static final String POST_LOCATION = "/j_security_check";

    private final SignInThrottle throttle;

    SignInRoutes(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    void install(@Observes Router router) {
        // Before Quarkus's authentication handler, so both the handler and the failure handler see the request.
        router.route().order(-10_000).handler(this::watch).failureHandler(this::refuse);
    }

    /** The client's address (the proxy's forwarded one only when proxy forwarding is configured). */
    static String address(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
    }

    private void watch(RoutingContext rc) {
        if (isSignIn(rc)) {
            rc.addHeadersEndHandler(done -> {
                Long slot = rc.get(ThrottledSignIns.SLOT);
                if (slot != null && succeeded(rc)) {
                    rc.vertx().executeBlocking(() -> {
                        throttle.giveBack(slot);
                        return null;
                    }, false);
                }
            });
        }
        rc.next();
    }

    private void refuse(RoutingContext rc) {
        if (!(rc.failure() instanceof SignInThrottle.Throttled throttled) || rc.response().headWritten()) {
            rc.next();
            return;
        }
        long wait = throttled.seconds();
        rc.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(wait))
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(ErrorPages.html(429, "Too many sign-ins",
                        "Too many wrong passwords for this account or from this address. Try again in " + wait
                                + " s."));
    }

    static boolean isSignIn(RoutingContext rc) {
        return HttpMethod.POST.equals(rc.request().method()) && rc.normalizedPath().endsWith(POST_LOCATION);
    }

    /** Form login answers a wrong password with a redirect to the error page, a right one elsewhere. */
    private static boolean succeeded(RoutingContext rc) {
        String location = rc.response().headers().get("Location");
        return rc.response().getStatusCode() == 302 && location != null && !location.contains("/login?error");
    }
}
