package app.saidwho.web;

/** The body of every API error: {@code {"error": "…"}}. */
public record ApiError(String error) {
}
