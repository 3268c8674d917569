package app.saidwho.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Redirects name a path, never a host: JAX-RS and the form login make a redirect absolute with the
 * request's own Host header, which anyone can set, so a forged Host would come back in the Location
 * (cache poisoning, links to another site). Every redirect within this site leaves here as a path.
 */
@ApplicationScoped
public class RelativeRedirects {

    void install(@Observes Router router) {
        router.route().order(-20_000).handler(this::relativise);
    }

    private void relativise(RoutingContext rc) {
        rc.addHeadersEndHandler(done -> {
            String location = rc.response().headers().get(HttpHeaders.LOCATION);
            String host = rc.request().authority() == null ? null : rc.request().authority().toString();
            if (location != null && host != null) {
                for (String scheme : new String[] {"http://", "https://"}) {
                    if (location.startsWith(scheme + host + "/") || location.equals(scheme + host)) {
                        String path = location.substring(scheme.length() + host.length());
                        rc.response().headers().set(HttpHeaders.LOCATION, path.isEmpty() ? "/" : path);
                    }
                }
            }
        });
        rc.next();
    }
}
