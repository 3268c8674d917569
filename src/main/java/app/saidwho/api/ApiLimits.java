package app.saidwho.api;

import app.saidwho.config.SaidWhoConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps the public API from tying up the server: each address may send {@code saidwho.api.requests-per-window}
 * analyses per {@code saidwho.api.window}, and at most {@code saidwho.api.max-concurrent-analyses} run at
 * once on this node. Over either limit the answer is 429 with Retry-After. Counted per node, in memory.
 */
@ApplicationScoped
public class ApiLimits {
    static final int MAX_TRACKED_ADDRESSES = 10_000;
    static final long BUSY_RETRY_SECONDS = 5;

    private final int perWindow;
    private final Duration window;
    private final Semaphore analyses;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ApiLimits(SaidWhoConfig config) {
        this.perWindow = config.api().requestsPerWindow();
        this.window = config.api().window();
        this.analyses = new Semaphore(Math.max(1, config.api().maxConcurrentAnalyses()));
    }

    /** The requests of one address in the current window. */
    private record Window(long startMillis, int count) {
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-5_000).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        if (!HttpMethod.POST.equals(rc.request().method())) {
            rc.next();
            return;
        }
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
        long wait = secondsToWait(address, System.currentTimeMillis());
        if (wait > 0) {
            refuse(rc, wait, "Too many requests from this address: at most " + perWindow + " per "
                    + window.toSeconds() + " s. Try again in " + wait + " s.");
        } else if (!analyses.tryAcquire()) {
            refuse(rc, BUSY_RETRY_SECONDS, "The server is busy with other analyses. Try again in "
                    + BUSY_RETRY_SECONDS + " s.");
        } else {
            rc.addEndHandler(done -> analyses.release());
            rc.next();
        }
    }

    /** Counts this request; the seconds until the address may send again, or 0 when it may now. */
    long secondsToWait(String address, long now) {
        if (windows.size() > MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> now - w.startMillis() >= window.toMillis());
        }
        Window current = windows.compute(address, (a, w) -> w == null || now - w.startMillis() >= window.toMillis()
                ? new Window(now, 1) : new Window(w.startMillis(), w.count() + 1));
        if (current.count() <= perWindow) {
            return 0;
        }
        return Math.max(1, (current.startMillis() + window.toMillis() - now + 999) / 1000);
    }

    /** Forgets every count (tests). */
    public void clear() {
        windows.clear();
    }

    private static void refuse(RoutingContext rc, long seconds, String message) {
        rc.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", message).encode());
    }
}
