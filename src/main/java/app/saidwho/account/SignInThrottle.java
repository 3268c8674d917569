package app.saidwho.account;

import app.saidwho.config.SaidWhoConfig;
import app.saidwho.web.ErrorPages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code saidwho.sign-in.max-failures} failed sign-ins from one address
 * within {@code saidwho.sign-in.window}, further attempts get 429 and a clear "try again in N s" until the
 * oldest failure leaves the window. Counted per instance, in memory; a success clears the address.
 */
@ApplicationScoped
public class SignInThrottle {
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    private final int maxFailures;
    private final Duration window;

    SignInThrottle(SaidWhoConfig config) {
        this.maxFailures = config.signIn().maxFailures();
        this.window = config.signIn().window();
    }

    void install(@Observes Router router) {
        // Runs before Quarkus's form authentication handles the POST.
        router.post("/j_security_check").order(-10_000).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
        long wait = secondsToWait(address, System.currentTimeMillis());
        if (wait > 0) {
            rc.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(wait))
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(ErrorPages.html(429, "Too many failed sign-ins",
                            "Too many wrong passwords from this address. Try again in " + wait + " s."));
            return;
        }
        rc.addHeadersEndHandler(done -> {
            String location = rc.response().headers().get("Location");
            if (location != null && location.contains("/login?error")) {
                failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(System.currentTimeMillis());
            } else if (rc.response().getStatusCode() == 302) {
                failures.remove(address);
            }
        });
        rc.next();
    }

    long secondsToWait(String address, long now) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > window.toMillis()) {
                times.pollFirst();
            }
            if (times.size() < maxFailures) {
                return 0;
            }
            return Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
        }
    }

    /** Forgets every failure (tests, and an admin who unlocks sign-in). */
    public void clear() {
        failures.clear();
    }
}
