package app.saidwho.api;

/** The body of every API error: {@code {"error": "…"}}. */
public record ApiError(String error) {
}
