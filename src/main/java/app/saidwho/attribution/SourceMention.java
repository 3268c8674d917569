package app.saidwho.attribution;

/**
 * Who an attribution names: the mention as written ("He", "officials") and, apart from it, the
 * entity it was resolved to within the article ("Ana Lopez"), or null when it could not be.
 */
public record SourceMention(CharSpan span, String name, SourceType type, String resolvedBy) {
}
