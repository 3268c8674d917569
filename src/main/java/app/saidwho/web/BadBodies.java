package app.saidwho.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A request body the server cannot even take apart (bad percent-encoding, too many fields or parts, a
 * multipart body with the wrong boundary or cut short) is the client's mistake: 400 or 413 with a page
 * that says so, never a 500 or the parser's own words. Nothing is stored: the request never reaches a page.
 */
@ApplicationScoped
public class BadBodies {
    private static final Logger LOG = Logger.getLogger(BadBodies.class);

    void install(@Observes Router router) {
        router.route().order(-30_000).failureHandler(this::explain);
    }

    private void explain(RoutingContext rc) {
        Throwable failure = rc.failure();
        int status = status(failure, rc.statusCode());
        if (status == 0 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        LOG.debugf("Refused a request body: %s", failure);
        String message = status == 413
                ? "The form has too many fields or too much data. Send less at a time."
                : "The form could not be read: it is not in the format it claims. Go back, reload the page and try again.";
        boolean api = rc.normalizedPath().startsWith("/api/");
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", api ? "application/json" : "text/html;charset=UTF-8")
                .end(api ? new JsonObject().put("error", message).encode()
                        : ErrorPages.html(status, "This form could not be read", message));
    }

    /** 413 for a body over a limit, 400 for one that cannot be decoded, 0 for any other failure. */
    static int status(Throwable failure, int statusCode) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("TooManyFormFieldsException") || name.endsWith("TooLongFormFieldException")) {
                return 413;
            }
            if (name.startsWith("io.netty.handler.codec.") || name.endsWith("ErrorDataDecoderException")
                    || name.endsWith("MalformedInputException") || multipartParserGaveUp(t)) {
                return 400;
            }
        }
        return failure == null && (statusCode == 400 || statusCode == 413) ? statusCode : 0;
    }

    /** Quarkus REST's multipart parser ends a body with the wrong boundary, or cut short, with a plain IOException. */
    private static boolean multipartParserGaveUp(Throwable t) {
        StackTraceElement[] where = t.getStackTrace();
        return t instanceof java.io.IOException && where.length > 0
                && where[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
    }
}
