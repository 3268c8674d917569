package app.saidwho.web;

import jakarta.ws.rs.core.UriBuilder;

/**
 * A link to a page, built from the {@code @Path} annotations of its resource (and method), so a changed
 * route changes every link to it; the values filled in are percent-encoded. Made once, used by any thread.
 */
public final class Link {
    private final UriBuilder template;

    private Link(UriBuilder template) {
        this.template = template;
    }

    /** The resource's own path. */
    public static Link to(Class<?> resource) {
        return new Link(UriBuilder.fromResource(resource));
    }

    /** The path of a public {@code @Path} method of the resource (its name must be unique there). */
    public static Link to(Class<?> resource, String method) {
        return new Link(UriBuilder.fromResource(resource).path(resource, method));
    }

    /** The link with its path parameters filled in, in the order the path names them. */
    public String with(Object... values) {
        return template.clone().build(values).toString();
    }

    /** A builder with the same path, for query parameters or a fragment. */
    public UriBuilder builder() {
        return template.clone();
    }
}
