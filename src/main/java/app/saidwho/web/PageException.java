package app.saidwho.web;

/** A request that ends in an error page with a status and a message the visitor can act on. */
public class PageException extends RuntimeException {
    private final int status;
    private final String title;

    public PageException(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    public static PageException notFound(String message) {
        return new PageException(404, "Not found", message);
    }

    public static PageException badRequest(String message) {
        return new PageException(400, "That did not work", message);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
