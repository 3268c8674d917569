package app.saidwho.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Turns failures into readable HTML pages with a fitting status, never a stack trace. */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, boolean teacher);
    }

    @ServerExceptionMapper
    public Response page(PageException e, UriInfo uri) {
        return render(uri, e.status(), e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return render(uri, e.status(), "That did not work", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return render(uri, 404, "Not found", "There is nothing at this address. Check the link, or start from the home page.");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return render(uri, 405, "Not allowed", "This address does not take that kind of request.");
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return render(uri, 415, "Unsupported content", "Send the article as text/plain; charset=UTF-8.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return render(uri, status, "Something went wrong", "The server could not finish this request. Please try again.");
        }
        return render(uri, status, "That did not work", "The request could not be handled (" + status + ").");
    }

    /** A form whose percent-encoding is broken: the client's mistake, not the server's. */
    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException e, UriInfo uri) {
        if (e.getMessage() == null || !e.getMessage().startsWith("Failed to decode")) {
            return unexpected(e, uri);
        }
        return render(uri, 400, "This form could not be read",
                "The form could not be read: it is not in the format it claims. Go back, reload the page and try again.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (isTooManyFormFields(e)) {
            return render(uri, 413, "This form has too many fields",
                    "The form sent far more fields than any page of Said Who? has. Go back, reload the page and try again.");
        }
        if (changedMeanwhile(e)) {
            // two teachers (or two tabs) saved the same question or article at once: the later save is refused, not lost
            return render(uri, 409, "Changed by someone else",
                    "Someone else saved this at the same time, so your change was not saved. Reload the page to see the "
                            + "latest version, then make your change again.");
        }
        LOG.error("Unexpected failure", e);
        return render(uri, 500, "Something went wrong", "The server could not finish this request. Please try again.");
    }

    /** An optimistic lock failure anywhere in the cause chain (a transaction wraps it on commit). */
    static boolean changedMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The form parser's own limit (1,000 fields) is a bare RuntimeException; it is the client's doing. */
    private static boolean isTooManyFormFields(RuntimeException e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null
                && e.getMessage().startsWith("Param limit of");
    }

    /** API clients get {@code {"error": "…"}}, people get a page. */
    private static Response render(UriInfo uri, int status, String title, String message) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html(status, title, message, uri.getPath().startsWith("/teach"))).build();
    }

    /**
     * The CSRF filter rejects a form with a bare 400; say why, so a learner whose page sat open too
     * long knows to reload it.
     */
    @ServerResponseFilter
    public void explainBareRejections(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            response.setEntity(Templates.error(400, "This form could not be accepted",
                    "The form was out of date or did not come from this site. Go back, reload the page and "
                            + "try again.", false).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    /** The error page as HTML, for handlers outside JAX-RS. */
    public static String html(int status, String title, String message) {
        return html(status, title, message, false);
    }

    /** The error page, with a way back to the teacher's sets when the page was a teacher's. */
    public static String html(int status, String title, String message, boolean teacher) {
        return Templates.error(status, title, message, teacher).render();
    }
}
