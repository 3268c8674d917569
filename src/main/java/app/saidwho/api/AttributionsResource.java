package app.saidwho.api;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.attribution.json.AttributionJson;
import app.saidwho.config.SaidWhoConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/attributions}: who said what in a plain-text article. */
@Path("/api/v1/attributions")
public class AttributionsResource {
    private final AttributionEngine engine;
    private final int maxCharacters;

    AttributionsResource(AttributionEngine engine, SaidWhoConfig config) {
        this.engine = engine;
        this.maxCharacters = config.api().maxArticleChars();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response extract(byte[] body) {
        String article = ArticleBodies.decode(body);
        ArticleBodies.check(article, maxCharacters);
        return Response.ok(AttributionJson.of(engine.analyse(article))).build();
    }
}
