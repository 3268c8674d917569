package app.saidwho.attribution;

/**
 * Who an attribution names: the mention as written ("He", "officials") and, apart from it, the
 * entity it was resolved to within the article ("Ana Lopez"), or null when it could not be.
 * {@code uncertain} marks a weak resolution a reader should check: a pronoun that two people fit
 * equally (then {@code name} is null), or one whose person was named far back.
 */
public record SourceMention(CharSpan span, String name, SourceType type, String resolvedBy, boolean uncertain) {

    public SourceMention(CharSpan span, String name, SourceType type, String resolvedBy) {
        this(span, name, type, resolvedBy, false);
    }
}
